import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { AssessmentStatus, InvitationStatus, QuestionType, RespondentRole } from '../../../core/graphql/enums.js';
import { IsId } from '../../../core/validation/validation.js';
import { QuestionOptionType } from '../../framework/dto/framework.types.js';

@InputType('AnswerInput', { description: "One of scale (SCALE), choices (CHOICE: one key, MULTI: one or more), text (TEXT), or dontKnow." })
export class AnswerInput {
  @Field(() => ID)
  @IsId()
  questionId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'scale must be a whole number from 1 to 5' })
  scale?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  choices?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  text?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  dontKnow?: boolean | null;
}

@ObjectType('Answer')
export class AnswerType {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int, { nullable: true })
  scale!: number | null;

  @Field(() => [String], { nullable: true })
  choices!: string[] | null;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => Boolean, { nullable: true })
  dontKnow!: boolean | null;
}

@ArgsType()
export class TokenArgs {
  @Field({ description: 'The token from the invitation link.' })
  @IsString()
  @Length(20, 200, { message: 'token must be the token from the invitation link' })
  token!: string;
}

@ArgsType()
export class SaveResponseDraftArgs extends TokenArgs {
  @Field(() => [AnswerInput])
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers!: AnswerInput[];
}

@ArgsType()
export class SubmitResponseArgs extends SaveResponseDraftArgs {
  @Field({ description: 'The same key again returns the first result; another key after submitting is CONFLICT.' })
  @IsString()
  @Length(1, 200, { message: 'idempotencyKey must be 1 to 200 characters' })
  idempotencyKey!: string;
}

@ObjectType('RespondentCapability')
export class RespondentCapabilityType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => [String], { description: 'What levels 1–5 look like.' })
  levels!: string[];
}

@ObjectType('RespondentQuestion')
export class RespondentQuestionType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  capabilityId!: string;

  @Field()
  prompt!: string;

  @Field(() => String, { nullable: true })
  helpText!: string | null;

  @Field(() => QuestionType)
  type!: QuestionType;

  @Field(() => [QuestionOptionType])
  options!: QuestionOptionType[];

  @Field()
  allowsDontKnow!: boolean;
}

@ObjectType('RespondentArea', { description: 'One page of the questionnaire.' })
export class RespondentAreaType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => [RespondentCapabilityType])
  capabilities!: RespondentCapabilityType[];

  @Field(() => [RespondentQuestionType])
  questions!: RespondentQuestionType[];
}

@ObjectType('RespondentInvitation', { description: 'What the invitation page needs, and nothing about other respondents.' })
export class RespondentInvitationType {
  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => AssessmentStatus)
  assessmentStatus!: AssessmentStatus;

  @Field(() => String, { nullable: true })
  respondentName!: string | null;

  @Field(() => RespondentRole)
  respondentRole!: RespondentRole;

  @Field()
  clientName!: string;

  @Field()
  engagementTitle!: string;

  @Field()
  assessmentTitle!: string;

  @Field({ description: "What the assessment looks at (the framework's description)." })
  purpose!: string;

  @Field({ description: 'How to answer (the questionnaire\'s description).' })
  instructions!: string;

  @Field()
  dueDate!: string;

  @Field(() => Int, { description: 'k: the client never reads a breakdown or quote from fewer than k respondents.' })
  anonymityThreshold!: number;

  @Field(() => Int)
  estimatedMinutes!: number;

  @Field(() => Int)
  questionCount!: number;

  @Field(() => [RespondentAreaType])
  areas!: RespondentAreaType[];

  @Field(() => [AnswerType], { description: 'The saved draft (or the submitted answers).' })
  answers!: AnswerType[];

  @Field(() => Date, { nullable: true })
  savedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;
}

@ObjectType('ResponseReceipt')
export class ResponseReceiptType {
  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => Int, { description: 'Questions with an answer (a value, a text or "don\'t know").' })
  answered!: number;

  @Field(() => Int)
  questionCount!: number;

  @Field()
  savedAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;
}

@ObjectType('MyInvitation', { description: 'An assessment the signed-in client user is invited to.' })
export class MyInvitationType {
  @Field(() => ID)
  id!: string;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => AssessmentStatus)
  assessmentStatus!: AssessmentStatus;

  @Field()
  assessmentTitle!: string;

  @Field()
  engagementTitle!: string;

  @Field()
  dueDate!: string;
}

@ObjectType('InvitationLink')
export class InvitationLinkType {
  @Field({ description: 'Opens the questionnaire: /respond/<token>.' })
  token!: string;
}
