import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './query-limits.rule.js';

const schema = buildSchema(`
  type Query { user: User }
  type User { id: ID, friend: User }
`);
const check = (query: string, limits = { maxDepth: 3, maxAliases: 2, maxFields: 10 }) =>
  validate(schema, parse(query), [queryLimitsRule(limits)]).map((e) => e.message);

describe('queryLimitsRule', () => {
  it('accepts a query at the depth limit and refuses one past it', () => {
    expect(check('{ user { friend { id } } }')).toEqual([]);
    expect(check('{ user { friend { friend { id } } } }')).toEqual(['Operation anonymous is deeper than 3 levels, the limit. Split it into smaller queries.']);
  });

  it('follows fragments and inline fragments, and survives fragment cycles', () => {
    expect(check('query Q { user { ...F } } fragment F on User { friend { ... on User { friend { id } } } }')).toEqual([
      'Operation Q is deeper than 3 levels, the limit. Split it into smaller queries.',
    ]);
    expect(() => check('{ user { ...A } } fragment A on User { ...B } fragment B on User { ...A }')).not.toThrow();
  });

  it('ignores introspection fields', () => {
    expect(check('{ __schema { types { fields { type { ofType { name } } } } } }')).toEqual([]);
  });

  it('counts aliases and fields', () => {
    expect(check('{ a: user { id } b: user { id } c: user { id } }')).toEqual(['Operation anonymous uses more than 2 aliases, the limit.']);
    const wide = `{ ${Array.from({ length: 6 }, (_, i) => `u${i}: user { id }`).join(' ')} }`;
    expect(check(wide, { maxDepth: 3, maxAliases: 100, maxFields: 10 })).toEqual([
      'Operation anonymous selects more than 10 fields, the limit. Ask for fewer fields.',
    ]);
  });
});
