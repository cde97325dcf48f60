import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { RecommendationOption } from '../../../core/graphql/enums.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';

@ObjectType('RequiredSkill')
export class RequiredSkillType {
  @Field()
  skill!: string;

  @Field(() => Int, { description: '1–5' })
  minLevel!: number;

  @Field()
  mustHave!: boolean;

  @Field(() => Int)
  weight!: number;
}

@ObjectType('Role', { description: 'Demand: a role an accepted option needs.' })
export class RoleType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field(() => ID)
  engagementId!: string;

  @Field(() => ID, { nullable: true })
  gapId!: string | null;

  @Field(() => ID, { nullable: true })
  recommendationId!: string | null;

  @Field()
  title!: string;

  @Field(() => RecommendationOption)
  optionType!: RecommendationOption;

  @Field(() => [RequiredSkillType])
  requiredSkills!: RequiredSkillType[];

  @Field()
  seniority!: string;

  @Field(() => String, { nullable: true })
  startDate!: string | null;

  @Field()
  permanent!: boolean;

  @Field(() => Int, { nullable: true })
  durationWeeks!: number | null;

  @Field(() => Int)
  allocation!: number;

  @Field()
  status!: string;

  @Field()
  createdAt!: Date;
}

@InputType('RoleFilter')
export class RoleFilter extends BaseFilterInput {
  @IdFilterField('engagementId')
  engagementId?: string;

  @IdFilterField('gapId')
  gapId?: string;
}
