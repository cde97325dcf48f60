import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsId } from '../../../core/validation/validation.js';
import { IdField } from '../../../core/validation/fields.js';
import { TEAM_POOL, TEAM_SIZE } from '../specialist-team.service.js';

@ArgsType()
export class SpecialistTeamArgs {
  @IdField({ description: 'A SPECIALIST_TEAM option whose roles are drafted (accepted on the report).' })
  recommendationId!: string;

  @Field(() => Int, { nullable: true, description: `Smallest team (1–${TEAM_SIZE.largest}, default ${TEAM_SIZE.min}).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(TEAM_SIZE.largest)
  minSize?: number | null;

  @Field(() => Int, { nullable: true, description: `Largest team (1–${TEAM_SIZE.largest}; default: one more than the drafted roles, at most ${TEAM_SIZE.max}).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(TEAM_SIZE.largest)
  maxSize?: number | null;

  @Field(() => Int, { nullable: true, description: "Cap on the members' total cost in minor units (default: the role's day-rate budget × allocation × the largest size)." })
  @IsOptional()
  @IsInt()
  @Min(0)
  budgetMinor?: number | null;

  @Field(() => Int, { nullable: true, description: `Candidates to choose from, best first (1–${TEAM_POOL.largest}, default ${TEAM_POOL.default}).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(TEAM_POOL.largest)
  candidatesConsidered?: number | null;
}

@ArgsType()
export class AcceptSpecialistTeamArgs extends SpecialistTeamArgs {
  @Field(() => [ID], { description: 'The members chosen (usually the exact team’s).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(TEAM_SIZE.largest)
  @ArrayUnique()
  @IsId({ each: true })
  candidateIds!: string[];
}
