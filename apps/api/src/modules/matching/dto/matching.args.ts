import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { MATCH_STAGES, MAX_PER_PAGE } from '@orchestra/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MatchStage } from '../../../core/graphql/enums.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';
import { IdempotentArgs } from '../../../core/idempotency/idempotent.args.js';
import { IsCalendarDate, Trim } from '../../../core/validation/validation.js';
import { IdField } from '../../../core/validation/fields.js';

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
