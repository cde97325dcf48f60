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

  it('maps database constraint errors to CONFLICT and malformed values to BAD_USER_INPUT', () => {
    const pgError = (code: string) => new QueryFailedError('q', [], Object.assign(new Error('pg'), { code, constraint: 'UQ_x' }));
    expect(format([wrap(pgError('23505'))]).response.errors![0]).toMatchObject({
      message: 'A record with the same value already exists (UQ_x).',
      extensions: { code: 'CONFLICT' },
    });
    expect(format([wrap(pgError('23503'))]).response.errors![0]!.extensions!['code']).toBe('CONFLICT');
    expect(format([wrap(pgError('22P02'))]).response.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
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
