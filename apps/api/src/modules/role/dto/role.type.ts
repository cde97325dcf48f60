import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MatchStage, RecommendationOption, RoleStatus, Seniority } from '../../../core/graphql/enums.js';

@ObjectType('RequiredSkill')
export class RequiredSkillType {
  @Field(() => ID)
  skillId!: string;

  @Field({ description: 'The skill name.' })
  skill!: string;

  @Field(() => Int, { description: '1–5' })
  minLevel!: number;

  @Field()
  mustHave!: boolean;

  @Field(() => Int)
  weight!: number;
}

@ObjectType('MatchStageCount')
export class MatchStageCountType {
  @Field(() => MatchStage)
  stage!: MatchStage;

  @Field(() => Int)
  count!: number;
}

@ObjectType('Role', { description: 'Demand: a role an accepted option needs, or one created by hand.' })
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

  @Field(() => Seniority)
  seniority!: Seniority;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate!: string | null;

  @Field()
  permanent!: boolean;

  @Field(() => Int, { nullable: true })
  durationWeeks!: number | null;

  @Field(() => Int, { description: 'Allocation % the role needs.' })
  allocation!: number;

  @Field(() => Int, { nullable: true, description: 'Day-rate band, or yearly salary band when permanent (minor units).' })
  budgetMinMinor!: number | null;

  @Field(() => Int, { nullable: true })
  budgetMaxMinor!: number | null;

  @Field()
  currency!: string;

  @Field(() => Int, { description: "Hours of overlap needed with the client's core hours (0–8)." })
  minOverlapHours!: number;

  @Field(() => RoleStatus)
  status!: RoleStatus;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
