import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission, signedInUser } from '../../core/identity/auth/decorators.js';
import { EngagementType } from '../engagement/dto/engagement.type.js';
import { AssessmentReportType } from '../report/dto/report.type.js';
import type { ReportOf } from '../report/report.service.js';
import { ClearReassessmentScheduleArgs, SetReassessmentScheduleArgs } from './dto/reassessment.args.js';
import { ReassessmentChangesType } from './dto/reassessment.type.js';
import { ReassessmentService } from './reassessment.service.js';

@Resolver(() => EngagementType)
export class ReassessmentScheduleResolver {
  constructor(private readonly reassessments: ReassessmentService) {}

  @Mutation(() => EngagementType, {
    description: 'Re-assess the engagement every N days (default 90) after its last scored assessment closed, and/or when it closes: a job drafts the next assessment from the last one. Replaces any schedule.',
  })
  @RequirePermission(Permission.ENGAGEMENT_MANAGE)
  setReassessmentSchedule(@Args() args: SetReassessmentScheduleArgs, @CurrentUser() user: AuthUser) {
    return this.reassessments.setSchedule(user, args);
  }

  @Mutation(() => EngagementType, { description: 'Stops re-assessing the engagement; the pending draft job is cancelled.' })
  @RequirePermission(Permission.ENGAGEMENT_MANAGE)
  clearReassessmentSchedule(@Args() args: ClearReassessmentScheduleArgs, @CurrentUser() user: AuthUser) {
    return this.reassessments.clearSchedule(user, args);
  }
}

/** A re-assessment's report: what changed since the previous assessment, and what was done between. */
@Resolver(() => AssessmentReportType)
export class ReportChangesResolver {
  constructor(private readonly reassessments: ReassessmentService) {}

  @ResolveField('changes', () => ReassessmentChangesType, { nullable: true, description: 'Null for a first assessment.' })
  changes(r: ReportOf, _args: unknown, ctx: GqlContext) {
    return this.reassessments.changes(signedInUser(ctx), r.assessmentId);
  }
}
