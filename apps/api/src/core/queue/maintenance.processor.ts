import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobName, QueueName } from '@orchestra/shared';
import { UnrecoverableError, type Job } from 'bullmq';
import { OutboxRelayService } from './outbox-relay.service.js';
import { WORKER_OPTIONS } from './queue.module.js';

@Processor(QueueName.MAINTENANCE, { ...WORKER_OPTIONS, concurrency: 1 })
export class MaintenanceProcessor extends WorkerHost {
  constructor(private readonly relay: OutboxRelayService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JobName.RECONCILE_OUTBOX:
        return { resent: await this.relay.reconcile() };
      default:
        throw new UnrecoverableError(`Unknown maintenance job ${job.name}`);
    }
  }
}
