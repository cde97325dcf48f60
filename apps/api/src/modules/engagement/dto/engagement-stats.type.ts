import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EngagementStage } from '../../../core/graphql/enums.js';

@ObjectType('StageCount')
export class StageCountType {
  @Field(() => EngagementStage)
  stage!: EngagementStage;

  @Field(() => Int)
  count!: number;
}

@ObjectType('OwnerCount')
export class OwnerCountType {
  @Field(() => ID)
  ownerId!: string;

  @Field()
  ownerName!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('MonthCount')
export class MonthCountType {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('EngagementStats', { description: 'Dashboard figures, computed in SQL within what the reader may see.' })
export class EngagementStatsType {
  @Field(() => [StageCountType], { description: 'Every stage, zeros included, in lifecycle order.' })
  byStage!: StageCountType[];

  @Field(() => [OwnerCountType], { description: 'Open engagements per owner, most first.' })
  openByOwner!: OwnerCountType[];

  @Field(() => [MonthCountType], { description: 'Engagements by start date, the last 12 months including this one, oldest first.' })
  startedByMonth!: MonthCountType[];
}
