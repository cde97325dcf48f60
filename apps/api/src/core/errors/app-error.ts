import { ErrorCode } from '@orchestra/shared';

/** Field → what is wrong with it, returned in `extensions.fields`. */
export type FieldProblems = Record<string, string>;

/**
 * The one error type services throw. The GraphQL error formatter turns it into
 * `{ message, extensions: { code, fields? } }`; the message must say what to fix.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldProblems,
    /** A finer, stable reason for clients that act on it (e.g. TOKEN_EXPIRED), in `extensions.reason`. */
    readonly reason?: string,
    /** Data the client can act on, merged into `extensions` (e.g. `duplicates` of a candidate). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badInput(fields: FieldProblems): AppError {
    const summary = Object.entries(fields)
      .map(([f, p]) => `${f} ${p}`)
      .join('; ');
    return new AppError(ErrorCode.BAD_USER_INPUT, `Invalid input: ${summary}.`, fields);
  }

  static notFound(type: string, id: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${type} ${id} was not found.`);
  }

  static conflict(message: string): AppError {
    return new AppError(ErrorCode.CONFLICT, message);
  }

  static unauthenticated(message = 'You are not signed in, or your session expired: sign in again.'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'Your role does not allow this operation.'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }

  /** `what` says what was too many; the wait is in the message and in `extensions.retryAfterSeconds`. */
  static rateLimited(retryAfterSeconds: number, what = 'Too many attempts'): AppError {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    return new AppError(ErrorCode.RATE_LIMITED, `${what}: wait ${inWords(seconds)} before trying again.`, undefined, undefined, { retryAfterSeconds: seconds });
  }
}

function inWords(seconds: number): string {
  if (seconds === 1) return '1 second';
  if (seconds < 120) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
