import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CapabilityNature, FrameworkStatus, QuestionType } from '../../../core/graphql/enums.js';

@ObjectType('CapabilityFramework')
export class CapabilityFrameworkType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  description!: string;

  @Field(() => FrameworkStatus)
  status!: FrameworkStatus;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('CapabilityArea')
export class CapabilityAreaType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  frameworkId!: string;

  @Field()
  key!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => Int)
  position!: number;
}

@ObjectType('Capability')
export class CapabilityType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  frameworkId!: string;

  @Field(() => ID)
  areaId!: string;

  @Field()
  key!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => CapabilityNature)
  nature!: CapabilityNature;

  @Field(() => Float)
  weight!: number;

  @Field(() => [String], { description: 'Levels 1 (Initial) to 5 (Optimising), in order.' })
  levels!: string[];

  @Field(() => [String], { description: 'Skills that address a gap on this capability.' })
  skills!: string[];

  @Field(() => Int)
  defaultTarget!: number;

  @Field(() => Int)
  position!: number;
}

@ObjectType('AssessmentTemplate')
export class AssessmentTemplateType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  frameworkId!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => Int)
  estimatedMinutes!: number;
}

@ObjectType('QuestionOption', { description: 'An option (or, on a SCALE question, an anchored label) and its score 1–5.' })
export class QuestionOptionType {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  score!: number;
}

@ObjectType('Question')
export class QuestionGqlType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  templateId!: string;

  @Field(() => ID)
  capabilityId!: string;

  @Field()
  key!: string;

  @Field()
  prompt!: string;

  @Field(() => String, { nullable: true })
  helpText!: string | null;

  @Field(() => QuestionType)
  type!: QuestionType;

  @Field(() => [QuestionOptionType])
  options!: QuestionOptionType[];

  @Field(() => Float)
  weight!: number;

  @Field()
  allowsDontKnow!: boolean;

  @Field(() => Int)
  position!: number;
}
