import { Module } from '@nestjs/common';
import { ReassessmentModule } from '../../reassessment/reassessment.module.js';
import { OutboxRelayModule } from '../../../core/queue/outbox-relay.module.js';
import { CandidateModule } from '../../candidate/candidate.module.js';
import { DecisionModule } from '../../decision/decision.module.js';
import { WorkflowJobsModule } from '../../workflow/jobs/workflow-jobs.module.js';
import { MaintenanceProcessor } from './maintenance.processor.js';

/** The `maintenance` queue: outbox and flow reconciliation, decision revisits, candidate retention (the worker process only). */
@Module({
  imports: [OutboxRelayModule, DecisionModule, CandidateModule, WorkflowJobsModule, ReassessmentModule],
  providers: [MaintenanceProcessor],
})
export class MaintenanceJobsModule {}
