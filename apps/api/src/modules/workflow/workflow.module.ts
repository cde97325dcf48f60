import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../../core/identity/identity.module.js';
import { AssessmentModule } from '../assessment/assessment.module.js';
import { CandidateModule } from '../candidate/candidate.module.js';
import { DecisionModule } from '../decision/decision.module.js';
import { EngagementModule } from '../engagement/engagement.module.js';
import { RoleModule } from '../role/role.module.js';
import { StaffingModule } from '../staffing/staffing.module.js';
import { QueueAdminService } from './queue-admin.service.js';
import { WorkflowRun } from './workflow-run.entity.js';
import { WorkflowService } from './workflow.service.js';

/** Workflow runs people watch and retry, and the ADMIN's view of the queues (it reads them, never works them). */
@Module({
  // The services of the modules whose records jobs are about: they name a failed job's subject.
  imports: [TypeOrmModule.forFeature([WorkflowRun]), AssessmentModule, CandidateModule, DecisionModule, EngagementModule, RoleModule, StaffingModule, IdentityModule],
  providers: [WorkflowService, QueueAdminService],
  exports: [WorkflowService, QueueAdminService],
})
export class WorkflowModule {}
