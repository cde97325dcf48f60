import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { FRAMEWORK_STATUSES, QUESTION_TYPES } from '@orchestra/shared';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { FrameworkStatus, QuestionType } from '../../../core/graphql/enums.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';
import { Trim } from '../../../core/validation/validation.js';

@InputType('CapabilityFrameworkFilter')
export class CapabilityFrameworkFilter extends BaseFilterInput {
  @Field(() => FrameworkStatus, { nullable: true })
  @IsOptional()
  @IsIn(FRAMEWORK_STATUSES, { message: `status must be one of ${FRAMEWORK_STATUSES.join(', ')}` })
  status?: FrameworkStatus;
}

@InputType('CapabilityAreaFilter')
export class CapabilityAreaFilter extends BaseFilterInput {
  @IdFilterField('frameworkId')
  frameworkId?: string;
}

@InputType('CapabilityFilter')
export class CapabilityFilter extends BaseFilterInput {
  @IdFilterField('frameworkId')
  frameworkId?: string;

  @IdFilterField('areaId')
  areaId?: string;
}

@InputType('AssessmentTemplateFilter')
export class AssessmentTemplateFilter extends BaseFilterInput {
  @IdFilterField('frameworkId')
  frameworkId?: string;
}

@InputType('QuestionFilter')
export class QuestionFilter extends BaseFilterInput {
  @IdFilterField('templateId')
  templateId?: string;

  @IdFilterField('capabilityId')
  capabilityId?: string;

  @Field(() => QuestionType, { nullable: true })
  @IsOptional()
  @IsIn(QUESTION_TYPES, { message: `type must be one of ${QUESTION_TYPES.join(', ')}` })
  type?: QuestionType;
}

/** The capability editor: wording, weight, levels and skills (key, area and nature stay). */
@ArgsType()
export class UpdateCapabilityArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => Number, { nullable: true })
  @IsOptional()
  @Min(0.25, { message: 'weight must be at least 0.25' })
  @Max(3, { message: 'weight must be at most 3' })
  weight?: number;

  @Field(() => [String], { nullable: true, description: 'Exactly five, levels 1 to 5.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(5, { message: 'levels must be exactly five descriptors' })
  @ArrayMaxSize(5, { message: 'levels must be exactly five descriptors' })
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'levels must not be empty' })
  @MaxLength(1000, { each: true })
  levels?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'skills must not be empty' })
  @MaxLength(100, { each: true })
  skills?: string[];

  @Field(() => Number, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'defaultTarget must be a whole level from 1 to 5' })
  @Min(1, { message: 'defaultTarget must be a whole level from 1 to 5' })
  @Max(5, { message: 'defaultTarget must be a whole level from 1 to 5' })
  defaultTarget?: number;
}
