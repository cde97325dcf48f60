import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import { EngagementService } from '../engagement/engagement.service.js';
import { EngagementType } from '../engagement/dto/engagement.type.js';
import { AssessmentTemplateType } from '../framework/dto/framework.type.js';
import { FrameworkService } from '../framework/framework.service.js';
import { AssessmentService } from './assessment.service.js';
import type { Assessment } from './assessment.entities.js';
import { AssessmentActionArgs, AssessmentFilter, CloseAssessmentArgs, CreateAssessmentArgs, SetAssessmentTargetsArgs, UpdateAssessmentArgs } from './dto/assessment.args.js';
import { AssessmentProgressType, AssessmentTargetType, AssessmentType } from './dto/assessment.type.js';
import { ReadResolver } from '../../core/graphql/list/read-resolver.js';

@Resolver(() => AssessmentType)
export class AssessmentResolver extends ReadResolver({ name: 'Assessment', plural: 'Assessments', type: AssessmentType, filter: AssessmentFilter, permission: Permission.ASSESSMENT_READ, service: AssessmentService }) {
  constructor(
    private readonly engagements: EngagementService,
    private readonly frameworks: FrameworkService,
  ) {
    super();
  }

  @Mutation(() => AssessmentType, { description: 'A DRAFT assessment, with targets defaulted from the framework.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  createAssessment(@Args() args: CreateAssessmentArgs, @CurrentUser() user: AuthUser) {
    return this.readService.create(user, args);
  }

  @Mutation(() => AssessmentType)
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  updateAssessment(@Args() args: UpdateAssessmentArgs, @CurrentUser() user: AuthUser) {
    return this.readService.update(user, args);
  }

  @Mutation(() => AssessmentType, { description: 'Sets target levels (1–5) per capability, while DRAFT or OPEN.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  setAssessmentTargets(@Args() args: SetAssessmentTargetsArgs, @CurrentUser() user: AuthUser) {
    return this.readService.setTargets(user, args);
  }

  @Mutation(() => AssessmentType, { description: 'Sends the invitations, schedules reminders, moves the engagement to ASSESSING.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  openAssessment(@Args() args: AssessmentActionArgs, @CurrentUser() user: AuthUser) {
    return this.readService.open(user, args);
  }

  @Mutation(() => AssessmentType, { description: 'Stops answers; with no submitted response only with force and a reason.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  closeAssessment(@Args() args: CloseAssessmentArgs, @CurrentUser() user: AuthUser) {
    return this.readService.close(user, args);
  }

  @Mutation(() => AssessmentType, { description: "Shows a SCORED assessment's report to the client's CLIENT users." })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  publishAssessmentReport(@Args() args: AssessmentActionArgs, @CurrentUser() user: AuthUser) {
    return this.readService.publishReport(user, args);
  }

  @Mutation(() => AssessmentType, { description: 'Only a DRAFT.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  deleteAssessment(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.readService.remove(user, id);
  }

  @ResolveField('targets', () => [AssessmentTargetType])
  targets(a: Assessment, _args: unknown, { loaders }: GqlContext) {
    return this.readService.targets(loaders, a.id);
  }

  @ResolveField('progress', () => AssessmentProgressType)
  progress(a: Assessment, _args: unknown, { loaders }: GqlContext) {
    return this.readService.progress(loaders, a.id);
  }

  @ResolveField('engagement', () => EngagementType)
  engagement(a: Assessment, _args: unknown, { loaders }: GqlContext) {
    return loaders.byId(this.engagements.resources).load(a.engagementId);
  }

  @ResolveField('template', () => AssessmentTemplateType)
  template(a: Assessment, _args: unknown, { loaders }: GqlContext) {
    return loaders.byId(this.frameworks.templates).load(a.templateId);
  }
}
