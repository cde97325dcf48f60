import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import { FilterArg } from '../../core/graphql/list/filter-arg.js';
import { ListArgs, ListMetaArgs } from '../../core/graphql/list/list.args.js';
import { ListMetadata } from '../../core/graphql/list/list-metadata.type.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { UserSummaryType } from '../../core/identity/user/dto/user-summary.type.js';
import { UserDirectoryService } from '../../core/identity/user/user-directory.service.js';
import type { DecisionRecord } from './decision-record.entity.js';
import { DecisionRecordService } from './decision-record.service.js';
import { CreateDecisionRecordArgs, DecisionRecordFilter, UpdateDecisionRecordArgs } from './dto/decision-record.args.js';
import { DecisionRecordType } from './dto/decision-record.type.js';

@Resolver(() => DecisionRecordType)
export class DecisionRecordResolver {
  constructor(
    private readonly decisions: DecisionRecordService,
    private readonly directory: UserDirectoryService,
  ) {}

  @Query(() => DecisionRecordType, { name: 'DecisionRecord' })
  @RequirePermission(Permission.DECISION_READ)
  decisionRecord(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.decisions.findOne(user, id);
  }

  @Query(() => [DecisionRecordType], { name: 'allDecisionRecords' })
  @RequirePermission(Permission.DECISION_READ)
  allDecisionRecords(@Args() args: ListArgs, @FilterArg(DecisionRecordFilter) filter: DecisionRecordFilter | null, @CurrentUser() user: AuthUser) {
    return this.decisions.list(user, args, filter);
  }

  @Query(() => ListMetadata, { name: '_allDecisionRecordsMeta' })
  @RequirePermission(Permission.DECISION_READ)
  async allDecisionRecordsMeta(
    @Args() _paging: ListMetaArgs,
    @FilterArg(DecisionRecordFilter) filter: DecisionRecordFilter | null,
    @CurrentUser() user: AuthUser,
  ): Promise<ListMetadata> {
    return { count: await this.decisions.count(user, filter) };
  }

  @Mutation(() => DecisionRecordType, { description: 'Logs a decision; a revisit date schedules a reminder to the engagement owner.' })
  @RequirePermission(Permission.DECISION_MANAGE)
  createDecisionRecord(@Args() args: CreateDecisionRecordArgs, @CurrentUser() user: AuthUser) {
    return this.decisions.create(user, args);
  }

  @Mutation(() => DecisionRecordType, { description: 'A changed revisit date reschedules (or cancels) the reminder.' })
  @RequirePermission(Permission.DECISION_MANAGE)
  updateDecisionRecord(@Args() args: UpdateDecisionRecordArgs, @CurrentUser() user: AuthUser) {
    return this.decisions.update(user, args);
  }

  @Mutation(() => DecisionRecordType)
  @RequirePermission(Permission.DECISION_MANAGE)
  deleteDecisionRecord(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.decisions.remove(user, id);
  }

  @ResolveField('decidedBy', () => UserSummaryType, { nullable: true, description: 'Null once that user is deleted.' })
  decidedBy(@Parent() record: DecisionRecord, @Context('loaders') loaders: RequestLoaders) {
    return record.decidedById ? this.directory.loadAny(loaders, record.decidedById) : null;
  }
}
