import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, type Reason } from '@orchestra/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/auth/decorators.js';
import { ReadResolver } from '../../core/graphql/list/read-resolver.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { CapabilityType } from '../framework/dto/framework.types.js';
import { FrameworkService } from '../framework/framework.service.js';
import { AcceptRecommendationArgs, CapabilityGapFilter, CapabilityScoreFilter, OverrideRecommendationArgs, RecommendationFilter, RejectRecommendationArgs } from './dto/gap.args.js';
import { CapabilityGapType, CapabilityScoreType, ReasonType, RecommendationType } from './dto/gap.types.js';
import { AssessmentReportType, CapabilityTrendType, PublishedReportType } from './dto/report.types.js';
import type { CapabilityGap, CapabilityScore, Recommendation } from './gap.entities.js';
import { GapService } from './gap.service.js';
import { RecommendationDecisionService } from './recommendation-decision.service.js';
import { ReportService, type ReportOf } from './report.service.js';
import { AssessmentIdArgs, EngagementIdArgs } from './dto/report.args.js';

const read = { permission: Permission.ASSESSMENT_READ, service: GapService };
export const CapabilityScoreReadResolver = ReadResolver({ ...read, name: 'CapabilityScore', plural: 'CapabilityScores', type: CapabilityScoreType, filter: CapabilityScoreFilter, resources: (s) => s.scores });
export const CapabilityGapReadResolver = ReadResolver({ ...read, name: 'CapabilityGap', plural: 'CapabilityGaps', type: CapabilityGapType, filter: CapabilityGapFilter, resources: (s) => s.gaps });
export const RecommendationReadResolver = ReadResolver({ ...read, name: 'Recommendation', plural: 'Recommendations', type: RecommendationType, filter: RecommendationFilter, resources: (s) => s.recommendations });

@Resolver(() => CapabilityScoreType)
export class CapabilityScoreResolver {
  constructor(private readonly frameworks: FrameworkService) {}

  @ResolveField('capability', () => CapabilityType)
  capability(@Parent() s: CapabilityScore, @Context('loaders') loaders: RequestLoaders) {
    return this.frameworks.loadCapability(loaders, s.capabilityId);
  }
}

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

@Resolver(() => AssessmentReportType)
export class ReportResolver {
  constructor(
    private readonly reports: ReportService,
    private readonly gaps: GapService,
  ) {}

  @Query(() => AssessmentReportType, { description: 'Staff: once scored. CLIENT users: once published, for their client.' })
  @RequirePermission(Permission.REPORT_READ)
  assessmentReport(@Args() { assessmentId }: AssessmentIdArgs, @CurrentUser() user: AuthUser) {
    return this.reports.report(user, assessmentId);
  }

  @Query(() => [PublishedReportType], { description: 'Published reports the reader may open (a CLIENT user: their client’s).' })
  @RequirePermission(Permission.REPORT_READ)
  publishedReports(@CurrentUser() user: AuthUser) {
    return this.reports.published(user);
  }

  @Query(() => [CapabilityTrendType], { description: "Each capability's current level across the engagement's scored assessments." })
  @RequirePermission(Permission.ASSESSMENT_READ)
  engagementTrend(@Args() { engagementId }: EngagementIdArgs, @CurrentUser() user: AuthUser) {
    return this.reports.trend(user, engagementId);
  }

  @ResolveField('gaps', () => [CapabilityGapType], { description: 'Worst first, each with its evidence and ranked options.' })
  reportGaps(@Parent() r: ReportOf, @CurrentUser() user: AuthUser) {
    return this.gaps.gapsOfReport(user, r.assessmentId, r.quotableSeats);
  }
}
