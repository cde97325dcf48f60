import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentStatus, InvitationStatus, QuestionType, RespondentRole } from '../../../core/graphql/enums.js';
import { QuestionOptionType } from '../../framework/dto/framework.type.js';

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

  @Field(() => Date, { nullable: true, description: 'When the assessment closed (by a consultant or its due date).' })
  closedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When I first saved a draft.' })
  startedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it can no longer be answered, in words ("Closed on 4 December 2026 — you had not started"); null while open or once submitted.' })
  closedNote!: string | null;
}

@ObjectType('InvitationLink')
export class InvitationLinkType {
  @Field({ description: 'Opens the questionnaire: /respond/<token>.' })
  token!: string;
}
