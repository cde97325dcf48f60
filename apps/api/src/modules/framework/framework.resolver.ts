import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import { ReadResolver, repositorySource } from '../../core/graphql/list/read-resolver.js';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import { AssessmentTemplateFilter, CapabilityAreaFilter, CapabilityFilter, CapabilityFrameworkFilter, QuestionFilter } from './dto/framework.input.js';
import { AssessmentTemplateType, CapabilityAreaType, CapabilityFrameworkType, CapabilityType, QuestionGqlType } from './dto/framework.type.js';
import type { Capability, Question } from './framework.entities.js';
import { FrameworkService } from './framework.service.js';

const read = { permission: Permission.FRAMEWORK_READ, service: FrameworkService };
@Resolver(() => CapabilityFrameworkType)
export class CapabilityFrameworkReadResolver extends ReadResolver({
  ...read,
  name: 'CapabilityFramework',
  plural: 'CapabilityFrameworks',
  type: CapabilityFrameworkType,
  filter: CapabilityFrameworkFilter,
  source: (s) => repositorySource(s.frameworks),
}) {}
@Resolver(() => CapabilityAreaType)
export class CapabilityAreaReadResolver extends ReadResolver({
  ...read,
  name: 'CapabilityArea',
  plural: 'CapabilityAreas',
  type: CapabilityAreaType,
  filter: CapabilityAreaFilter,
  source: (s) => repositorySource(s.areas),
}) {}
@Resolver(() => CapabilityType)
export class CapabilityReadResolver extends ReadResolver({
  ...read,
  name: 'Capability',
  plural: 'Capabilities',
  type: CapabilityType,
  filter: CapabilityFilter,
  source: (s) => repositorySource(s.capabilities),
}) {}
@Resolver(() => AssessmentTemplateType)
export class AssessmentTemplateReadResolver extends ReadResolver({
  ...read,
  name: 'AssessmentTemplate',
  plural: 'AssessmentTemplates',
  type: AssessmentTemplateType,
  filter: AssessmentTemplateFilter,
  source: (s) => repositorySource(s.templates),
}) {}
@Resolver(() => QuestionGqlType)
export class QuestionReadResolver extends ReadResolver({
  ...read,
  name: 'Question',
  plural: 'Questions',
  type: QuestionGqlType,
  filter: QuestionFilter,
  source: (s) => repositorySource(s.questions),
}) {}

@Resolver(() => CapabilityFrameworkType)
export class CapabilityFrameworkResolver {
  constructor(private readonly frameworks: FrameworkService) {}

  @Mutation(() => CapabilityFrameworkType, { description: 'Makes a DRAFT framework available to new assessments.' })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  publishCapabilityFramework(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.frameworks.publish(user, id);
  }

  @Mutation(() => CapabilityFrameworkType, { description: 'Copies the framework as a DRAFT with the next version number, to edit.' })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  newCapabilityFrameworkVersion(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.frameworks.newVersion(user, id);
  }
}

@Resolver(() => CapabilityType)
export class CapabilityResolver {
  constructor(private readonly frameworks: FrameworkService) {}

  @ResolveField('area', () => CapabilityAreaType)
  area(c: Capability, _args: unknown, { loaders }: GqlContext) {
    return this.frameworks.loadArea(loaders, c.areaId);
  }
}

@Resolver(() => QuestionGqlType)
export class QuestionResolver {
  constructor(private readonly frameworks: FrameworkService) {}

  @ResolveField('capability', () => CapabilityType)
  capability(q: Question, _args: unknown, { loaders }: GqlContext) {
    return this.frameworks.loadCapability(loaders, q.capabilityId);
  }
}
