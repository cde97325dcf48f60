import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsId } from '../../validation/validation.js';

/** `ids` and `q`, which every `XFilter` declares (ra-data-graphql-simple sends them). */
@InputType({ isAbstract: true })
export abstract class BaseFilterInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsId({ each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Free-text search (which fields depends on the resource).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/** An optional foreign-key filter (`clientId`, `ownerId`…): an id, as every id argument. */
export const IdFilterField = () => applyDecorators(Field(() => ID, { nullable: true }), IsOptional(), IsId());
