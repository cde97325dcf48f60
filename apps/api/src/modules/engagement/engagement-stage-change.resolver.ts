import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { UserSummaryType } from '../../core/identity/user/dto/user-summary.type.js';
import { UserDirectoryService } from '../../core/identity/user/user-directory.service.js';
import { EngagementStageChangeType } from './dto/engagement.type.js';
import type { EngagementStageChange } from './engagement-stage-change.entity.js';

@Resolver(() => EngagementStageChangeType)
export class EngagementStageChangeResolver {
  constructor(private readonly directory: UserDirectoryService) {}

  @ResolveField('changedBy', () => UserSummaryType, { nullable: true, description: 'Who moved it; null once that user is deleted.' })
  changedBy(@Parent() change: EngagementStageChange, @Context('loaders') loaders: RequestLoaders) {
    return change.changedById ? this.directory.loadAny(loaders, change.changedById) : null;
  }
}
