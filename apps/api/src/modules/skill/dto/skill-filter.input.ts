import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { BaseFilterInput } from '../../../core/graphql/list/base-filter.input.js';

/** `q`: part of the name, or an exact alias. */
@InputType('SkillFilter')
export class SkillFilter extends BaseFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  category?: string;
}
