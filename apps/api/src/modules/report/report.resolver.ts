import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission, signedInUser } from '../../core/identity/auth/decorators.js';
import { CapabilityGapType } from '../gap/dto/gap.type.js';
import { AssessmentIdArgs, EngagementIdArgs } from './dto/report.args.js';
import { AssessmentReportType, CapabilityTrendType, PublishedReportType, ReportRecipientType } from './dto/report.type.js';
import { ReportService, type ReportOf } from './report.service.js';

@Resolver(() => AssessmentReportType)
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

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

  @Query(() => [ReportRecipientType], { description: "Who publishing the assessment's report tells: its client's active CLIENT users, by name." })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  reportRecipients(@Args() { assessmentId }: AssessmentIdArgs, @CurrentUser() user: AuthUser) {
    return this.reports.recipients(user, assessmentId);
  }

  @Query(() => [CapabilityTrendType], { description: "Each capability's current level across the engagement's scored assessments." })
  @RequirePermission(Permission.ASSESSMENT_READ)
  engagementTrend(@Args() { engagementId }: EngagementIdArgs, @CurrentUser() user: AuthUser) {
    return this.reports.trend(user, engagementId);
  }

  @ResolveField('gaps', () => [CapabilityGapType], { description: 'Worst first, each with its evidence and ranked options.' })
  reportGaps(r: ReportOf, _args: unknown, ctx: GqlContext) {
    return this.reports.gapsOf(signedInUser(ctx), r.assessmentId, r.quotableSeats);
  }
}
