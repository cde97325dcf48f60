import { applyDecorators, ValidationPipe, type ArgumentMetadata, type Type, type ValidationError } from '@nestjs/common';
import { ArgsType, PartialType } from '@nestjs/graphql';
import { plainToInstance, Transform } from 'class-transformer';
import { isISO8601, IsOptional, IsUUID, validate, ValidateBy, ValidateIf, type ValidationArguments } from 'class-validator';
import { AppError, type FieldProblems } from '../errors/app-error.js';
import { inputProblems } from './input-text.js';

const NOT_NULL = 'notNull';

function collect(errors: ValidationError[], prefix: string, out: FieldProblems): FieldProblems {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      // A refused null says only that: "must be a string" beside it would mislead.
      const messages = e.constraints[NOT_NULL] ? [e.constraints[NOT_NULL]] : Object.values(e.constraints);
      // class-validator starts messages with the property name; the field key already says it.
      out[path] = messages.map((m) => m.replace(new RegExp(`^${e.property} `), '')).join('; ');
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

const PIPE_OPTIONS = {
  transform: true,
  whitelist: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors: ValidationError[]) => AppError.badInput(collect(errors, '', {})),
} as const;

/**
 * Validates an argument class; failures answer BAD_USER_INPUT naming each field. For parameters
 * whose declared type is a union (`Filter | null`): TypeScript records `Object` as their type,
 * which the global pipe would not validate, so `expectedType` names the class.
 */
export function createValidationPipe(expectedType?: Type<unknown>): ValidationPipe {
  return expectedType ? new TypedValidationPipe(expectedType) : new ValidationPipe(PIPE_OPTIONS);
}

/**
 * An absent argument (a list's `filter` left out) is validated as an empty instance of its class:
 * the same answer every time, so it is worked out on the first one and then only the instance is
 * made (class-validator looks its metadata up anew on every call).
 */
class TypedValidationPipe extends ValidationPipe {
  private emptyIsValid?: boolean;

  constructor(private readonly type: Type<unknown>) {
    super({ ...PIPE_OPTIONS, expectedType: type });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (value !== null && value !== undefined) return super.transform(value, metadata);
    if (this.emptyIsValid) return plainToInstance(this.type, {});
    try {
      const result = await super.transform(value, metadata);
      this.emptyIsValid = true;
      return result;
    } catch (e) {
      this.emptyIsValid = false;
      throw e;
    }
  }
}

/**
 * The parameters that carry caller input: GraphQL arguments (GqlParamtype.ARGS, which
 * @nestjs/graphql does not export) and, for HTTP routes, body, query and path parameters.
 */
const INPUT_PARAMS: ReadonlySet<string> = new Set(['3', 'body', 'query', 'param']);

/**
 * The global pipe: the edge check of every argument, then class-validator. The edge check runs
 * whatever the parameter's type (an `@Args('x') x: string` too, which class-validator skips), so
 * no text reaches a service, PostgreSQL or a job with a control character or broken UTF-16.
 */
export class InputPipe extends ValidationPipe {
  constructor() {
    super(PIPE_OPTIONS);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (INPUT_PARAMS.has(String(metadata.type))) {
      const problems = inputProblems(value, metadata.data ?? '');
      if (Object.keys(problems).length) throw AppError.badInput(problems);
    }
    return super.transform(value, metadata);
  }
}

/** Trims string input; other values pass through for the validators to judge. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Trims and lower-cases (e-mail addresses). */
export const NormaliseEmail = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

const lowerCase = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase() : v);

/**
 * The one rule for an id argument (or, with `each`, a list of ids): a UUID in any case, stored
 * and compared lower-case. Ids are normalised here, once, so no lookup misses an upper-case id.
 */
export const IsId = (opts: { each?: boolean } = {}) =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(lowerCase) : lowerCase(value))),
    IsUUID('all', { each: opts.each, message: opts.each ? '$property must be UUIDs' : '$property must be a UUID' }),
  );

