import { ValidationPipe, type Type, type ValidationError } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import { IsISO8601, validate } from 'class-validator';
import { AppError, type FieldProblems } from '../errors/app-error.js';

function collect(errors: ValidationError[], prefix: string, out: FieldProblems): FieldProblems {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      // class-validator starts messages with the property name; the field key already says it.
      out[path] = Object.values(e.constraints)
        .map((m) => m.replace(new RegExp(`^${e.property} `), ''))
        .join('; ');
    }
    if (e.children?.length) collect(e.children, path, out);
  }
  return out;
}

/**
 * Validates a plain object against an argument class outside a request (a CSV row), with the
 * same rules and messages as the GraphQL pipe: the instance, or the problems by field.
 */
export async function validatePlain<T extends object>(type: Type<T>, plain: Record<string, unknown>): Promise<{ value: T; problems: FieldProblems }> {
  const value = plainToInstance(type, plain);
  const errors = await validate(value, { whitelist: true, forbidUnknownValues: true, validationError: { target: false, value: false } });
  return { value, problems: collect(errors, '', {}) };
}

/**
 * Validates every GraphQL argument class; failures answer BAD_USER_INPUT naming each field.
 * `expectedType` is for parameters whose declared type is a union (`Filter | null`): TypeScript
 * then records `Object` as their type, which the global pipe would not validate.
 */
export function createValidationPipe(expectedType?: Type<unknown>): ValidationPipe {
  return new ValidationPipe({
    expectedType,
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppError.badInput(collect(errors, '', {})),
  });
}

/** Trims string input; other values pass through for the validators to judge. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Trims and lower-cases (e-mail addresses). */
export const NormaliseEmail = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/** A calendar date as YYYY-MM-DD (no time, no other separators), named in the message. */
export const IsCalendarDate = (field: string) => IsISO8601({ strict: true, strictSeparator: true }, { message: `${field} must be a date as YYYY-MM-DD` });
