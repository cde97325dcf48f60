import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { graphqlParseOptions, graphqlValidationRules, requireGraphQLText, tokenLimitMessage, withQueryLimitMessages, type QueryLimitsConfig } from './query-limits.js';

const schema = buildSchema(`
  type Query { user: User, users: [User!]! }
  type User { id: ID, name: String, friend: User }
`);
const limits: QueryLimitsConfig = {
  GRAPHQL_MAX_TOKENS: 100,
  GRAPHQL_MAX_DEPTH: 3,
  GRAPHQL_MAX_ALIASES: 2,
  GRAPHQL_MAX_COST: 20,
  GRAPHQL_MAX_DIRECTIVES: 1,
  isProduction: false,
};
const check = (query: string, config = limits) =>
  validate(schema, parse(query, graphqlParseOptions(config)), [...specifiedRules, ...graphqlValidationRules(config)]).map((e) => e.message);

describe('graphqlValidationRules', () => {
  it('counts depth as field nesting, through fragments', () => {
    expect(check('{ user { friend { id } } }')).toEqual([]);
    expect(check('query Q { user { ...F } } fragment F on User { friend { ... on User { friend { id } } } }')).toEqual([
      'The query is nested 4 levels deep; the limit is 3. Split it into smaller queries.',
    ]);
  });

  it('counts aliases, aliased __typename included', () => {
    expect(check('{ a: __typename b: __typename c: __typename }')).toEqual(['The query uses 3 aliases; the limit is 2. Split it into smaller queries.']);
  });

  it('counts each field once and a fragment in full every time it is spread, without re-walking it', () => {
    expect(check('{ user { id name } }')).toEqual([]);
    // 2^40 fields once expanded: a rule that re-walked every spread would not return.
    const bomb = `{ ...F0 } ${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F40 on Query { __typename }`;
    const [message] = check(bomb, { ...limits, GRAPHQL_MAX_TOKENS: 1000 });
    expect(message).toBe(
      'The query costs 5,497,558,138,878 (each field counts 1, and a fragment counts in full every time it is spread); the limit is 20. Ask for fewer fields or split it into smaller queries.',
    );
  });

  it('counts directives', () => {
    expect(check('query($a: Boolean!) { user @include(if: $a) { id @skip(if: $a) } }')).toEqual([
      'The query uses 2 directives; the limit is 1. Use fewer @include/@skip directives.',
    ]);
  });

  it('leaves __schema out of the depth only; __type and the cost count it', () => {
    expect(check('{ __schema { types { fields { type { ofType { name } } } } } }')).toEqual([]);
    expect(check('{ __type(name: "User") { fields { type { name } } } }')).toEqual(['The query is nested 4 levels deep; the limit is 3. Split it into smaller queries.']);
    expect(check('{ __schema { types { name kind description fields { name description } } } }', { ...limits, GRAPHQL_MAX_COST: 5 })[0]).toMatch(/^The query costs 8 /);
  });

  it('turns introspection off in production', () => {
    expect(check('{ __schema { queryType { name } } }', { ...limits, isProduction: true }).join(' ')).toMatch(/introspection/);
  });
});

describe('the token limit', () => {
  it('aborts parsing, and the formatter wrapper words it like the other limits', () => {
    expect(() => parse(`{ ${'user { id } '.repeat(30)} }`, graphqlParseOptions(limits))).toThrow('Document contains more that 100 tokens');
    const format = withQueryLimitMessages(() => ({
      statusCode: 400,
      response: { data: null, errors: [{ message: 'Syntax Error: Document contains more that 100 tokens. Parsing aborted.', extensions: { code: 'BAD_USER_INPUT' } }] },
    }));
    expect(format().response.errors).toEqual([{ message: tokenLimitMessage(100), extensions: { code: 'BAD_USER_INPUT' } }]);
  });
});

describe('requireGraphQLText', () => {
  it('accepts a parsed document and refuses a JSON-encoded one', () => {
    const document = parse('{ user { id } }');
    expect(() => requireGraphQLText(schema, document)).not.toThrow();
    expect(() => requireGraphQLText(schema, JSON.parse(JSON.stringify(document)))).toThrow('The query must be GraphQL text');
  });
});
