import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { MatchStage, ShortlistAnswer, ShortlistReason } from '../../../core/graphql/enums.js';
import { CandidateType } from '../../candidate/dto/candidate.type.js';
import { MatchStageCountType } from '../../role/dto/role.type.js';

@ObjectType('MatchFactor', { description: "One factor of a match's score: value × weight × 100 = contribution (points of 100)." })
export class MatchFactorType {
  @Field({ description: 'skills | seniority | availability | budget | timeZone' })
  factor!: string;

  @Field()
  label!: string;

  @Field(() => Float, { description: '0–1' })
  value!: number;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float)
  contribution!: number;

  @Field()
  detail!: string;
}

@ObjectType('FailedConstraint')
export class FailedConstraintType {
  @Field({ description: 'CONSENT | KIND | AVAILABILITY | ALLOCATION | SKILL | TIME_ZONE' })
  constraint!: string;

  @Field()
  detail!: string;
}

@ObjectType('MatchStageChange')
export class MatchStageChangeType {
  @Field(() => ID)
  id!: string;

  @Field(() => MatchStage, { nullable: true })
  fromStage!: MatchStage | null;

  @Field(() => MatchStage)
  toStage!: MatchStage;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => ID, { nullable: true })
  changedById!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('Placement', { description: 'A filled role: who, from when to when, at what rate.' })
export class PlacementType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  matchId!: string;

  @Field(() => ID)
  roleId!: string;

  @Field(() => ID)
  candidateId!: string;

  @Field()
  startDate!: string;

  @Field(() => String, { nullable: true })
  endDate!: string | null;

  @Field(() => Int)
  rateMinor!: number;

  @Field()
  currency!: string;

  @Field(() => Int)
  allocation!: number;

  @Field()
  createdAt!: Date;
}

@ObjectType('Match', { description: 'A stored match of a candidate to a role: score with its explanation, and its stage.' })
export class MatchType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  roleId!: string;

  @Field(() => ID)
  candidateId!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => Int, { nullable: true, description: 'Rank among eligible candidates when computed; null when not eligible.' })
  rank!: number | null;

  @Field(() => [MatchFactorType])
  factors!: MatchFactorType[];

  @Field(() => [FailedConstraintType])
  failedConstraints!: FailedConstraintType[];

  @Field(() => MatchStage)
  stage!: MatchStage;

  @Field()
  stageChangedAt!: Date;

  @Field()
  modelVersion!: string;

  @Field()
  computedAt!: Date;

  @Field()
  createdAt!: Date;

  @Field(() => [ID], { description: 'The client contacts it was submitted to (submitToClient); empty before.' })
  submittedContactIds!: string[];

  @Field(() => String, { nullable: true })
  submissionNote!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What the client calls the candidate ("Candidate K-37"), from submission on.' })
  clientAlias!: string | null;

  @Field(() => String, { nullable: true, description: "The summary the client's users read." })
  clientSummary!: string | null;

  @Field(() => ShortlistAnswer, { nullable: true, description: "The client's answer; null until they answer." })
  clientAnswer!: ShortlistAnswer | null;

  @Field(() => ShortlistReason, { nullable: true })
  clientReason!: ShortlistReason | null;

  @Field(() => String, { nullable: true })
  clientNote!: string | null;

  @Field(() => [Date], { description: 'Interview times the client proposed.' })
  clientSlots!: Date[];

  @Field(() => Date, { nullable: true })
  clientAnsweredAt!: Date | null;
}

@ObjectType('RankedCandidate')
export class RankedCandidateType {
  @Field(() => Int)
  rank!: number;

  @Field(() => ID)
  candidateId!: string;

  @Field(() => CandidateType)
  candidate!: CandidateType;

  @Field(() => Float, { description: '0–100' })
  score!: number;

  @Field(() => [MatchFactorType])
  factors!: MatchFactorType[];

  @Field(() => [String], { description: 'The smallest change that would raise the rank (else the score), as one sentence.' })
  whatWouldChange!: string[];

  @Field(() => MatchType, { nullable: true, description: 'The stored match, if any.' })
  match!: MatchType | null;
}

@ObjectType('CandidateRanking')
export class CandidateRankingType {
  @Field(() => ID)
  roleId!: string;

  @Field()
  modelVersion!: string;

  @Field(() => Int, { description: 'Eligible candidates in all.' })
  total!: number;

  @Field(() => [RankedCandidateType])
  candidates!: RankedCandidateType[];
}

@ObjectType('ExcludedCandidate')
export class ExcludedCandidateType {
  @Field(() => ID)
  candidateId!: string;

  @Field(() => CandidateType)
  candidate!: CandidateType;

  @Field(() => [FailedConstraintType])
  failed!: FailedConstraintType[];

  @Field(() => [String])
  whatWouldChange!: string[];
}

@ObjectType('ConstraintCount')
export class ConstraintCountType {
  @Field()
  constraint!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CandidateExclusions')
export class CandidateExclusionsType {
  @Field(() => Int)
  total!: number;

  @Field(() => [ConstraintCountType], { description: 'How many candidates fail each constraint (one may fail several).' })
  byConstraint!: ConstraintCountType[];

  @Field(() => [ExcludedCandidateType], { description: 'Nearest misses first.' })
  candidates!: ExcludedCandidateType[];
}

@ObjectType('CandidateFit')
export class CandidateFitType {
  @Field()
  eligible!: boolean;

  @Field(() => Float, { nullable: true })
  score!: number | null;

  @Field(() => [MatchFactorType])
  factors!: MatchFactorType[];

  @Field(() => [FailedConstraintType])
  failed!: FailedConstraintType[];

  @Field(() => [String])
  whatWouldChange!: string[];
}

@ObjectType('AgeBucket')
export class AgeBucketType {
  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('RecruiterDashboard')
export class RecruiterDashboardType {
  @Field(() => [AgeBucketType])
  openRolesByAge!: AgeBucketType[];

  @Field(() => [CandidateType], { description: 'Consent ends within 30 days, soonest first (at most 20).' })
  consentExpiring!: CandidateType[];

  @Field(() => Int, { description: 'Candidates placed (moved to PLACED) since the start of this month.' })
  placementsThisMonth!: number;

  @Field(() => Int)
  dueForErasure!: number;
}

@ObjectType('StuckMatch', { description: 'A match that has not changed stage for more than a week.' })
export class StuckMatchType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  roleId!: string;

  @Field()
  roleTitle!: string;

  @Field(() => ID)
  candidateId!: string;

  @Field()
  candidateName!: string;

  @Field(() => MatchStage)
  stage!: MatchStage;

  @Field()
  stageChangedAt!: Date;

  @Field(() => Int)
  daysInStage!: number;
}

@ObjectType('MyPipeline', { description: "The matches the current user moved at least once: open ones by stage, and those stuck in a stage." })
export class MyPipelineType {
  @Field(() => [MatchStageCountType], { description: 'Open stages in pipeline order, zeros included.' })
  byStage!: MatchStageCountType[];

  @Field(() => Int)
  stuckCount!: number;

  @Field(() => [StuckMatchType], { description: 'Longest in their stage first (at most 10).' })
  stuck!: StuckMatchType[];
}
