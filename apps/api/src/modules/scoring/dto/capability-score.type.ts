import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { RespondentRole } from '../../../core/graphql/enums.js';

@ObjectType('RoleScore', { description: 'A capability as one respondent role sees it.' })
export class RoleScoreType {
  @Field(() => RespondentRole)
  respondentRole!: RespondentRole;

  @Field(() => Float, { nullable: true })
  current!: number | null;

  @Field(() => Int)
  respondents!: number;
}

@ObjectType('CapabilityScore', { description: 'Assessment × capability (DESIGN §4).' })
export class CapabilityScoreType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID)
  capabilityId!: string;

  @Field(() => Float, { nullable: true, description: '1.0–5.0; null when nobody answered.' })
  current!: number | null;

  @Field(() => Int)
  target!: number;

  @Field(() => Int)
  respondentCount!: number;

  @Field(() => Float, { nullable: true })
  spread!: number | null;

  @Field(() => Float)
  coverage!: number;

  @Field(() => Float)
  confidence!: number;

  @Field(() => [RoleScoreType])
  byRole!: RoleScoreType[];
}
