import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { BaseFilterInput } from '../../../core/graphql/list/base-filter.input.js';

@ObjectType('Skill')
export class SkillType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  category!: string;

  @Field(() => [String], { description: 'Other names people type ("k8s" for Kubernetes).' })
  aliases!: string[];
}

/** `q`: part of the name, or an exact alias. */
@InputType('SkillFilter')
export class SkillFilter extends BaseFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  category?: string;
}
