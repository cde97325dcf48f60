import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, type Reason } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { ReadResolver, repositorySource } from '../../core/graphql/list/read-resolver.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { CapabilityType } from '../framework/dto/framework.type.js';
import { FrameworkService } from '../framework/framework.service.js';
import { AcceptRecommendationArgs, CapabilityGapFilter, OverrideRecommendationArgs, RecommendationFilter, RejectRecommendationArgs } from './dto/gap.args.js';
import { CapabilityGapType, ReasonType, RecommendationType } from './dto/gap.type.js';
import type { CapabilityGap, Recommendation } from './gap.entities.js';
import { GapService } from './gap.service.js';
import { RecommendationDecisionService } from './recommendation-decision.service.js';

const read = { permission: Permission.ASSESSMENT_READ, service: GapService };
@Resolver(() => CapabilityGapType)
export class CapabilityGapReadResolver extends ReadResolver({ ...read, name: 'CapabilityGap', plural: 'CapabilityGaps', type: CapabilityGapType, filter: CapabilityGapFilter, source: (s) => repositorySource(s.gaps) }) {}
@Resolver(() => RecommendationType)
export class RecommendationReadResolver extends ReadResolver({ ...read, name: 'Recommendation', plural: 'Recommendations', type: RecommendationType, filter: RecommendationFilter, source: (s) => repositorySource(s.recommendations) }) {}

@Resolver(() => CapabilityGapType)
export class CapabilityGapResolver {
  constructor(
    private readonly gaps: GapService,
    private readonly frameworks: FrameworkService,
  ) {}

  @ResolveField('capability', () => CapabilityType)
  capability(@Parent() g: CapabilityGap, @Context('loaders') loaders: RequestLoaders) {
    return this.frameworks.loadCapability(loaders, g.capabilityId);
  }

  @ResolveField('recommendations', () => [RecommendationType], { description: 'Every option for the gap, best first.' })
  recommendations(@Parent() g: CapabilityGap, @Context('loaders') loaders: RequestLoaders) {
    return this.gaps.recommendationsOf(loaders, g.id);
  }
}

@Resolver(() => RecommendationType)
export class RecommendationResolver {
  constructor(private readonly decisions: RecommendationDecisionService) {}

  @ResolveField('reasons', () => [ReasonType])
  reasons(@Parent() r: Recommendation) {
    return r.reasons.map((reason: Reason) => ({
      code: reason.code,
      sentence: reason.sentence,
      inputs: Object.entries(reason.inputs).map(([name, value]) => ({ name, value: value === null ? null : String(value) })),
    }));
  }

  @Mutation(() => RecommendationType, { description: 'Writes a decision record; a staffing option drafts its role(s), a review gets a follow-up date.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  acceptRecommendation(@Args() args: AcceptRecommendationArgs, @CurrentUser() user: AuthUser) {
    return this.decisions.accept(user, args);
  }

  @Mutation(() => RecommendationType, { description: 'Writes a decision record with the reason.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  rejectRecommendation(@Args() args: RejectRecommendationArgs, @CurrentUser() user: AuthUser) {
    return this.decisions.reject(user, args);
  }

  @Mutation(() => RecommendationType, { description: "Chooses another option than the ranking's first, with the reason; acted on like an accept." })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  overrideRecommendation(@Args() args: OverrideRecommendationArgs, @CurrentUser() user: AuthUser) {
    return this.decisions.override(user, args);
  }
}
