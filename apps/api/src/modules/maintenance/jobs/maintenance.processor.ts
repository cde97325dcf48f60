import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { JobName, QueueName } from '@orchestra/shared';
import { UnrecoverableError, type Job } from 'bullmq';
import { AuditService } from '../../../core/audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../../core/config/config.js';
import { OutboxRelayService } from '../../../core/queue/outbox-relay.service.js';
import { payloadOf, runJob } from '../../../core/queue/job-payloads.js';
import { ONE_AT_A_TIME } from '../../../core/queue/worker-options.js';
import { FinaliseFlows } from '../../workflow/jobs/finalise-flows.service.js';
import { DecisionRevisitService } from '../../decision/decision-revisit.service.js';
import { CandidateRightsService } from '../../candidate/candidate-rights.service.js';
import { ReassessmentService } from '../../reassessment/reassessment.service.js';

/** The maintenance queue's one worker, dispatching by job name (one at a time). */
@Processor(QueueName.MAINTENANCE, ONE_AT_A_TIME)
export class MaintenanceProcessor extends WorkerHost {
  constructor(
    private readonly relay: OutboxRelayService,
    private readonly revisits: DecisionRevisitService,
    private readonly flows: FinaliseFlows,
    private readonly candidateRights: CandidateRightsService,
    private readonly audit: AuditService,
    private readonly reassessments: ReassessmentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return runJob(job, () => this.run(job));
  }

  private async run(job: Job): Promise<unknown> {
    switch (job.name) {
      case JobName.RECONCILE_OUTBOX:
        return { resent: await this.relay.reconcile(), flowsReadded: await this.flows.reconcileRuns() };
      case JobName.DECISION_REVISIT: {
        const { outboxEventId, decisionRecordId } = payloadOf(job, JobName.DECISION_REVISIT);
        return { outcome: await this.revisits.remind(outboxEventId, decisionRecordId) };
      }
      case JobName.CANDIDATE_RETENTION:
        return this.candidateRights.applyRetention();
      case JobName.DRAFT_REASSESSMENT: {
        const { outboxEventId, engagementId, period } = payloadOf(job, JobName.DRAFT_REASSESSMENT);
        return { outcome: await this.reassessments.draft(outboxEventId, engagementId, period) };
      }
      case JobName.AUDIT_RETENTION:
        return this.audit.purgeExpired(this.config.AUDIT_RETENTION_MONTHS);
      default:
        throw new UnrecoverableError(`Unknown maintenance job ${job.name}`);
    }
  }
}
