import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { GAP_STATUSES, RECOMMENDATION_OPTIONS, RECOMMENDATION_STATES } from '@orchestra/shared';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { GapStatus, RecommendationOption, RecommendationState } from '../../../core/graphql/enums.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';
import { IdempotentArgs } from '../../../core/idempotency/idempotent.args.js';
import { Trim } from '../../../core/validation/validation.js';
import { IdField } from '../../../core/validation/fields.js';

@InputType('CapabilityGapFilter')
export class CapabilityGapFilter extends BaseFilterInput {
  @IdFilterField()
  assessmentId?: string;

  @IdFilterField()
  engagementId?: string;

  @IdFilterField()
  capabilityId?: string;

  @Field(() => GapStatus, { nullable: true })
  @IsOptional()
  @IsIn(GAP_STATUSES, { message: `status must be one of ${GAP_STATUSES.join(', ')}` })
  status?: GapStatus;
}

@InputType('RecommendationFilter')
export class RecommendationFilter extends BaseFilterInput {
  @IdFilterField()
  assessmentId?: string;

  @IdFilterField()
  gapId?: string;

  @Field(() => RecommendationState, { nullable: true })
  @IsOptional()
  @IsIn(RECOMMENDATION_STATES, { message: `state must be one of ${RECOMMENDATION_STATES.join(', ')}` })
  state?: RecommendationState;

  @Field(() => RecommendationOption, { nullable: true })
  @IsOptional()
  @IsIn(RECOMMENDATION_OPTIONS, { message: `option must be one of ${RECOMMENDATION_OPTIONS.join(', ')}` })
  option?: RecommendationOption;
}

@ArgsType()
export class AcceptRecommendationArgs extends IdempotentArgs {
  @IdField()
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why, for the decision log.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'What the client reads about this decision in the published report (the reason stays internal).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  noteToClient?: string | null;
}

@ArgsType()
export class RejectRecommendationArgs extends IdempotentArgs {
  @IdField()
  id!: string;

  @Field({ description: 'Why not: it goes into the decision log.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'reason must not be empty' })
  @MaxLength(2000)
  reason!: string;

  @Field(() => String, { nullable: true, description: 'What the client reads about this decision in the published report (the reason stays internal).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  noteToClient?: string | null;
}

@ArgsType()
export class OverrideRecommendationArgs extends IdempotentArgs {
  @IdField()
  gapId!: string;

  @Field(() => RecommendationOption, { description: 'The option chosen instead of the ranking.' })
  @IsIn(RECOMMENDATION_OPTIONS, { message: `option must be one of ${RECOMMENDATION_OPTIONS.join(', ')}` })
  option!: RecommendationOption;

  @Field({ description: 'Why the ranking is set aside: it goes into the decision log.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'reason must not be empty' })
  @MaxLength(2000)
  reason!: string;

  @Field(() => String, { nullable: true, description: 'What the client reads about this decision in the published report (the reason stays internal).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  noteToClient?: string | null;
}
