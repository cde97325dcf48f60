import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobName, QueueName, type JobPayloads } from '@orchestra/shared';
import { UnrecoverableError, type Job } from 'bullmq';
import { WORKER_OPTIONS } from '../../core/queue/queue.module.js';
import { SetPasswordEmailService } from './set-password-email.service.js';

@Processor(QueueName.NOTIFICATION, WORKER_OPTIONS)
export class NotificationProcessor extends WorkerHost {
  constructor(private readonly setPasswordEmail: SetPasswordEmailService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JobName.SEND_SET_PASSWORD_EMAIL: {
        const { outboxEventId, userId } = job.data as JobPayloads[typeof JobName.SEND_SET_PASSWORD_EMAIL];
        if (!outboxEventId || !userId) throw new UnrecoverableError('send-set-password-email needs outboxEventId and userId');
        return { outcome: await this.setPasswordEmail.send(outboxEventId, userId) };
      }
      default:
        throw new UnrecoverableError(`Unknown notification job ${job.name}`);
    }
  }
}
