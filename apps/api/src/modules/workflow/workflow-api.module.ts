import { Module } from '@nestjs/common';
import { QueueAdminResolver, WorkflowRunReadResolver, WorkflowRunResolver } from './workflow.resolver.js';
import { WorkflowModule } from './workflow.module.js';

/** Workflow-run and queue-page resolvers (the API process only). */
@Module({
  imports: [WorkflowModule],
  providers: [WorkflowRunReadResolver, WorkflowRunResolver, QueueAdminResolver],
})
export class WorkflowApiModule {}
