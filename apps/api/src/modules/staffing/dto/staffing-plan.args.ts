import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { MAX_PLAN_CANDIDATES_PER_ROLE, MAX_PLAN_ROLES, PLAN_CANDIDATES_PER_ROLE, STAFFING_PLAN_STATUSES } from '@orchestra/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { StaffingPlanStatus } from '../../../core/graphql/enums.js';
import { BaseFilterInput } from '../../../core/graphql/list/base-filter.input.js';
import { IsId } from '../../../core/validation/validation.js';
import { IdField } from '../../../core/validation/fields.js';

/** The largest cap an Int carries: 21,474,836.47 in a two-decimal currency. */
const MAX_CAP_MINOR = 2_147_483_647;

@InputType('StaffingPinInput')
export class StaffingPinInput {
  @IdField()
  roleId!: string;

  @IdField()
  candidateId!: string;
}

/** What a person may set before solving: pins, exclusions, a cap. */
@ArgsType()
export class StaffingConstraintsArgs {
  @Field(() => [StaffingPinInput], { nullable: true, description: 'People who must take these roles.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PLAN_ROLES)
  @ValidateNested({ each: true })
  @Type(() => StaffingPinInput)
  pins?: StaffingPinInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'People the plan must leave out.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsId({ each: true })
  excludedCandidateIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: "Cap on the plan's total cost (day rate × allocation, or salary for permanent roles) in minor units of the roles' one currency." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CAP_MINOR)
  budgetCapMinor?: number | null;
}

@ArgsType()
export class CreateStaffingPlanArgs extends StaffingConstraintsArgs {
  @Field(() => [ID], { nullable: true, description: `The open roles to staff (1–${MAX_PLAN_ROLES}); or give engagementId for all its open roles.` })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PLAN_ROLES)
  @ArrayUnique()
  @IsId({ each: true })
  roleIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: "All the engagement's open roles." })
  @IsOptional()
  @IsId()
  engagementId?: string | null;

  @Field(() => Int, { nullable: true, description: `Candidates considered per role, best first (1–${MAX_PLAN_CANDIDATES_PER_ROLE}, default ${PLAN_CANDIDATES_PER_ROLE}).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PLAN_CANDIDATES_PER_ROLE)
  candidatesPerRole?: number | null;
}

@ArgsType()
export class RerunStaffingPlanArgs extends StaffingConstraintsArgs {
  @IdField()
  id!: string;
}

@InputType('StaffingPlanFilter')
export class StaffingPlanFilter extends BaseFilterInput {
  @Field(() => StaffingPlanStatus, { nullable: true })
  @IsOptional()
  @IsIn(STAFFING_PLAN_STATUSES, { message: `status must be one of ${STAFFING_PLAN_STATUSES.join(', ')}` })
  status?: StaffingPlanStatus;
}
