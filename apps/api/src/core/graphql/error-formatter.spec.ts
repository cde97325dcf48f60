import { describe, expect, it } from '@jest/globals';
import { ForbiddenException, InternalServerErrorException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { QueryFailedError } from 'typeorm';
import { AppError } from '../errors/app-error.js';
import { createErrorFormatter } from './error-formatter.js';

const logger = pino({ level: 'silent' });
const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['field'] });
const format = (errors: GraphQLError[], opts = { production: false, development: false }, executed = true) =>
  createErrorFormatter(logger, opts)({ data: executed ? { field: null } : undefined, errors }, {});

describe('createErrorFormatter', () => {
  it('passes an AppError through with its code and fields, HTTP 200', () => {
    const out = format([wrap(AppError.badInput({ name: 'must not be empty' }))]);
    expect(out.statusCode).toBe(200);
    expect(out.response.errors![0]).toEqual({
      message: 'Invalid input: name must not be empty.',
      locations: undefined,
      path: ['field'],
      extensions: { code: 'BAD_USER_INPUT', fields: { name: 'must not be empty' } },
    });
  });

  it('maps Nest HTTP exceptions by status', () => {
    expect(format([wrap(new ForbiddenException('no'))]).response.errors![0]!.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('maps database errors a caller can cause to CONFLICT or BAD_USER_INPUT in words, never naming a constraint', () => {
    const pgError = (fields: Record<string, string>) => new QueryFailedError('q', [], Object.assign(new Error('pg'), fields));
    const first = (fields: Record<string, string>) => format([wrap(pgError(fields))], { production: true, development: false }).response.errors![0]!;
    expect(first({ code: '23505', constraint: 'UQ_app_user_email', table: 'app_user' })).toMatchObject({
      message: 'A user with this e-mail already exists.',
      extensions: { code: 'CONFLICT' },
    });
    // Not in the map: the message is built from the detail, in words.
    expect(first({ code: '23505', constraint: 'UQ_new_thing', table: 'decision_record', detail: 'Key ("engagementId", title)=(x, y) already exists.' }).message).toBe(
      'Another decision record already has this engagement id and title.',
    );
    expect(first({ code: '23503', constraint: 'FK_engagement_client', detail: 'Key (id)=(x) is still referenced from table "engagement".' })).toMatchObject({
      message: 'The client still has engagements: delete or move them first.',
      extensions: { code: 'CONFLICT' },
    });
    // PostgreSQL 18: ON DELETE RESTRICT is a restrict_violation, worded "is referenced".
    expect(first({ code: '23001', constraint: 'FK_engagement_client', detail: 'Key (id)=(x) is referenced from table "engagement".' })).toMatchObject({
      message: 'The client still has engagements: delete or move them first.',
      extensions: { code: 'CONFLICT' },
    });
    expect(first({ code: '23503', constraint: 'FK_engagement_owner', detail: 'Key ("ownerId")=(x) is not present in table "app_user".' }).message).toBe(
      'The user does not exist (it may have been deleted): check the id.',
    );
    expect(first({ code: '23503', constraint: 'FK_unknown', detail: 'Key ("userId")=(x) is not present in table "app_user".' }).message).toBe('The user it refers to does not exist: check the id.');
    expect(first({ code: '23502', column: 'businessNeed', table: 'engagement' })).toMatchObject({ message: 'The business need cannot be empty.', extensions: { code: 'BAD_USER_INPUT' } });
    expect(first({ code: '23514', constraint: 'CHK_engagement_dates' }).message).toBe('The end date must not be before the start date.');
    for (const code of ['22P02', '22001', '22003', '22007', '22008', '22021', '54000']) expect(first({ code }).extensions!['code']).toBe('BAD_USER_INPUT');
    expect(first({ code: '40P01' }).extensions!['code']).toBe('INTERNAL');
  });

  it('answers a stack overflow from deeply nested input as BAD_USER_INPUT', () => {
    const out = format([wrap(new RangeError('Maximum call stack size exceeded'))]);
    expect(out.response.errors![0]).toMatchObject({ message: 'The request nests values too deeply: flatten it.', extensions: { code: 'BAD_USER_INPUT' } });
    expect(format([wrap(new RangeError('Invalid array length'))]).response.errors![0]!.extensions!['code']).toBe('INTERNAL');
    // A document nested too deeply to parse: Mercurius reports the parser's overflow by its message.
    const parsing = format([new GraphQLError('Maximum call stack size exceeded')], undefined, false);
    expect(parsing.statusCode).toBe(400);
    expect(parsing.response.errors![0]).toMatchObject({ message: 'The request nests values too deeply: flatten it.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('masks unexpected errors as INTERNAL without detail outside development', () => {
    const out = format([wrap(new TypeError('cannot read x of undefined'))], { production: true, development: false });
    expect(out.response.errors![0]).toEqual({
      message: 'Something went wrong on our side; it has been logged. Try again, and report it if it persists.',
      locations: undefined,
      path: ['field'],
      extensions: { code: 'INTERNAL' },
    });
  });

  it('adds the detail and stack of unexpected errors in development only', () => {
    const ext = format([wrap(new TypeError('boom'))], { production: false, development: true }).response.errors![0]!.extensions!;
    expect(ext['detail']).toBe('boom');
    expect(Array.isArray(ext['stack'])).toBe(true);
  });

  it('treats a graphql error raised during execution (it has a path) as INTERNAL', () => {
    const out = format([new GraphQLError('Cannot return null for non-nullable field User.email.', { path: ['me', 'email'] })]);
    expect(out.response.errors![0]).toMatchObject({ message: expect.stringMatching(/^Something went wrong/), extensions: { code: 'INTERNAL' } });
  });

  it('masks a 5xx HTTP exception as INTERNAL', () => {
    const out = format([wrap(new InternalServerErrorException('pool exhausted at 10.0.0.5'))]);
    expect(out.response.errors![0]!.extensions).toEqual({ code: 'INTERNAL' });
    expect(out.response.errors![0]!.message).not.toContain('10.0.0.5');
  });

  it('classifies graphql validation and variable errors, 400 when nothing executed', () => {
    const validation = format([new GraphQLError('Cannot query field "mee" on type "Query". Did you mean "me"?')], { production: true, development: false }, false);
    expect(validation.statusCode).toBe(400);
    expect(validation.response.errors![0]).toMatchObject({ message: 'Cannot query field "mee" on type "Query".', extensions: { code: 'BAD_USER_INPUT' } });
    const variable = format([new GraphQLError('Variable "$role" got invalid value "X"; Value "X" does not exist in "Role" enum.')], undefined, false);
    expect(variable.response.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('unwraps the list Mercurius puts in one validation error', () => {
    const outer = new GraphQLError('Graphql validation error', {
      originalError: Object.assign(new Error('Graphql validation error'), { errors: [new GraphQLError('a'), new GraphQLError('b')] }),
    });
    expect(format([outer], undefined, false).response.errors!.map((e) => e.message)).toEqual(['a', 'b']);
  });
});
