import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ASSESSMENT_STATUSES, INVITATION_STATUSES, MAX_ANONYMITY_THRESHOLD, MIN_ANONYMITY_THRESHOLD, RESPONDENT_ROLES } from '@orchestra/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { AssessmentStatus, InvitationStatus, RespondentRole } from '../../../core/graphql/enums.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';
import { IdempotentArgs } from '../../../core/idempotency/idempotent.args.js';
import { IsCalendarDate, IsId, NormaliseEmail, NotNull, OptionalNotNull, Trim, UpdateArgs } from '../../../core/validation/validation.js';
import { IdField, NameField } from '../../../core/validation/fields.js';

@InputType('AssessmentFilter')
export class AssessmentFilter extends BaseFilterInput {
  @IdFilterField()
  engagementId?: string;

  @IdFilterField()
  clientId?: string;

  @IdFilterField()
  templateId?: string;

  @Field(() => AssessmentStatus, { nullable: true })
  @IsOptional()
  @IsIn(ASSESSMENT_STATUSES, { message: `status must be one of ${ASSESSMENT_STATUSES.join(', ')}` })
  status?: AssessmentStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueDate_gte?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueDate_lte?: string;
}

@ArgsType()
export class CreateAssessmentArgs {
  @IdField()
  engagementId!: string;

  @IdField({ description: 'A template of a PUBLISHED framework.' })
  templateId!: string;

  @NameField()
  title!: string;

  @Field({ description: 'YYYY-MM-DD, today or later.' })
  @NotNull()
  @IsCalendarDate()
  dueDate!: string;

  @Field(() => Int, { nullable: true, defaultValue: 3 })
  @OptionalNotNull()
  @IsInt({ message: 'minRespondents must be a whole number' })
  @Min(1, { message: 'minRespondents must be at least 1' })
  @Max(500, { message: 'minRespondents must be at most 500' })
  minRespondents?: number;

  @Field(() => Int, { nullable: true, description: 'k, 2–20: no breakdown or quote from fewer than k respondents reaches the client. Default 3.' })
  @OptionalNotNull()
  @IsInt({ message: 'anonymityThreshold must be a whole number' })
  @Min(MIN_ANONYMITY_THRESHOLD, { message: `anonymityThreshold must be at least ${MIN_ANONYMITY_THRESHOLD}: a smaller group would show one person's answers` })
  @Max(MAX_ANONYMITY_THRESHOLD, { message: `anonymityThreshold must be at most ${MAX_ANONYMITY_THRESHOLD}` })
  anonymityThreshold?: number;
}

@ArgsType()
@UpdateArgs()
export class UpdateAssessmentArgs {
  @IdField()
  id!: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD, today or later; moving it reschedules the reminders.' })
  @OptionalNotNull()
  @IsCalendarDate()
  dueDate?: string;

  @Field(() => Int, { nullable: true })
  @OptionalNotNull()
  @IsInt({ message: 'minRespondents must be a whole number' })
  @Min(1, { message: 'minRespondents must be at least 1' })
  @Max(500, { message: 'minRespondents must be at most 500' })
  minRespondents?: number;

  @Field(() => Int, { nullable: true, description: 'k, 2–20: no breakdown or quote from fewer than k respondents reaches the client. Only while the assessment is a draft.' })
  @OptionalNotNull()
  @IsInt({ message: 'anonymityThreshold must be a whole number' })
  @Min(MIN_ANONYMITY_THRESHOLD, { message: `anonymityThreshold must be at least ${MIN_ANONYMITY_THRESHOLD}: a smaller group would show one person's answers` })
  @Max(MAX_ANONYMITY_THRESHOLD, { message: `anonymityThreshold must be at most ${MAX_ANONYMITY_THRESHOLD}` })
  anonymityThreshold?: number;
}

@InputType('AssessmentTargetInput')
export class AssessmentTargetInput {
  @IdField()
  capabilityId!: string;

  @Field(() => Int)
  @IsInt({ message: 'target must be a whole level from 1 to 5' })
  @Min(1, { message: 'target must be a whole level from 1 to 5' })
  @Max(5, { message: 'target must be a whole level from 1 to 5' })
  target!: number;
}

@ArgsType()
export class SetAssessmentTargetsArgs {
  @IdField()
  id!: string;

  @Field(() => [AssessmentTargetInput])
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AssessmentTargetInput)
  targets!: AssessmentTargetInput[];
}

@ArgsType()
export class AssessmentActionArgs extends IdempotentArgs {
  @IdField()
  id!: string;
}

@ArgsType()
export class CloseAssessmentArgs extends AssessmentActionArgs {
  @Field({ nullable: true, defaultValue: false, description: 'Close even with no submitted response (needs a reason).' })
  @IsOptional()
  @IsBoolean()
  force?: boolean;

  @Field(() => String, { nullable: true, description: 'Why it is closed: required, kept on the assessment (closeReason) and in the audit.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

@InputType('InvitationFilter')
export class InvitationFilter extends BaseFilterInput {
  @IdFilterField()
  assessmentId?: string;

  @IdFilterField()
  contactId?: string;

  @Field(() => InvitationStatus, { nullable: true })
  @IsOptional()
  @IsIn(INVITATION_STATUSES, { message: `status must be one of ${INVITATION_STATUSES.join(', ')}` })
  status?: InvitationStatus;

  @Field(() => RespondentRole, { nullable: true })
  @IsOptional()
  @IsIn(RESPONDENT_ROLES, { message: `respondentRole must be one of ${RESPONDENT_ROLES.join(', ')}` })
  respondentRole?: RespondentRole;
}

@ArgsType()
export class CreateInvitationArgs {
  @IdField()
  assessmentId!: string;

  @Field(() => ID, { nullable: true, description: "A contact of the assessment's client; gives the e-mail and name." })
  @IsOptional()
  @IsId()
  contactId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required without a contact.' })
  @IsOptional()
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @Field(() => RespondentRole)
  @IsIn(RESPONDENT_ROLES, { message: `respondentRole must be one of ${RESPONDENT_ROLES.join(', ')}` })
  respondentRole!: RespondentRole;
}
