import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import { FilterArg } from '../../core/graphql/list/filter-arg.js';
import { ListArgs, ListMetaArgs } from '../../core/graphql/list/list.args.js';
import { ListMetadata } from '../../core/graphql/list/list-metadata.type.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { EngagementService } from '../engagement/engagement.service.js';
import { EngagementType } from '../engagement/dto/engagement.type.js';
import { AssessmentTemplateType } from '../framework/dto/framework.type.js';
import { FrameworkService } from '../framework/framework.service.js';
import { AssessmentService } from './assessment.service.js';
import type { Assessment } from './assessment.entities.js';
import {
  AssessmentActionArgs,
  AssessmentFilter,
  CloseAssessmentArgs,
  CreateAssessmentArgs,
  SetAssessmentTargetsArgs,
  UpdateAssessmentArgs,
} from './dto/assessment.args.js';
import { AssessmentProgressType, AssessmentTargetType, AssessmentType } from './dto/assessment.type.js';

@Resolver(() => AssessmentType)
export class AssessmentResolver {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly engagements: EngagementService,
    private readonly frameworks: FrameworkService,
  ) {}

  @Query(() => AssessmentType, { name: 'Assessment' })
  @RequirePermission(Permission.ASSESSMENT_READ)
  assessment(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.assessments.findOne(user, id);
  }

  @Query(() => [AssessmentType], { name: 'allAssessments' })
  @RequirePermission(Permission.ASSESSMENT_READ)
  allAssessments(@Args() args: ListArgs, @FilterArg(AssessmentFilter) filter: AssessmentFilter | null, @CurrentUser() user: AuthUser) {
    return this.assessments.list(user, args, filter);
  }

  @Query(() => ListMetadata, { name: '_allAssessmentsMeta' })
  @RequirePermission(Permission.ASSESSMENT_READ)
  async allAssessmentsMeta(@Args() _paging: ListMetaArgs, @FilterArg(AssessmentFilter) filter: AssessmentFilter | null, @CurrentUser() user: AuthUser): Promise<ListMetadata> {
    return { count: await this.assessments.count(user, filter) };
  }

  @Mutation(() => AssessmentType, { description: 'A DRAFT assessment, with targets defaulted from the framework.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  createAssessment(@Args() args: CreateAssessmentArgs, @CurrentUser() user: AuthUser) {
    return this.assessments.create(user, args);
  }

  @Mutation(() => AssessmentType)
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  updateAssessment(@Args() args: UpdateAssessmentArgs, @CurrentUser() user: AuthUser) {
    return this.assessments.update(user, args);
  }

  @Mutation(() => AssessmentType, { description: 'Sets target levels (1–5) per capability, while DRAFT or OPEN.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  setAssessmentTargets(@Args() args: SetAssessmentTargetsArgs, @CurrentUser() user: AuthUser) {
    return this.assessments.setTargets(user, args);
  }

  @Mutation(() => AssessmentType, { description: 'Sends the invitations, schedules reminders, moves the engagement to ASSESSING.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  openAssessment(@Args() args: AssessmentActionArgs, @CurrentUser() user: AuthUser) {
    return this.assessments.open(user, args);
  }

  @Mutation(() => AssessmentType, { description: 'Stops answers; with no submitted response only with force and a reason.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  closeAssessment(@Args() args: CloseAssessmentArgs, @CurrentUser() user: AuthUser) {
    return this.assessments.close(user, args);
  }

  @Mutation(() => AssessmentType, { description: "Shows a SCORED assessment's report to the client's CLIENT users." })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  publishAssessmentReport(@Args() args: AssessmentActionArgs, @CurrentUser() user: AuthUser) {
    return this.assessments.publishReport(user, args);
  }

  @Mutation(() => AssessmentType, { description: 'Only a DRAFT.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  deleteAssessment(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.assessments.remove(user, id);
  }

  @ResolveField('targets', () => [AssessmentTargetType])
  targets(@Parent() a: Assessment, @Context('loaders') loaders: RequestLoaders) {
    return this.assessments.targets(loaders, a.id);
  }

  @ResolveField('progress', () => AssessmentProgressType)
  progress(@Parent() a: Assessment, @Context('loaders') loaders: RequestLoaders) {
    return this.assessments.progress(loaders, a.id);
  }

  @ResolveField('engagement', () => EngagementType)
  engagement(@Parent() a: Assessment, @Context('loaders') loaders: RequestLoaders) {
    return loaders.byId(this.engagements.resources).load(a.engagementId);
  }

  @ResolveField('template', () => AssessmentTemplateType)
  template(@Parent() a: Assessment, @Context('loaders') loaders: RequestLoaders) {
    return loaders.byId(this.frameworks.templates).load(a.templateId);
  }
}
