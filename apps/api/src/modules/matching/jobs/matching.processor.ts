import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { JobName, OutboxEventType, QueueName } from '@orchestra/shared';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../core/config/config.js';
import { payloadOf, runJob } from '../../../core/queue/job-payloads.js';
import { debounced } from '../../../core/queue/queue.module.js';
import { WORKER_OPTIONS } from '../../../core/queue/worker-options.js';
import { StaffingPlanService } from '../../staffing/staffing-plan.service.js';
import { MatchingService } from '../matching.service.js';

/**
 * The matching queue: keeps stored matches fresh so a role page opens instantly. Jobs are
 * debounced per subject (see OUTBOX_DEBOUNCED); a job closes every event of its subject relayed
 * before it started, including the ones deduplication folded into it.
 */
@Processor(QueueName.MATCHING, WORKER_OPTIONS)
export class MatchingProcessor extends WorkerHost {
  constructor(
    private readonly matching: MatchingService,
    private readonly staffing: StaffingPlanService,
    private readonly dataSource: DataSource,
    @InjectQueue(QueueName.MATCHING) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return runJob(job, () => this.run(job));
  }

  private async run(job: Job): Promise<unknown> {
    const started = new Date();
    switch (job.name) {
      case JobName.RECOMPUTE_ROLE_MATCHES: {
        const { roleId } = payloadOf(job, JobName.RECOMPUTE_ROLE_MATCHES);
        const result = await this.matching.recomputeRole(roleId);
        await this.closeEvents(OutboxEventType.ROLE_CHANGED, 'roleId', roleId, started);
        return result;
      }
      case JobName.RECOMPUTE_CANDIDATE_MATCHES: {
        const { candidateId } = payloadOf(job, JobName.RECOMPUTE_CANDIDATE_MATCHES);
        // One pool: a changed candidate may enter or leave any open role's top list.
        const roleIds = await this.matching.openRoleIds();
        for (const roleId of roleIds) {
          // The same debounce key as the relay's role.changed jobs, so the two fold together.
          await this.queue.add(JobName.RECOMPUTE_ROLE_MATCHES, { roleId }, debounced(`${OutboxEventType.ROLE_CHANGED}:${roleId}`, this.config.MATCHING_DEBOUNCE_MS));
        }
        await this.closeEvents(OutboxEventType.CANDIDATE_CHANGED, 'candidateId', candidateId, started);
        return { roles: roleIds.length };
      }
      case JobName.SOLVE_STAFFING_PLAN: {
        const { planId, outboxEventId } = payloadOf(job, JobName.SOLVE_STAFFING_PLAN);
        // The last attempt marks the plan failed (with words) before failing the job.
        return this.staffing.solve(planId, outboxEventId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
      }
      default:
        throw new UnrecoverableError(`Unknown matching job ${job.name}`);
    }
  }

  private async closeEvents(type: OutboxEventType, field: string, subject: string, before: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_event SET "processedAt" = now() WHERE type = $1 AND payload->>'${field}' = $2 AND "processedAt" IS NULL AND "sentAt" IS NOT NULL AND "sentAt" <= $3`,
      [type, subject, before],
    );
  }
}
