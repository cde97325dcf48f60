import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** `ids` and `q`, which every `XFilter` declares (ra-data-graphql-simple sends them). */
@InputType({ isAbstract: true })
export abstract class BaseFilterInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'ids must be UUIDs' })
  ids?: string[];

  @Field({ nullable: true, description: 'Free-text search (which fields depends on the resource).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/** An optional foreign-key filter (`clientId`, `ownerId`…): an ID that must be a UUID. */
export const IdFilterField = (name: string) =>
  applyDecorators(Field(() => ID, { nullable: true }), IsOptional(), IsUUID('all', { message: `${name} must be a UUID` }));
