import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MATCH_STAGES, MAX_PER_PAGE } from '@orchestra/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MatchStage } from '../../../core/graphql/enums.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';
import { IdempotentArgs } from '../../../core/idempotency/idempotent.args.js';
import { IsCalendarDate, IsId, Trim } from '../../../core/validation/validation.js';
import { CandidateType } from '../../candidate/dto/candidate.types.js';

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

  @Field(() => [String], { description: 'What would change the rank (top results only).' })
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

@ArgsType()
export class RankArgs {
  @Field(() => ID)
  @IsId()
  roleId!: string;

  @Field(() => Int, { nullable: true, description: 'Zero-based.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  page?: number;

  @Field(() => Int, { nullable: true, description: `1–${MAX_PER_PAGE} (default 25); larger values are capped.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  perPage?: number;
}

@ArgsType()
export class CandidateFitArgs {
  @Field(() => ID)
  @IsId()
  roleId!: string;

  @Field(() => ID)
  @IsId()
  candidateId!: string;
}

@ArgsType()
export class ShortlistArgs extends CandidateFitArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType('PlacementInput')
export class PlacementInput {
  @Field()
  @IsCalendarDate()
  startDate!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'rateMinor must not be negative' })
  rateMinor!: number;

  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO code such as EUR' })
  currency!: string;
}

@ArgsType()
export class MoveMatchStageArgs extends IdempotentArgs {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field(() => MatchStage)
  @IsIn(MATCH_STAGES, { message: `stage must be one of ${MATCH_STAGES.join(', ')}` })
  stage!: MatchStage;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;

  @Field(() => PlacementInput, { nullable: true, description: 'Required to move to PLACED.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlacementInput)
  placement?: PlacementInput | null;
}

@InputType('MatchFilter')
export class MatchFilter extends BaseFilterInput {
  @IdFilterField()
  roleId?: string;

  @IdFilterField()
  candidateId?: string;

  @Field(() => MatchStage, { nullable: true })
  @IsOptional()
  @IsIn(MATCH_STAGES, { message: `stage must be one of ${MATCH_STAGES.join(', ')}` })
  stage?: MatchStage;
}

@InputType('PlacementFilter')
export class PlacementFilter extends BaseFilterInput {
  @IdFilterField()
  roleId?: string;

  @IdFilterField()
  candidateId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startDate_gte?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startDate_lte?: string;
}
