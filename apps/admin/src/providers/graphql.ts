import { ErrorCode } from '@orchestra/shared';
import { HttpError } from 'react-admin';

/** Same origin: Vite (dev and preview) and the production proxy forward /graphql to the API. */
export const GRAPHQL_URL = '/graphql';

/** A GraphQL error as the API formats it (see the API's error formatter). */
export interface ApiGraphQLError {
  message: string;
  extensions?: { code?: string; fields?: Record<string, string>; reason?: string; duplicates?: DuplicateHint[] };
}

/** A likely duplicate the API names when it refuses a create (CONFLICT on createCandidate). */
export interface DuplicateHint {
  id: string;
  name: string;
  reasons: string[];
}

/** What an error raised by the admin's API calls carries in `HttpError.body`. */
export interface ApiErrorBody {
  code: string;
  /** Field → problem, from `extensions.fields` (BAD_USER_INPUT, some CONFLICTs). */
  fields?: Record<string, string>;
  /** react-admin's server-side validation shape: shown under the inputs of a form. */
  errors?: Record<string, unknown>;
  /** A finer, stable reason some errors carry (e.g. TOKEN_EXPIRED on an invitation link). */
  reason?: string;
  /** From `extensions.duplicates`: the records a create would duplicate. */
  duplicates?: DuplicateHint[];
}

/** Not an API code: the request never got a GraphQL answer. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

const STATUS_OF_CODE: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL]: 500,
};

/**
 * Turns an API GraphQL error into the error react-admin understands: the message is the API's
 * (it says what to fix), `status` follows the code, and field problems go to `body.errors` so
 * forms show them next to the inputs.
 */
export function httpErrorFromGraphQL(error: ApiGraphQLError): HttpError {
  const code = error.extensions?.code ?? ErrorCode.INTERNAL;
  const fields = error.extensions?.fields;
  const body: ApiErrorBody = { code };
  if (error.extensions?.reason) body.reason = error.extensions.reason;
  if (Array.isArray(error.extensions?.duplicates)) body.duplicates = error.extensions.duplicates;
  if (fields && Object.keys(fields).length > 0) {
    body.fields = fields;
    body.errors = { ...fields, root: { serverError: error.message } };
  }
  return new HttpError(error.message, STATUS_OF_CODE[code] ?? 500, body);
}

export function networkError(detail?: string): HttpError {
  const message = 'The server cannot be reached: check your connection and try again.';
  return new HttpError(detail ? `${message} (${detail})` : message, 0, { code: NETWORK_ERROR } satisfies ApiErrorBody);
}

/** The API code of an error thrown by `request` or by the data provider, if any. */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const body = (error as { body?: unknown }).body;
  if (typeof body === 'object' && body !== null && typeof (body as ApiErrorBody).code === 'string') return (body as ApiErrorBody).code;
  return undefined;
}

/** The API's `extensions.reason` of an error, if any. */
export function errorReasonOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const body = (error as { body?: unknown }).body;
  return typeof body === 'object' && body !== null ? (body as ApiErrorBody).reason : undefined;
}

/** The likely duplicates a refused create named (`extensions.duplicates`), or an empty list. */
export function duplicatesOf(error: unknown): DuplicateHint[] {
  if (typeof error !== 'object' || error === null) return [];
  const body = (error as { body?: unknown }).body;
  const duplicates = typeof body === 'object' && body !== null ? (body as ApiErrorBody).duplicates : undefined;
  return Array.isArray(duplicates) ? duplicates : [];
}

export function fieldProblemsOf(error: unknown): Record<string, string> {
  if (typeof error !== 'object' || error === null) return {};
  const body = (error as { body?: unknown }).body;
  return (typeof body === 'object' && body !== null && (body as ApiErrorBody).fields) || {};
}
