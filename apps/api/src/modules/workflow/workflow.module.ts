import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '../../core/queue/queue.module.js';
import { AssessmentModule } from '../assessment/assessment.module.js';
import { CandidateModule } from '../candidate/candidate.module.js';
import { DecisionModule } from '../decision/decision.module.js';
import { RoleModule } from '../role/role.module.js';
import { UserModule } from '../user/user.module.js';
import { QueueAdminService } from './queue-admin.service.js';
import { WorkflowRun } from './workflow-run.entity.js';
import { QueueAdminResolver, WorkflowRunReadResolver, WorkflowRunResolver } from './workflow.resolver.js';
import { WorkflowService } from './workflow.service.js';

/** API side: workflow runs people watch and retry, and the ADMIN's queue page (it reads queues, never works them). */
@Module({
  // The services of the modules whose records jobs are about: they name a failed job's subject.
  imports: [TypeOrmModule.forFeature([WorkflowRun]), QueueModule, AssessmentModule, CandidateModule, DecisionModule, RoleModule, UserModule],
  providers: [WorkflowService, WorkflowRunReadResolver, WorkflowRunResolver, QueueAdminService, QueueAdminResolver],
})
export class WorkflowModule {}
