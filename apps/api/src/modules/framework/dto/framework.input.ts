import { Field, InputType } from '@nestjs/graphql';
import { FRAMEWORK_STATUSES, QUESTION_TYPES } from '@orchestra/shared';
import { IsIn, IsOptional } from 'class-validator';
import { FrameworkStatus, QuestionType } from '../../../core/graphql/enums.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';

@InputType('CapabilityFrameworkFilter')
export class CapabilityFrameworkFilter extends BaseFilterInput {
  @Field(() => FrameworkStatus, { nullable: true })
  @IsOptional()
  @IsIn(FRAMEWORK_STATUSES, { message: `status must be one of ${FRAMEWORK_STATUSES.join(', ')}` })
  status?: FrameworkStatus;
}

@InputType('CapabilityAreaFilter')
export class CapabilityAreaFilter extends BaseFilterInput {
  @IdFilterField()
  frameworkId?: string;
}

@InputType('CapabilityFilter')
export class CapabilityFilter extends BaseFilterInput {
  @IdFilterField()
  frameworkId?: string;

  @IdFilterField()
  areaId?: string;
}

@InputType('AssessmentTemplateFilter')
export class AssessmentTemplateFilter extends BaseFilterInput {
  @IdFilterField()
  frameworkId?: string;
}

@InputType('QuestionFilter')
export class QuestionFilter extends BaseFilterInput {
  @IdFilterField()
  templateId?: string;

  @IdFilterField()
  capabilityId?: string;

  @Field(() => QuestionType, { nullable: true })
  @IsOptional()
  @IsIn(QUESTION_TYPES, { message: `type must be one of ${QUESTION_TYPES.join(', ')}` })
  type?: QuestionType;
}
