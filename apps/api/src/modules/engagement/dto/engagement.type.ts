import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BudgetBand, EngagementStage, NeedHorizon, Urgency } from '../../../core/graphql/enums.js';
import { hiddenFromClients } from '../../../core/graphql/field-access.js';
import { UserSummaryType } from '../../../core/identity/user/dto/user-summary.type.js';

@ObjectType('EngagementStageChange', { description: 'One move on the engagement timeline.' })
export class EngagementStageChangeType {
  @Field(() => ID)
  id!: string;

  @Field(() => EngagementStage, { nullable: true, description: 'Null when the engagement was created.' })
  fromStage!: EngagementStage | null;

  @Field(() => EngagementStage)
  toStage!: EngagementStage;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ID, { nullable: true })
  changedById!: string | null;

  @Field(() => UserSummaryType, { nullable: true, description: 'Who moved it; null once that user is deleted.' })
  changedBy!: UserSummaryType | null;

  @Field()
  changedAt!: Date;
}

@ObjectType('Engagement')
export class EngagementType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field(() => ID)
  ownerId!: string;

  @Field()
  title!: string;

  @Field({ description: "The problem in the client's words." })
  businessNeed!: string;

  @Field(() => EngagementStage)
  stage!: EngagementStage;

  @Field(() => NeedHorizon)
  horizon!: NeedHorizon;

  @Field(() => Urgency)
  urgency!: Urgency;

  @Field(() => BudgetBand, { nullable: true, description: 'Null for CLIENT users.', middleware: [hiddenFromClients] })
  budgetBand!: BudgetBand | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Re-assess every this many days (null: not on a cadence).' })
  reassessEveryDays!: number | null;

  @Field({ description: 'Draft a re-assessment when the engagement closes.' })
  reassessOnClose!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the next scheduled re-assessment is drafted.' })
  reassessNextDueAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
