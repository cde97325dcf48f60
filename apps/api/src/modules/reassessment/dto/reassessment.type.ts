import { Field, Float, ObjectType } from '@nestjs/graphql';
import { InterventionKind, Movement } from '../../../core/graphql/enums.js';

@ObjectType('Intervention', { description: 'Something done about a capability between two assessments.' })
export class InterventionType {
  @Field(() => InterventionKind)
  kind!: InterventionKind;

  @Field({ description: '"Ana Principal\'s placement as Delivery lead", "the accepted review".' })
  label!: string;

  @Field({ description: 'YYYY-MM-DD' })
  on!: string;
}

@ObjectType('CapabilityChange')
export class CapabilityChangeType {
  @Field()
  key!: string;

  @Field()
  name!: string;

  @Field()
  areaName!: string;

  @Field(() => Float)
  target!: number;

  @Field(() => Float, { nullable: true })
  current!: number | null;

  @Field(() => Float, { nullable: true, description: 'In the previous assessment.' })
  previous!: number | null;

  @Field(() => Float, { nullable: true, description: 'In the first assessment of the line.' })
  baseline!: number | null;

  @Field(() => Float, { nullable: true, description: 'current − previous.' })
  change!: number | null;

  @Field(() => Float, { nullable: true, description: 'current − baseline.' })
  changeFromBaseline!: number | null;

  @Field(() => Float, { nullable: true, description: 'The combined spread: a smaller change is within noise.' })
  noise!: number | null;

  @Field(() => Movement)
  movement!: Movement;

  @Field(() => [InterventionType], { description: 'Between the previous assessment and this one, oldest first.' })
  interventions!: InterventionType[];
}

@ObjectType('ReassessmentChanges', { description: 'What changed since the previous assessment, and what was done in between.' })
export class ReassessmentChangesType {
  @Field()
  previousTitle!: string;

  @Field()
  baselineTitle!: string;

  @Field()
  summary!: string;

  @Field(() => [CapabilityChangeType])
  capabilities!: CapabilityChangeType[];

  @Field(() => [String], { description: 'Capabilities that rose or fell with no intervention recorded.' })
  movedWithoutIntervention!: string[];
}
