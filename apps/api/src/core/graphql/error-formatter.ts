import { HttpException } from '@nestjs/common';
import { ErrorCode } from '@orchestra/shared';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import { AppError } from '../errors/app-error.js';
import { describeDatabaseError, type PgErrorFields } from '../errors/database-error.js';

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.BAD_USER_INPUT,
  429: ErrorCode.RATE_LIMITED,
};

const INTERNAL_MESSAGE = 'Something went wrong on our side; it has been logged. Try again, and report it if it persists.';

interface Classified {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
  reason?: string;
  details?: Record<string, unknown>;
  /** Set for unexpected errors: logged, and shown only in development. */
  internal?: unknown;
  /** HTTP status for errors raised before execution (CSRF check, body limit, malformed body). */
  status?: number;
}

/** A deeply nested value (variables, a literal) overflowed the stack somewhere on its way in. */
const STACK_OVERFLOW = /Maximum call stack size exceeded/;
const TOO_DEEP = 'The request nests values too deeply: flatten it.';

const internal = (cause: unknown): Classified => ({ code: ErrorCode.INTERNAL, message: INTERNAL_MESSAGE, internal: cause });

function classify(error: GraphQLError, production: boolean): Classified {
  const original = error.originalError;
  if (original instanceof AppError) return { code: original.code, message: original.message, fields: original.fields, reason: original.reason, details: original.details };
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()];
    return code ? { code, message: original.message } : internal(original);
  }
  if (original instanceof QueryFailedError) {
    const described = describeDatabaseError(original.driverError as PgErrorFields);
    return described ?? internal(original);
  }
  // Thrown as it is during execution, or wrapped by Mercurius when parsing the document failed.
  if ((original instanceof RangeError || (!original && !error.path)) && STACK_OVERFLOW.test(error.message)) {
    return { code: ErrorCode.BAD_USER_INPUT, message: TOO_DEEP, status: error.path ? undefined : 400 };
  }
  const httpStatus = (original as { statusCode?: unknown } | undefined)?.statusCode;
  if (typeof httpStatus === 'number' && httpStatus >= 400 && httpStatus < 500) {
    // Fastify/Mercurius request errors: a malformed body, a CSRF-blocked request, a body too large.
    return { code: HTTP_CODES[httpStatus] ?? ErrorCode.BAD_USER_INPUT, message: error.message, status: httpStatus };
  }
  if (!original || original instanceof GraphQLError) {
    // Raised during execution (it has a path): a broken result, e.g. null for a non-null field.
    if (error.path) return internal(error);
    // Before execution: the document or its variables are wrong — the caller's input.
    const message = production ? error.message.replace(/ Did you mean .*\?$/, '') : error.message;
    return { code: ErrorCode.BAD_USER_INPUT, message };
  }
  return internal(original);
}

/**
 * Mercurius error formatter: every error leaves with `extensions.code` and a message that says
 * what to fix; unexpected errors are logged with their stack and masked (the detail and stack are
 * shown only in development).
 */
export function createErrorFormatter(logger: Logger, opts: { production: boolean; development: boolean }) {
  return (execution: ExecutionResult & { errors: readonly GraphQLError[] }, ctx: unknown) => {
    // The request's own logger carries its request id.
    const log = (ctx as { reply?: { log?: Logger } } | undefined)?.reply?.log ?? logger;
    // Mercurius wraps request validation failures in one error holding the list.
    const flat: GraphQLError[] = execution.errors.flatMap((e) => {
      const inner = (e.originalError as { errors?: unknown } | undefined)?.errors;
      return Array.isArray(inner) ? inner.map((x) => (x instanceof GraphQLError ? x : new GraphQLError(String((x as Error).message ?? x)))) : [e];
    });
    let requestStatus: number | undefined;
    const errors: GraphQLFormattedError[] = flat.map((error) => {
      const c = classify(error, opts.production);
      requestStatus ??= c.status;
      if (c.internal) log.error({ err: c.internal, path: error.path }, 'Unhandled error in GraphQL operation');
      const extensions: Record<string, unknown> = { code: c.code };
      if (c.fields) extensions['fields'] = c.fields;
      if (c.reason) extensions['reason'] = c.reason;
      if (c.details) Object.assign(extensions, c.details);
      if (opts.development && c.internal instanceof Error) {
        extensions['detail'] = c.internal.message;
        extensions['stack'] = c.internal.stack?.split('\n');
      }
      return { message: c.message, locations: error.locations, path: error.path, extensions };
    });
    // Execution errors travel with HTTP 200 (react-admin reads extensions.code); a request that
    // never reached execution because it is malformed answers 400 (or its own 4xx).
    const statusCode = requestStatus ?? (execution.data === undefined ? 400 : 200);
    return { statusCode, response: { data: execution.data ?? null, errors } };
  };
}
