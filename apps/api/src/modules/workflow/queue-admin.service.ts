import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ErrorCode, QUEUE_NAMES } from '@orchestra/shared';
import type { Queue } from 'bullmq';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../../core/logging/logging.module.js';
import { withTimeout } from '../../core/util/with-timeout.js';
import type { FailedJobType, QueueStatsType } from './dto/workflow.types.js';

const REDIS_TIMEOUT_MS = 3000;
const FAILED_PER_PAGE = 25;

/** The ADMIN's view of the queues: counts, failed jobs with their error, and retry. */
@Injectable()
export class QueueAdminService implements OnModuleInit {
  private lastWarning = 0;

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Queue connections report Redis outages as events: logged (at most every 30 s), never thrown at the process. */
  onModuleInit(): void {
    for (const name of QUEUE_NAMES) {
      this.queue(name).on('error', (err) => {
        if (Date.now() - this.lastWarning < 30_000) return;
        this.lastWarning = Date.now();
        this.logger.warn({ err, queue: name }, 'Queue connection error (the queue page answers once Redis is back)');
      });
    }
  }

  private queue(name: string): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  async stats(): Promise<QueueStatsType[]> {
    return this.redis(() =>
      Promise.all(
        QUEUE_NAMES.map(async (name) => {
          const c = await this.queue(name).getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
          return { name, waiting: c['waiting'] ?? 0, active: c['active'] ?? 0, delayed: c['delayed'] ?? 0, failed: c['failed'] ?? 0, completed: c['completed'] ?? 0 };
        }),
      ),
    );
  }

  async failed(queue: string, page = 0): Promise<FailedJobType[]> {
    const jobs = await this.redis(() => this.queue(queue).getFailed(page * FAILED_PER_PAGE, (page + 1) * FAILED_PER_PAGE - 1));
    return jobs.map((j) => ({
      queue,
      id: String(j.id),
      name: j.name,
      failedReason: j.failedReason ?? '',
      attemptsMade: j.attemptsMade,
      failedAt: j.finishedOn ? new Date(j.finishedOn) : null,
    }));
  }

  async retry(actor: AuthUser, queue: string, jobId: string): Promise<FailedJobType> {
    const job = await this.redis(() => this.queue(queue).getJob(jobId));
    if (!job) throw AppError.notFound('Job', `${queue}/${jobId}`);
    if (!(await job.isFailed())) throw AppError.conflict(`Job ${jobId} is not failed: only failed jobs are retried.`);
    await this.redis(() => job.retry('failed'));
    await this.dataSource.transaction((m) => this.audit.record(m, { actorId: actor.id, action: 'job.retry', targetType: 'Job', targetId: null, changedFields: [queue] }));
    return { queue, id: jobId, name: job.name, failedReason: job.failedReason ?? '', attemptsMade: job.attemptsMade, failedAt: null };
  }

  /** Redis down answers clearly, not with a hanging request. */
  private async redis<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await withTimeout(work(), REDIS_TIMEOUT_MS, 'redis');
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError(ErrorCode.INTERNAL, 'The job queues cannot be reached right now (Redis): try again in a moment.');
    }
  }
}
