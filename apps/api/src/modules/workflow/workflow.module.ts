import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '../../core/queue/queue.module.js';
import { QueueAdminService } from './queue-admin.service.js';
import { WorkflowRun } from './workflow-run.entity.js';
import { QueueAdminResolver, WorkflowRunReadResolver, WorkflowRunResolver } from './workflow.resolver.js';
import { WorkflowService } from './workflow.service.js';

/** API side: workflow runs people watch and retry, and the ADMIN's queue page (it reads queues, never works them). */
@Module({
  imports: [TypeOrmModule.forFeature([WorkflowRun]), QueueModule],
  providers: [WorkflowService, WorkflowRunReadResolver, WorkflowRunResolver, QueueAdminService, QueueAdminResolver],
})
export class WorkflowModule {}
