import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { StaffingPlanStatus } from '../../../core/graphql/enums.js';

@ObjectType('StaffingPin')
export class StaffingPinType {
  @Field(() => ID)
  roleId!: string;

  @Field(() => ID)
  candidateId!: string;
}

@ObjectType('StaffingAssignment', { description: 'Who one side of the comparison puts on a role (nobody: candidateId null).' })
export class StaffingAssignmentType {
  @Field(() => ID, { nullable: true })
  candidateId!: string | null;

  @Field(() => String, { nullable: true, description: "The candidate's name as it is now." })
  candidateName!: string | null;

  @Field(() => Float, { description: 'Match score, 0–100 (0 when nobody).' })
  score!: number;

  @Field(() => Float, { description: 'What the budget cap counts for this pair, in minor units of the roles’ currency.' })
  costMinor!: number;
}

@ObjectType('StaffingOption', { description: 'One of a role’s best eligible candidates when the plan was solved.' })
export class StaffingOptionType {
  @Field(() => ID)
  candidateId!: string;

  @Field()
  candidateName!: string;

  @Field(() => Float)
  score!: number;
}

@ObjectType('StaffingPlanRole', { description: 'One role of a plan: the optimal pick beside the greedy one, and why they differ.' })
export class StaffingPlanRoleType {
  @Field(() => ID)
  roleId!: string;

  @Field()
  title!: string;

  @Field(() => Int, { description: 'Eligible candidates the solver considered for this role.' })
  candidates!: number;

  @Field(() => [StaffingOptionType], { description: 'The role’s best five, best first: whom a person may pin or exclude.' })
  options!: StaffingOptionType[];

  @Field(() => StaffingAssignmentType)
  plan!: StaffingAssignmentType;

  @Field(() => StaffingAssignmentType)
  greedy!: StaffingAssignmentType;

  @Field(() => String, { nullable: true, description: 'Why the plan differs from greedy here, or why the role stays empty; null when both agree.' })
  reason!: string | null;
}

@ObjectType('StaffingPlanSide', { description: 'Totals of one side: the optimal plan or the greedy one.' })
export class StaffingPlanSideType {
  @Field(() => Float)
  totalScore!: number;

  @Field(() => Int)
  filled!: number;

  @Field(() => Float)
  totalCostMinor!: number;
}

@ObjectType('StaffingPlan', { description: 'Open roles assigned from one pool: the optimal plan beside the greedy one (DESIGN §6.3).' })
export class StaffingPlanType {
  @Field(() => ID)
  id!: string;

  @Field(() => StaffingPlanStatus)
  status!: StaffingPlanStatus;

  @Field(() => [ID])
  roleIds!: string[];

  @Field(() => Int, { description: 'Candidates considered per role (the ranking’s top N).' })
  candidatesPerRole!: number;

  @Field(() => [ID])
  excludedCandidateIds!: string[];

  @Field(() => Int, { nullable: true })
  budgetCapMinor!: number | null;

  @Field(() => String, { nullable: true })
  currency!: string | null;

  @Field(() => String, { nullable: true, description: 'HUNGARIAN or MILP.' })
  solver!: string | null;

  @Field(() => String, { nullable: true })
  solverVersion!: string | null;

  @Field(() => String, { nullable: true })
  modelVersion!: string | null;

  @Field(() => Int, { nullable: true, description: 'Milliseconds spent ranking the roles’ candidates.' })
  candidateListMs!: number | null;

  @Field(() => Int, { nullable: true, description: 'Milliseconds in the solver (optimal and greedy).' })
  solverMs!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last solve failed, in words.' })
  error!: string | null;

  @Field(() => ID, { nullable: true, description: 'The workflow run of the latest solve (progress, errors).' })
  runId!: string | null;

  @Field(() => Date, { nullable: true })
  solvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field()
  createdAt!: Date;
}
