import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TeamSkill', { description: 'A skill the team must cover, at a minimum level, with its weight.' })
export class TeamSkillType {
  @Field(() => ID)
  skillId!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  minLevel!: number;

  @Field(() => Float)
  weight!: number;
}

@ObjectType('TeamSkillCoverer')
export class TeamSkillCovererType {
  @Field(() => ID)
  candidateId!: string;

  @Field()
  candidateName!: string;

  @Field(() => Int)
  level!: number;
}

@ObjectType('TeamSkillCoverage', { description: 'Who covers a skill in a team (empty: uncovered).' })
export class TeamSkillCoverageType {
  @Field(() => ID)
  skillId!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  minLevel!: number;

  @Field(() => [TeamSkillCovererType], { description: 'Best level first.' })
  coveredBy!: TeamSkillCovererType[];
}

@ObjectType('TeamAlternative', { description: 'The best replacement for a member from outside the team, and what swapping costs.' })
export class TeamAlternativeType {
  @Field(() => ID)
  candidateId!: string;

  @Field()
  candidateName!: string;

  @Field(() => Float, { description: 'Share of the weighted coverage lost (0–1); 0 = the same coverage.' })
  coverageLoss!: number;

  @Field(() => Float, { description: 'Match score lost (negative: gained).' })
  scoreLoss!: number;
}

@ObjectType('TeamMember')
export class TeamMemberType {
  @Field(() => ID)
  candidateId!: string;

  @Field()
  candidateName!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => Float)
  costMinor!: number;

  @Field(() => [String], { description: 'Skills only this member covers in the team.' })
  uniqueSkills!: string[];

  @Field(() => TeamAlternativeType, { nullable: true })
  alternative!: TeamAlternativeType | null;

  @Field({ description: 'What the member brings and who would replace them, in words.' })
  explanation!: string;
}

@ObjectType('TeamChoice', { description: 'One team: greedy set cover or the exact programme.' })
export class TeamChoiceType {
  @Field(() => [TeamMemberType])
  members!: TeamMemberType[];

  @Field(() => Float, { description: 'Covered weight ÷ total weight, 0–1.' })
  coverage!: number;

  @Field(() => Float)
  totalScore!: number;

  @Field(() => Float)
  totalCostMinor!: number;

  @Field(() => [TeamSkillCoverageType])
  skills!: TeamSkillCoverageType[];

  @Field(() => [String])
  uncovered!: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the day the whole team can start.' })
  availableFrom!: string | null;

  @Field(() => Float, { description: 'Hours of a 09:00–17:00 local day every member shares.' })
  sharedHours!: number;
}

@ObjectType('SpecialistTeam', { description: 'A team that covers a specialist-team option’s skills: greedy beside exact (DESIGN §6.4).' })
export class SpecialistTeamType {
  @Field(() => ID)
  recommendationId!: string;

  @Field(() => [TeamSkillType])
  skills!: TeamSkillType[];

  @Field(() => Int)
  minSize!: number;

  @Field(() => Int)
  maxSize!: number;

  @Field(() => Float, { nullable: true, description: "Cap on the members' total cost (minor units); none when null." })
  budgetMinor!: number | null;

  @Field(() => Int, { description: 'Candidates the team was chosen from (the ranking’s top N, skills not required of one person).' })
  candidatesConsidered!: number;

  @Field({ description: 'How far greedy can be from the best, in words.' })
  bound!: string;

  @Field(() => TeamChoiceType)
  greedy!: TeamChoiceType;

  @Field(() => TeamChoiceType)
  exact!: TeamChoiceType;
}
