import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { MATCH_CONSTRAINTS, MATCH_STAGES, MAX_PER_PAGE, type MatchConstraint } from '@orchestra/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MatchStage } from '../../../core/graphql/enums.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';
import { IdempotentArgs } from '../../../core/idempotency/idempotent.args.js';
import { IsCalendarDate, IsId, Trim } from '../../../core/validation/validation.js';
import { IdField, OptionalText, RequiredText } from '../../../core/validation/fields.js';

@ArgsType()
export class RankArgs {
  @IdField()
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
export class ExcludedArgs extends RankArgs {
  @Field(() => String, { nullable: true, description: `Only those failing this constraint: ${MATCH_CONSTRAINTS.join(' | ')}.` })
  @IsOptional()
  @IsIn(MATCH_CONSTRAINTS, { message: `constraint must be one of ${MATCH_CONSTRAINTS.join(', ')}` })
  constraint?: MatchConstraint | null;
}

@ArgsType()
export class CandidateFitArgs {
  @IdField()
  roleId!: string;

  @IdField()
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
  @IdField()
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

  @Field(() => String, { nullable: true, description: "With PLACED only: closes the role's other open matches (REJECTED) with this reason, in the same transaction." })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  closeOthersReason?: string | null;
}

/** The most contacts one submission names. */
export const MAX_SUBMISSION_CONTACTS = 20;

@ArgsType()
export class SubmitToClientArgs extends IdempotentArgs {
  @IdField({ description: 'The match (SHORTLISTED).' })
  id!: string;

  @Field(() => [ID], { description: "Contacts of the role's client who receive the profile." })
  @IsArray()
  @ArrayMinSize(1, { message: 'contactIds must name at least one contact of the client' })
  @ArrayMaxSize(MAX_SUBMISSION_CONTACTS, { message: `contactIds must name at most ${MAX_SUBMISSION_CONTACTS} contacts` })
  @IsId({ each: true })
  contactIds!: string[];

  @RequiredText(2000, { description: 'What the client contacts should know about the candidate (kept in the match history).' })
  note!: string;

  @OptionalText(2000, { description: "A summary the client's users read on the shortlisted profile, beside skills, availability and rate (never the CV)." })
  summary?: string | null;
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
