import type { Type } from '@nestjs/common';
import { Args } from '@nestjs/graphql';
import { createValidationPipe } from '../../validation/validation.js';

/**
 * The optional `filter` argument of `allXs` and `_allXsMeta`, validated as `type` (its parameter is
 * typed `XFilter | null`, which reflection reports as Object, so the global pipe alone would skip it).
 */
export const FilterArg = (type: Type<unknown>) => Args('filter', { type: () => type, nullable: true }, createValidationPipe(type));
