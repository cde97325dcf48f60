import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentStatus, InvitationStatus, RespondentRole } from '../../../core/graphql/enums.js';

@ObjectType('Assessment')
export class AssessmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field(() => ID)
  engagementId!: string;

  @Field(() => ID)
  templateId!: string;

  @Field()
  title!: string;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => Int)
  minRespondents!: number;

  @Field(() => Int, { description: 'k: no breakdown or quote from fewer than k respondents reaches the client (2–20; fixed once opened).' })
  anonymityThreshold!: number;

  @Field(() => Date, { nullable: true })
  openedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true })
  closeReason!: string | null;

  @Field(() => Date, { nullable: true })
  scoredAt!: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'A re-assessment: the assessment it repeats.' })
  previousAssessmentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'A re-assessment: the first assessment of its line.' })
  baselineAssessmentId!: string | null;

  @Field(() => Int, { description: '0 for a first assessment, n for its n-th re-assessment.' })
  reassessmentIndex!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('AssessmentTarget', { description: 'The level aimed for on one capability.' })
export class AssessmentTargetType {
  @Field(() => ID)
  capabilityId!: string;

  @Field()
  capabilityKey!: string;

  @Field()
  capabilityName!: string;

  @Field()
  areaName!: string;

  @Field(() => Int)
  target!: number;
}

@ObjectType('RespondentRoleProgress')
export class RespondentRoleProgressType {
  @Field(() => RespondentRole)
  respondentRole!: RespondentRole;

  @Field(() => Int)
  invited!: number;

  @Field(() => Int)
  started!: number;

  @Field(() => Int)
  submitted!: number;
}

@ObjectType('AssessmentProgress', { description: 'Responses so far: submitted / invited, overall and per respondent role.' })
export class AssessmentProgressType {
  @Field(() => Int)
  invited!: number;

  @Field(() => Int)
  started!: number;

  @Field(() => Int)
  submitted!: number;

  @Field(() => Float, { description: 'submitted / invited, 0–1.' })
  rate!: number;

  @Field(() => [RespondentRoleProgressType])
  byRole!: RespondentRoleProgressType[];
}

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID, { nullable: true })
  contactId!: string | null;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => RespondentRole)
  respondentRole!: RespondentRole;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Int)
  remindersSent!: number;

  @Field()
  createdAt!: Date;
}
