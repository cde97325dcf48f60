import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { MatchStage, Seniority, ShortlistAnswer, ShortlistReason } from '../../../core/graphql/enums.js';
import { MatchFactorType } from './matching.type.js';

@ObjectType('ShortlistSkill')
export class ShortlistSkillType {
  @Field()
  skill!: string;

  @Field(() => Int, { description: '1–5' })
  level!: number;

  @Field(() => Int, { nullable: true, description: "The role's minimum, when the role asks for this skill." })
  minLevel!: number | null;

  @Field()
  mustHave!: boolean;
}

@ObjectType('ShortlistProfile', {
  description:
    "A candidate submitted to the client, as the client reads it: an alias, never the name, contact details, employer, location or CV. CLIENT users see their own client's only.",
})
export class ShortlistProfileType {
  @Field(() => ID, { description: 'The match.' })
  id!: string;

  @Field(() => ID)
  roleId!: string;

  @Field()
  roleTitle!: string;

  @Field(() => Seniority)
  roleSeniority!: Seniority;

  @Field({ description: '"Candidate K-37": stable, and unique within the role.' })
  alias!: string;

  @Field(() => String, { nullable: true, description: "The recruiter's summary for the client." })
  summary!: string | null;

  @Field(() => MatchStage)
  stage!: MatchStage;

  @Field(() => Float, { description: 'The match score, 0–100.' })
  score!: number;

  @Field(() => [MatchFactorType], { description: 'Why the score is what it is, factor by factor, in words.' })
  factors!: MatchFactorType[];

  @Field()
  submittedAt!: Date;

  @Field(() => Seniority)
  seniority!: Seniority;

  @Field({ description: 'YYYY-MM-DD' })
  availableFrom!: string;

  @Field(() => Int, { description: 'Share of a full week the candidate can give, in %.' })
  allocation!: number;

  @Field({ description: 'The rate (day rate, or salary for a permanent role) against the role\'s budget band, in words.' })
  rateAgainstBudget!: string;

  @Field(() => [ShortlistSkillType], { description: "The role's skills first, then the rest by level." })
  skills!: ShortlistSkillType[];

  @Field(() => ShortlistAnswer, { nullable: true, description: 'Null until the client answers.' })
  answer!: ShortlistAnswer | null;

  @Field(() => ShortlistReason, { nullable: true })
  reason!: ShortlistReason | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => [Date], { description: 'Proposed interview times (with INTERESTED).' })
  slots!: Date[];

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;
}

@ObjectType('ShortlistReasonCount')
export class ShortlistReasonCountType {
  @Field(() => ShortlistReason)
  reason!: ShortlistReason;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ShortlistFeedback', { description: "A role's client answers, counted for the recruiter." })
export class ShortlistFeedbackType {
  @Field(() => Int)
  submitted!: number;

  @Field(() => Int)
  answered!: number;

  @Field(() => Int)
  interested!: number;

  @Field(() => Int)
  notNow!: number;

  @Field(() => Int)
  declined!: number;

  @Field(() => [ShortlistReasonCountType], { description: 'Reasons of "not now" and "no", most frequent first.' })
  reasons!: ShortlistReasonCountType[];

  @Field({ description: '"2 of 3 declined on budget; 1 asked for an interview"; empty before any answer.' })
  summary!: string;
}
