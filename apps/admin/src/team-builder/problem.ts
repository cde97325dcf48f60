import { ErrorCode } from '@orchestra/shared';
import type { ApiErrorBody } from '../providers/graphql';
import { errorCodeOf } from '../providers/graphql';
import { FIELD_LABELS } from './format';

/**
 * The API's words for a refusal: each field's problem with the field in words ("Smallest team:
 * must not be above maxSize (2)") for BAD_USER_INPUT, else the message (CONFLICT, an unreachable server…).
 */
export function problemOf(error: unknown, fallback: string): string {
  const body = typeof error === 'object' && error !== null ? (error as { body?: ApiErrorBody }).body : undefined;
  if (errorCodeOf(error) === ErrorCode.BAD_USER_INPUT && body?.fields && Object.keys(body.fields).length) {
    return Object.entries(body.fields)
      .map(([field, text]) => `${FIELD_LABELS[field] ?? field}: ${text.replace(/\.?$/, '.')}`)
      .join(' ');
  }
  return error instanceof Error && error.message ? error.message : fallback;
}
