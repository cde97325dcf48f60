import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { allowedNextStages, mayReopenEngagement, Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission, signedInUser } from '../../core/identity/auth/decorators.js';
import { EngagementStage } from '../../core/graphql/enums.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import { ClientService } from '../client/client.service.js';
import { ClientType } from '../client/dto/client.type.js';
import { UserSummaryType } from '../../core/identity/user/dto/user-summary.type.js';
import { UserDirectoryService } from '../../core/identity/user/user-directory.service.js';
import { CreateEngagementArgs, EngagementFilter, MoveEngagementStageArgs, ReopenEngagementArgs, UpdateEngagementArgs } from './dto/engagement.args.js';
import { EngagementStatsType } from './dto/engagement-stats.type.js';
import { EngagementStageChangeType, EngagementType } from './dto/engagement.type.js';
import type { Engagement } from './engagement.entity.js';
import { EngagementService } from './engagement.service.js';
import { ReadResolver } from '../../core/graphql/list/read-resolver.js';
import { joined } from '../../core/graphql/list/resource-repository.js';
import type { User } from '../../core/identity/user/user.entity.js';
import type { Client } from '../client/client.entity.js';

@Resolver(() => EngagementType)
export class EngagementResolver extends ReadResolver({ name: 'Engagement', plural: 'Engagements', type: EngagementType, filter: EngagementFilter, permission: Permission.ENGAGEMENT_READ, service: EngagementService }) {
  constructor(
    private readonly clients: ClientService,
    private readonly directory: UserDirectoryService,
  ) {
    super();
  }

  @Query(() => EngagementStatsType, { name: 'engagementStats' })
  @RequirePermission(Permission.ENGAGEMENT_READ)
  engagementStats(@CurrentUser() user: AuthUser) {
    return this.readService.stats(user);
  }

  @Mutation(() => EngagementType, { description: 'Creates an engagement in LEAD.' })
  @RequirePermission(Permission.ENGAGEMENT_MANAGE)
  createEngagement(@Args() args: CreateEngagementArgs, @CurrentUser() user: AuthUser) {
    return this.readService.create(user, args);
  }

  @Mutation(() => EngagementType)
  @RequirePermission(Permission.ENGAGEMENT_MANAGE)
  updateEngagement(@Args() args: UpdateEngagementArgs, @CurrentUser() user: AuthUser) {
    return this.readService.update(user, args);
  }

  @Mutation(() => EngagementType, { description: 'Moves to an allowed next stage (CONFLICT names them otherwise) and records it.' })
  @RequirePermission(Permission.ENGAGEMENT_MANAGE)
  moveEngagementStage(@Args() args: MoveEngagementStageArgs, @CurrentUser() user: AuthUser) {
    return this.readService.moveStage(user, args);
  }

  @Mutation(() => EngagementType, { description: 'Reopens a LOST or CLOSED engagement (its owner or an ADMIN), back to the stage it finished from, with the reason on the timeline.' })
  @RequirePermission(Permission.ENGAGEMENT_MANAGE)
  reopenEngagement(@Args() args: ReopenEngagementArgs, @CurrentUser() user: AuthUser) {
    return this.readService.reopen(user, args);
  }

  @Mutation(() => EngagementType)
  @RequirePermission(Permission.ENGAGEMENT_MANAGE)
  deleteEngagement(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.readService.remove(user, id);
  }

  @ResolveField('client', () => ClientType)
  client(e: Engagement, _args: unknown, { loaders }: GqlContext) {
    return joined<Client>(e, 'client') ?? this.clients.load(loaders, e.clientId);
  }

  @ResolveField('owner', () => UserSummaryType, { description: 'The consultant who owns it.' })
  owner(e: Engagement, _args: unknown, { loaders }: GqlContext) {
    return joined<User>(e, 'owner') ?? this.directory.loadAny(loaders, e.ownerId);
  }

  @ResolveField('stageChanges', () => [EngagementStageChangeType], { description: 'The timeline, oldest first.' })
  stageChanges(e: Engagement, _args: unknown, { loaders }: GqlContext) {
    return this.readService.stageChanges(loaders, e.id);
  }

  @ResolveField('allowedNextStages', () => [EngagementStage])
  allowedNextStages(e: Engagement) {
    return allowedNextStages(e.stage);
  }

  @ResolveField('canReopen', () => Boolean, { description: 'Whether the reader may reopen it now: it is LOST or CLOSED and they own it or are an ADMIN.' })
  canReopen(e: Engagement, _args: unknown, ctx: GqlContext) {
    return mayReopenEngagement(signedInUser(ctx), e);
  }
}
