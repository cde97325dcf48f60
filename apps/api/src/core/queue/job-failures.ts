import { Inject, Injectable } from '@nestjs/common';
import { UnrecoverableError, type Job, type Worker } from 'bullmq';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logging.module.js';
import { OutboxRelayService } from './outbox-relay.service.js';

/** A job that will not run again: it refused its input (UnrecoverableError) or used its last attempt. */
export function isFinalFailure(job: Job | undefined, err: Error): job is Job {
  return job !== undefined && (err instanceof UnrecoverableError || err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1));
}

/** The one handler of every worker's failed jobs. */
@Injectable()
export class JobFailures {
  constructor(
    private readonly relay: OutboxRelayService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  watch(worker: Worker): void {
    worker.on('failed', (job, err) => void this.failed(worker.name, job, err));
    worker.on('error', (err) => this.logger.error({ queue: worker.name, err }, 'Worker error'));
  }

  /** Logged; a job that will not be retried marks its outbox event failed, so the reconciler leaves it alone. */
  private async failed(queue: string, job: Job | undefined, err: Error): Promise<void> {
    const final = isFinalFailure(job, err);
    this.logger.warn({ queue, jobId: job?.id, attempt: job?.attemptsMade, final, err }, 'Job failed');
    const eventId = (job?.data as { outboxEventId?: unknown } | undefined)?.outboxEventId;
    if (!final || typeof eventId !== 'string') return;
    await this.relay.markFailed(eventId, err.message).catch((e: unknown) => this.logger.error({ err: e }, 'Could not mark the outbox event failed'));
  }
}
