import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { allowedNextStages, Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { EngagementStage } from '../../core/graphql/enums.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import { FilterArg } from '../../core/graphql/list/filter-arg.js';
import { ListArgs, ListMetaArgs } from '../../core/graphql/list/list.args.js';
import { ListMetadata } from '../../core/graphql/list/list-metadata.type.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { ClientService } from '../client/client.service.js';
import { ClientType } from '../client/dto/client.type.js';
import { UserSummaryType } from '../../core/identity/user/dto/user-summary.type.js';
import { UserDirectoryService } from '../../core/identity/user/user-directory.service.js';
import { CreateEngagementArgs, EngagementFilter, MoveEngagementStageArgs, UpdateEngagementArgs } from './dto/engagement.args.js';
import { EngagementStatsType } from './dto/engagement-stats.type.js';
import { EngagementStageChangeType, EngagementType } from './dto/engagement.type.js';
import type { Engagement } from './engagement.entity.js';
import { EngagementService } from './engagement.service.js';

@Resolver(() => EngagementType)
export class EngagementResolver {
  constructor(
    private readonly engagements: EngagementService,
    private readonly clients: ClientService,
    private readonly directory: UserDirectoryService,
  ) {}

  @Query(() => EngagementType, { name: 'Engagement' })
  @RequirePermission(Permission.ENGAGEMENT_READ)
  engagement(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.engagements.findOne(user, id);
  }

  @Query(() => [EngagementType], { name: 'allEngagements' })
  @RequirePermission(Permission.ENGAGEMENT_READ)
  allEngagements(
    @Args() args: ListArgs,
    @FilterArg(EngagementFilter) filter: EngagementFilter | null,
    @CurrentUser() user: AuthUser,
  ) {
    return this.engagements.list(user, args, filter);
  }

  @Query(() => ListMetadata, { name: '_allEngagementsMeta' })
  @RequirePermission(Permission.ENGAGEMENT_READ)
  async allEngagementsMeta(
    @Args() _paging: ListMetaArgs,
    @FilterArg(EngagementFilter) filter: EngagementFilter | null,
    @CurrentUser() user: AuthUser,
  ): Promise<ListMetadata> {
    return { count: await this.engagements.count(user, filter) };
  }

  @Query(() => EngagementStatsType, { name: 'engagementStats' })
  @RequirePermission(Permission.ENGAGEMENT_READ)
  engagementStats(@CurrentUser() user: AuthUser) {
    return this.engagements.stats(user);
  }

  @Mutation(() => EngagementType, { description: 'Creates an engagement in LEAD.' })
  @RequirePermission(Permission.ENGAGEMENT_MANAGE)
  createEngagement(@Args() args: CreateEngagementArgs, @CurrentUser() user: AuthUser) {
    return this.engagements.create(user, args);
  }

  @Mutation(() => EngagementType)
  @RequirePermission(Permission.ENGAGEMENT_MANAGE)
  updateEngagement(@Args() args: UpdateEngagementArgs, @CurrentUser() user: AuthUser) {
    return this.engagements.update(user, args);
  }

  @Mutation(() => EngagementType, { description: 'Moves to an allowed next stage (CONFLICT names them otherwise) and records it.' })
  @RequirePermission(Permission.ENGAGEMENT_MANAGE)
  moveEngagementStage(@Args() args: MoveEngagementStageArgs, @CurrentUser() user: AuthUser) {
    return this.engagements.moveStage(user, args);
  }

  @Mutation(() => EngagementType)
  @RequirePermission(Permission.ENGAGEMENT_MANAGE)
  deleteEngagement(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.engagements.remove(user, id);
  }

  @ResolveField('client', () => ClientType)
  client(@Parent() e: Engagement, @Context('loaders') loaders: RequestLoaders) {
    return this.clients.load(loaders, e.clientId);
  }

  @ResolveField('owner', () => UserSummaryType, { description: 'The consultant who owns it.' })
  owner(@Parent() e: Engagement, @Context('loaders') loaders: RequestLoaders) {
    return this.directory.loadAny(loaders, e.ownerId);
  }

  @ResolveField('stageChanges', () => [EngagementStageChangeType], { description: 'The timeline, oldest first.' })
  stageChanges(@Parent() e: Engagement, @Context('loaders') loaders: RequestLoaders) {
    return this.engagements.stageChanges(loaders, e.id);
  }

  @ResolveField('allowedNextStages', () => [EngagementStage])
  allowedNextStages(@Parent() e: Engagement) {
    return allowedNextStages(e.stage);
  }
}
