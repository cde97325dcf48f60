import { ArgsType, Field, ID, InputType, OmitType } from '@nestjs/graphql';
import { BUDGET_BANDS, ENGAGEMENT_STAGES, NEED_HORIZONS, STAGE_NOTE_MAX_LENGTH, URGENCIES } from '@orchestra/shared';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { BudgetBand, EngagementStage, NeedHorizon, Urgency } from '../../../core/graphql/enums.js';
import { IsCalendarDate, IsId, NotNull, Nullable, OptionalNotNull, Trim, UpdateArgsType } from '../../../core/validation/validation.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';
import { IdempotentArgs } from '../../../core/idempotency/idempotent.args.js';
import { IdField, NameField, RequiredText } from '../../../core/validation/fields.js';

const oneOf = (field: string, values: readonly string[]) => ({ message: `${field} must be one of ${values.join(', ')}` });

@ArgsType()
export class CreateEngagementArgs {
  @IdField()
  clientId!: string;

  @Field(() => ID, { description: 'A CONSULTANT.' })
  @NotNull()
  @IsId()
  ownerId!: string;

  @NameField()
  title!: string;

  @RequiredText(5000, { description: "The problem in the client's words." })
  businessNeed!: string;

  @Field(() => NeedHorizon, { nullable: true, description: 'UNKNOWN when left out on create.' })
  @OptionalNotNull()
  @IsIn(NEED_HORIZONS, oneOf('horizon', NEED_HORIZONS))
  horizon?: NeedHorizon;

  @Field(() => Urgency, { nullable: true, description: 'MEDIUM when left out on create.' })
  @OptionalNotNull()
  @IsIn(URGENCIES, oneOf('urgency', URGENCIES))
  urgency?: Urgency;

  @Field(() => BudgetBand, { nullable: true, description: 'UNKNOWN when left out on create.' })
  @OptionalNotNull()
  @IsIn(BUDGET_BANDS, oneOf('budgetBand', BUDGET_BANDS))
  budgetBand?: BudgetBand;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Nullable()
  @IsCalendarDate()
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before startDate.' })
  @Nullable()
  @IsCalendarDate()
  endDate?: string | null;
}

/** Every field optional; a stage change follows the same rules as moveEngagementStage. */
@ArgsType()
export class UpdateEngagementArgs extends UpdateArgsType(OmitType(CreateEngagementArgs, ['clientId'], ArgsType)) {
  @IdField()
  id!: string;

  @Field(() => EngagementStage, { nullable: true })
  @OptionalNotNull()
  @IsIn(ENGAGEMENT_STAGES, oneOf('stage', ENGAGEMENT_STAGES))
  stage?: EngagementStage;
}

@ArgsType()
export class MoveEngagementStageArgs extends IdempotentArgs {
  @IdField()
  id!: string;

  @Field(() => EngagementStage)
  @IsIn(ENGAGEMENT_STAGES, oneOf('stage', ENGAGEMENT_STAGES))
  stage!: EngagementStage;

  @Field(() => String, { nullable: true, description: 'Why, for the timeline. Required for LOST.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(STAGE_NOTE_MAX_LENGTH, { message: `note must be at most ${STAGE_NOTE_MAX_LENGTH} characters: shorten it` })
  note?: string | null;
}

@ArgsType()
export class ReopenEngagementArgs extends IdempotentArgs {
  @IdField()
  id!: string;

  @RequiredText(STAGE_NOTE_MAX_LENGTH, { description: 'Why it is reopened, for the timeline.' })
  reason!: string;
}

/** `q`: Full-text search over title and business need. */
@InputType('EngagementFilter')
export class EngagementFilter extends BaseFilterInput {
  @IdFilterField()
  clientId?: string;

  @IdFilterField()
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
  @IsCalendarDate()
  startDate_gte?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startDate_lte?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endDate_gte?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endDate_lte?: string;
}
