import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import { ReadResolver, repositorySource } from '../../core/graphql/list/read-resolver.js';
import { FailedJobType, QueueStatsType, WorkflowRunType } from './dto/workflow.type.js';
import { QueueArgs, RetryJobArgs, WorkflowRunFilter } from './dto/workflow.args.js';
import { QueueAdminService } from './queue-admin.service.js';
import { WorkflowService } from './workflow.service.js';

@Resolver(() => WorkflowRunType)
export class WorkflowRunReadResolver extends ReadResolver({
  name: 'WorkflowRun',
  plural: 'WorkflowRuns',
  type: WorkflowRunType,
  filter: WorkflowRunFilter,
  permission: Permission.ASSESSMENT_READ,
  service: WorkflowService,
  source: (s) => repositorySource(s.runs),
}) {}

@Resolver(() => WorkflowRunType)
export class WorkflowRunResolver {
  constructor(private readonly workflows: WorkflowService) {}

  @Mutation(() => WorkflowRunType, { description: 'Runs a FAILED workflow again (its steps are idempotent).' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  retryWorkflowRun(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.workflows.retry(user, id);
  }
}

@Resolver()
export class QueueAdminResolver {
  constructor(private readonly queues: QueueAdminService) {}

  @Query(() => [QueueStatsType], { description: 'Jobs per state in every queue.' })
  @RequirePermission(Permission.QUEUE_ADMIN)
  queueStats() {
    return this.queues.stats();
  }

  @Query(() => [FailedJobType], { description: 'Failed jobs of a queue, newest first, 25 a page.' })
  @RequirePermission(Permission.QUEUE_ADMIN)
  failedJobs(@Args() { queue, page }: QueueArgs, @CurrentUser() user: AuthUser) {
    return this.queues.failed(user, queue, page ?? 0);
  }

  @Mutation(() => FailedJobType)
  @RequirePermission(Permission.QUEUE_ADMIN)
  retryFailedJob(@Args() { queue, jobId }: RetryJobArgs, @CurrentUser() user: AuthUser) {
    return this.queues.retry(user, queue, jobId);
  }
}
