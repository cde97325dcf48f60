import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { BUDGET_BANDS, ENGAGEMENT_STAGES, NEED_HORIZONS, URGENCIES } from '@orchestra/shared';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { BudgetBand, EngagementStage, NeedHorizon, Urgency } from '../../../core/graphql/enums.js';
import { IsCalendarDate, Trim } from '../../../core/validation/validation.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';
import { IdempotentArgs } from '../../../core/idempotency/idempotent.args.js';

const oneOf = (field: string, values: readonly string[]) => ({ message: `${field} must be one of ${values.join(', ')}` });

@ArgsType()
export class CreateEngagementArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId!: string;

  @Field(() => ID, { description: 'A CONSULTANT.' })
  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(200)
  title!: string;

  @Field({ description: "The problem in the client's words." })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'businessNeed must not be empty' })
  @MaxLength(5000)
  businessNeed!: string;

  @Field(() => NeedHorizon, { nullable: true, description: 'UNKNOWN when left out on create.' })
  @IsOptional()
  @IsIn(NEED_HORIZONS, oneOf('horizon', NEED_HORIZONS))
  horizon?: NeedHorizon;

  @Field(() => Urgency, { nullable: true, description: 'MEDIUM when left out on create.' })
  @IsOptional()
  @IsIn(URGENCIES, oneOf('urgency', URGENCIES))
  urgency?: Urgency;

  @Field(() => BudgetBand, { nullable: true, description: 'UNKNOWN when left out on create.' })
  @IsOptional()
  @IsIn(BUDGET_BANDS, oneOf('budgetBand', BUDGET_BANDS))
  budgetBand?: BudgetBand;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate('startDate')
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before startDate.' })
  @IsOptional()
  @IsCalendarDate('endDate')
  endDate?: string | null;
}

/**
 * Every field optional; a stage change follows the same rules as moveEngagementStage. The create
 * args declare no GraphQL defaults: PartialType would carry them here and reset what is left out.
 */
@ArgsType()
export class UpdateEngagementArgs extends PartialType(OmitType(CreateEngagementArgs, ['clientId'], ArgsType), ArgsType) {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => EngagementStage, { nullable: true })
  @IsOptional()
  @IsIn(ENGAGEMENT_STAGES, oneOf('stage', ENGAGEMENT_STAGES))
  stage?: EngagementStage;
}

@ArgsType()
export class MoveEngagementStageArgs extends IdempotentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => EngagementStage)
  @IsIn(ENGAGEMENT_STAGES, oneOf('stage', ENGAGEMENT_STAGES))
  stage!: EngagementStage;

  @Field(() => String, { nullable: true, description: 'Why, for the timeline.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

/** `q`: Full-text search over title and business need. */
@InputType('EngagementFilter')
export class EngagementFilter extends BaseFilterInput {
  @IdFilterField('clientId')
  clientId?: string;

  @IdFilterField('ownerId')
  ownerId?: string;

  @Field(() => EngagementStage, { nullable: true })
  @IsOptional()
  @IsIn(ENGAGEMENT_STAGES, oneOf('stage', ENGAGEMENT_STAGES))
  stage?: EngagementStage;

  @Field(() => [EngagementStage], { nullable: true, description: 'Any of these stages (e.g. the open ones).' })
  @IsOptional()
  @IsIn(ENGAGEMENT_STAGES, { each: true, message: `stages must each be one of ${ENGAGEMENT_STAGES.join(', ')}` })
  stages?: EngagementStage[];

  @Field(() => Urgency, { nullable: true })
  @IsOptional()
  @IsIn(URGENCIES, oneOf('urgency', URGENCIES))
  urgency?: Urgency;

  @Field(() => NeedHorizon, { nullable: true })
  @IsOptional()
  @IsIn(NEED_HORIZONS, oneOf('horizon', NEED_HORIZONS))
  horizon?: NeedHorizon;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate('startDate_gte')
  startDate_gte?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate('startDate_lte')
  startDate_lte?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate('endDate_gte')
  endDate_gte?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate('endDate_lte')
  endDate_lte?: string;
}
