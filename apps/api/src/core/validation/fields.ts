import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsId, NotNull, Nullable, Trim } from './validation.js';

/**
 * The GraphQL field and its rules as one decorator, for the kinds of value that recur across
 * args and inputs: one place decides what an id, a name or a free text accepts.
 */
interface Described {
  description?: string;
}

/** A required id: `ID!`, a UUID in any case, stored and compared lower-case. */
export const IdField = (options: Described = {}) => applyDecorators(Field(() => ID, options), IsId());

/** A required text: trimmed, not empty, at most `max` characters; an update may leave it out but never clear it. */
export const RequiredText = (max: number, options: Described = {}) =>
  applyDecorators(Field(options), NotNull(), Trim(), IsString(), IsNotEmpty({ message: '$property must not be empty' }), MaxLength(max));

/** A required name or title: a required text of at most 200 characters. */
export const NameField = (options: Described = {}) => RequiredText(200, options);

/** An optional free text of at most `max` characters: null clears it; trimmed unless `trim: false` (e.g. notes keep their layout). */
export const OptionalText = (max: number, { trim = true, ...options }: Described & { trim?: boolean } = {}) =>
  applyDecorators(Field(() => String, { nullable: true, ...options }), Nullable(), ...(trim ? [Trim()] : []), IsString(), MaxLength(max));