/** Dates and times the API accepts: anything outside cannot be meant, and breaks date arithmetic downstream. */
export const DATE_RANGE = { min: '1900-01-01', max: '2199-12-31' } as const;
const INSTANT_RANGE = { min: Date.parse(`${DATE_RANGE.min}T00:00:00Z`), max: Date.parse(`${DATE_RANGE.max}T23:59:59.999Z`) };

/** True for a real calendar date written YYYY-MM-DD (no extended years, no February 30th). */
export const isCalendarDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && isISO8601(v, { strict: true });

/** True for a YYYY-MM-DD date within DATE_RANGE. */
export const isDateInRange = (v: unknown): v is string => isCalendarDate(v) && v >= DATE_RANGE.min && v <= DATE_RANGE.max;

/** A calendar date as YYYY-MM-DD within DATE_RANGE, named in the message. */
export const IsCalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: isDateInRange,
      defaultMessage: (a?: ValidationArguments) =>
        isCalendarDate(a?.value) ? `$property must be from ${DATE_RANGE.min} to ${DATE_RANGE.max}` : '$property must be a date as YYYY-MM-DD',
    },
  });

/** Milliseconds of a Date or an ISO 8601 date-time string, or null when it is neither. */
function instant(v: unknown): number | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.getTime();
  return typeof v === 'string' && isISO8601(v, { strict: true }) ? Date.parse(v) : null;
}

/** A date-time (a DateTime argument, or an ISO 8601 string) within DATE_RANGE; with `each`, a list of them. */
export const IsTimestamp = (opts: { each?: boolean } = {}) =>
  ValidateBy({
    name: 'isTimestamp',
    validator: {
      validate: (v: unknown) => {
        const t = instant(v);
        return t !== null && t >= INSTANT_RANGE.min && t <= INSTANT_RANGE.max;
      },
      defaultMessage: () => `$property must be an ISO 8601 date-time from ${DATE_RANGE.min} to ${DATE_RANGE.max}`,
    },
  }, { each: opts.each });

// Nullability that matches the columns. Every optional field of a create or update args class
// says which of these it is; an update args class is built with UpdateArgsType.

const UPDATE_ARGS = Symbol('updateArgs');
const isUpdate = (o: object): boolean => (o.constructor as unknown as Record<symbol, unknown>)[UPDATE_ARGS] === true;

const refuseNull = () =>
  ValidateBy({
    name: NOT_NULL,
    validator: { validate: (v: unknown) => v !== null, defaultMessage: () => '$property cannot be empty: leave it out to keep the current value' },
  });

/** The column takes NULL: null clears it, leaving it out keeps it. */
export const Nullable = () => IsOptional();

/**
 * A NOT NULL column the caller must give on create (the schema makes it required there): an
 * update may leave it out, and refuses null.
 */
export const NotNull = () => refuseNull();

/**
 * A NOT NULL column with a default: on create, left out or null takes the default; on update,
 * left out keeps the value and null is refused.
 */
export const OptionalNotNull = () =>
  applyDecorators(
    ValidateIf((o: object, v: unknown) => v !== undefined && (v !== null || isUpdate(o))),
    refuseNull(),
  );

/**
 * The args of an update mutation from its create args: every field optional, no defaults (a
 * default would overwrite what the caller left out), and null allowed only where the create args
 * say Nullable().
 */
export function UpdateArgsType<T>(create: Type<T>): Type<Partial<T>> {
  const partial = PartialType(create, { decorator: ArgsType, skipNullProperties: false, omitDefaultValues: true });
  Object.defineProperty(partial, UPDATE_ARGS, { value: true });
  return partial;
}

/** Marks a hand-written update args class (one not built by UpdateArgsType) as one. */
export const UpdateArgs = (): ClassDecorator => (target) => {
  Object.defineProperty(target, UPDATE_ARGS, { value: true });
};
