import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import {
  CreateAssessmentTemplateArgs,
  CreateCapabilityAreaArgs,
  CreateCapabilityArgs,
  CreateCapabilityFrameworkArgs,
  CreateQuestionArgs,
  UpdateAssessmentTemplateArgs,
  UpdateCapabilityAreaArgs,
  UpdateCapabilityArgs,
  UpdateCapabilityFrameworkArgs,
  UpdateQuestionArgs,
} from './dto/framework-edit.args.js';
import { AssessmentTemplateType, CapabilityAreaType, CapabilityFrameworkType, CapabilityType, QuestionGqlType } from './dto/framework.type.js';
import { FrameworkEditorService } from './framework-editor.service.js';

const FROZEN = 'Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it.';

/** ADMIN's create/update/delete of frameworks and their parts, in the ra-data-graphql-simple grammar. */
@Resolver()
export class FrameworkEditorResolver {
  constructor(private readonly editor: FrameworkEditorService) {}

  @Mutation(() => CapabilityFrameworkType, { description: 'A new framework, as DRAFT version 1.' })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  createCapabilityFramework(@Args() args: CreateCapabilityFrameworkArgs, @CurrentUser() user: AuthUser) {
    return this.editor.createFramework(user, args);
  }

  @Mutation(() => CapabilityFrameworkType, { description: FROZEN })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  updateCapabilityFramework(@Args() args: UpdateCapabilityFrameworkArgs, @CurrentUser() user: AuthUser) {
    return this.editor.updateFramework(user, args);
  }

  @Mutation(() => CapabilityFrameworkType, { description: FROZEN })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  deleteCapabilityFramework(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.editor.deleteFramework(user, id);
  }

  @Mutation(() => CapabilityAreaType, { description: FROZEN })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  createCapabilityArea(@Args() args: CreateCapabilityAreaArgs, @CurrentUser() user: AuthUser) {
    return this.editor.createArea(user, args);
  }

  @Mutation(() => CapabilityAreaType, { description: FROZEN })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  updateCapabilityArea(@Args() args: UpdateCapabilityAreaArgs, @CurrentUser() user: AuthUser) {
    return this.editor.updateArea(user, args);
  }

  @Mutation(() => CapabilityAreaType, { description: FROZEN })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  deleteCapabilityArea(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.editor.deleteArea(user, id);
  }

  @Mutation(() => CapabilityType, { description: FROZEN })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  createCapability(@Args() args: CreateCapabilityArgs, @CurrentUser() user: AuthUser) {
    return this.editor.createCapability(user, args);
  }

  @Mutation(() => CapabilityType, { description: FROZEN })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  updateCapability(@Args() args: UpdateCapabilityArgs, @CurrentUser() user: AuthUser) {
    return this.editor.updateCapability(user, args);
  }

  @Mutation(() => CapabilityType, { description: FROZEN })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  deleteCapability(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.editor.deleteCapability(user, id);
  }

  @Mutation(() => AssessmentTemplateType, { description: FROZEN })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  createAssessmentTemplate(@Args() args: CreateAssessmentTemplateArgs, @CurrentUser() user: AuthUser) {
    return this.editor.createTemplate(user, args);
  }

  @Mutation(() => AssessmentTemplateType, { description: FROZEN })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  updateAssessmentTemplate(@Args() args: UpdateAssessmentTemplateArgs, @CurrentUser() user: AuthUser) {
    return this.editor.updateTemplate(user, args);
  }

  @Mutation(() => AssessmentTemplateType, { description: FROZEN })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  deleteAssessmentTemplate(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.editor.deleteTemplate(user, id);
  }

  @Mutation(() => QuestionGqlType, { description: FROZEN })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  createQuestion(@Args() args: CreateQuestionArgs, @CurrentUser() user: AuthUser) {
    return this.editor.createQuestion(user, args);
  }

  @Mutation(() => QuestionGqlType, { description: FROZEN })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  updateQuestion(@Args() args: UpdateQuestionArgs, @CurrentUser() user: AuthUser) {
    return this.editor.updateQuestion(user, args);
  }

  @Mutation(() => QuestionGqlType, { description: FROZEN })
  @RequirePermission(Permission.FRAMEWORK_MANAGE)
  deleteQuestion(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.editor.deleteQuestion(user, id);
  }
}
