import { ArgsType, Field, Float, InputType, Int, OmitType } from '@nestjs/graphql';
import { CAPABILITY_NATURES, QUESTION_TYPES } from '@orchestra/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CapabilityNature, QuestionType } from '../../../core/graphql/enums.js';
import { NotNull, OptionalNotNull, Trim, UpdateArgsType } from '../../../core/validation/validation.js';
import { IdField, NameField, OptionalText, RequiredText } from '../../../core/validation/fields.js';

// Services apply the defaults (UpdateArgsType drops GraphQL defaults, which would reset what an
// update leaves out).

const KEY = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const keyMessage = (field: string) => ({ message: `${field} must be lower-case words joined by - or . (e.g. release-practice)` });

@ArgsType()
export class CreateCapabilityFrameworkArgs {
  @NameField()
  name!: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(5000)
  description?: string;
}

@ArgsType()
export class UpdateCapabilityFrameworkArgs extends UpdateArgsType(CreateCapabilityFrameworkArgs) {
  @IdField()
  id!: string;
}

@ArgsType()
export class CreateCapabilityAreaArgs {
  @IdField()
  frameworkId!: string;

  @Field()
  @Matches(KEY, keyMessage('key'))
  @MaxLength(80)
  key!: string;

  @NameField()
  name!: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => Int, { nullable: true, description: 'Order among the areas; last when left out.' })
  @OptionalNotNull()
  @IsInt({ message: 'position must be a whole number' })
  @Min(0, { message: 'position must be 0 or more' })
  position?: number;
}

/** Key and framework stay: answers and scores are traced through them. */
@ArgsType()
export class UpdateCapabilityAreaArgs extends UpdateArgsType(OmitType(CreateCapabilityAreaArgs, ['frameworkId', 'key'], ArgsType)) {
  @IdField()
  id!: string;
}

@ArgsType()
export class CreateCapabilityArgs {
  @IdField()
  areaId!: string;

  @Field()
  @Matches(KEY, keyMessage('key'))
  @MaxLength(80)
  key!: string;

  @NameField()
  name!: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => CapabilityNature)
  @IsIn(CAPABILITY_NATURES, { message: `nature must be one of ${CAPABILITY_NATURES.join(', ')}` })
  nature!: CapabilityNature;

  @Field(() => Float, { nullable: true })
  @OptionalNotNull()
  @Min(0.25, { message: 'weight must be at least 0.25' })
  @Max(3, { message: 'weight must be at most 3' })
  weight?: number;

  @Field(() => [String], { description: 'Exactly five, levels 1 to 5.' })
  @NotNull()
  @IsArray()
  @ArrayMinSize(5, { message: 'levels must be exactly five descriptors' })
  @ArrayMaxSize(5, { message: 'levels must be exactly five descriptors' })
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'levels must not be empty' })
  @MaxLength(1000, { each: true })
  levels!: string[];

  @Field(() => [String], { nullable: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'skills must not be empty' })
  @MaxLength(100, { each: true })
  skills?: string[];

  @Field(() => Int, { nullable: true })
  @OptionalNotNull()
  @IsInt({ message: 'defaultTarget must be a whole level from 1 to 5' })
  @Min(1, { message: 'defaultTarget must be a whole level from 1 to 5' })
  @Max(5, { message: 'defaultTarget must be a whole level from 1 to 5' })
  defaultTarget?: number;

  @Field(() => Int, { nullable: true })
  @OptionalNotNull()
  @IsInt({ message: 'position must be a whole number' })
  @Min(0, { message: 'position must be 0 or more' })
  position?: number;
}

/** The capability editor: wording, weight, levels, skills, default target (key, area and nature stay). */
@ArgsType()
export class UpdateCapabilityArgs extends UpdateArgsType(OmitType(CreateCapabilityArgs, ['areaId', 'key', 'nature'], ArgsType)) {
  @IdField()
  id!: string;
}

@ArgsType()
export class CreateAssessmentTemplateArgs {
  @IdField()
  frameworkId!: string;

  @NameField()
  name!: string;

  @Field({ nullable: true, description: 'What the assessment is for: respondents read it first.' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => Int, { nullable: true })
  @OptionalNotNull()
  @IsInt({ message: 'estimatedMinutes must be a whole number' })
  @Min(1, { message: 'estimatedMinutes must be at least 1' })
  @Max(240, { message: 'estimatedMinutes must be at most 240' })
  estimatedMinutes?: number;
}

@ArgsType()
export class UpdateAssessmentTemplateArgs extends UpdateArgsType(OmitType(CreateAssessmentTemplateArgs, ['frameworkId'], ArgsType)) {
  @IdField()
  id!: string;
}

@InputType('QuestionOptionInput')
export class QuestionOptionInput {
  @Field()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'options key must be 1–40 lower-case letters, digits or -' })
  key!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'options label must not be empty' })
  @MaxLength(300)
  label!: string;

  @Field(() => Int)
  @IsInt({ message: 'options score must be a whole number from 1 to 5' })
  @Min(1, { message: 'options score must be a whole number from 1 to 5' })
  @Max(5, { message: 'options score must be a whole number from 1 to 5' })
  score!: number;
}

@ArgsType()
export class CreateQuestionArgs {
  @IdField()
  templateId!: string;

  @IdField({ description: "A capability of the template's framework." })
  capabilityId!: string;

  @Field()
  @Matches(KEY, keyMessage('key'))
  @MaxLength(120)
  key!: string;

  @RequiredText(1000)
  prompt!: string;

  @OptionalText(2000)
  helpText?: string | null;

  @Field(() => QuestionType)
  @IsIn(QUESTION_TYPES, { message: `type must be one of ${QUESTION_TYPES.join(', ')}` })
  type!: QuestionType;

  @Field(() => [QuestionOptionInput], { description: 'SCALE: five anchored labels scored 1–5; CHOICE/MULTI: two or more; TEXT: none.' })
  @NotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionInput)
  options!: QuestionOptionInput[];

  @Field(() => Float, { nullable: true })
  @OptionalNotNull()
  @Min(0.25, { message: 'weight must be at least 0.25' })
  @Max(3, { message: 'weight must be at most 3' })
  weight?: number;

  @Field({ nullable: true })
  @OptionalNotNull()
  @IsBoolean()
  allowsDontKnow?: boolean;

  @Field(() => Int, { nullable: true })
  @OptionalNotNull()
  @IsInt({ message: 'position must be a whole number' })
  @Min(0, { message: 'position must be 0 or more' })
  position?: number;
}

/** Template, capability, key and type stay: answers are traced through them. */
@ArgsType()
export class UpdateQuestionArgs extends UpdateArgsType(OmitType(CreateQuestionArgs, ['templateId', 'capabilityId', 'key', 'type'], ArgsType)) {
  @IdField()
  id!: string;
}
