import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { hasPermission, Permission, type Reason } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission, signedInUser } from '../../core/identity/auth/decorators.js';
import { ReadResolver, repositorySource } from '../../core/graphql/list/read-resolver.js';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import { CapabilityType } from '../framework/dto/framework.type.js';
import { FrameworkService } from '../framework/framework.service.js';
import { AcceptRecommendationArgs, CapabilityGapFilter, OverrideRecommendationArgs, RecommendationFilter, RejectRecommendationArgs } from './dto/gap.args.js';
import { CapabilityGapType, ReasonType, RecommendationType } from './dto/gap.type.js';
import type { CapabilityGap, Recommendation } from './gap.entities.js';
import { RoleType } from '../role/dto/role.type.js';
import { RoleService } from '../role/role.service.js';
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
  capability(g: CapabilityGap, _args: unknown, { loaders }: GqlContext) {
    return this.frameworks.loadCapability(loaders, g.capabilityId);
  }

  @ResolveField('recommendations', () => [RecommendationType], { description: 'Every option for the gap, best first.' })
  recommendations(g: CapabilityGap, _args: unknown, { loaders }: GqlContext) {
    return this.gaps.recommendationsOf(loaders, g.id);
  }
}

@Resolver(() => RecommendationType)
export class RecommendationResolver {
  constructor(
    private readonly decisions: RecommendationDecisionService,
    private readonly roles: RoleService,
  ) {}

  @ResolveField('draftedRoles', () => [RoleType], {
    nullable: true,
    description: 'The roles accepting (or choosing) this option drafted, oldest first; null for readers who may not read roles (CLIENT users).',
  })
  draftedRoles(r: Recommendation, _args: unknown, ctx: GqlContext) {
    if (!hasPermission(signedInUser(ctx).role, Permission.ROLE_READ)) return null;
    return this.roles.draftedFrom(ctx.loaders, r.id);
  }

  @ResolveField('reasons', () => [ReasonType])
  reasons(r: Recommendation) {
    return r.reasons.map((reason: Reason) => ({
      code: reason.code,
      sentence: reason.sentence,
      inputs: Object.entries(reason.inputs).map(([name, value]) => ({ name, value: value === null ? null : String(value) })),
    }));
  }

  @ResolveField('decisionNote', () => String, { nullable: true, description: 'The reason written for the decision log: internal, null for client users.' })
  decisionNote(r: Recommendation, _args: unknown, ctx: GqlContext) {
    return this.decisions.forReader(signedInUser(ctx), r).decisionNote;
  }

  @ResolveField('decisionRecordId', () => ID, { nullable: true, description: 'Null for client users (the decision log is internal).' })
  decisionRecordId(r: Recommendation, _args: unknown, ctx: GqlContext) {
    return this.decisions.forReader(signedInUser(ctx), r).decisionRecordId;
  }

  @ResolveField('decidedById', () => ID, { nullable: true })
  decidedById(r: Recommendation, _args: unknown, ctx: GqlContext) {
    return this.decisions.forReader(signedInUser(ctx), r).decidedById;
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
