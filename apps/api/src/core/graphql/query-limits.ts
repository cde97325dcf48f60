import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Location,
  NoSchemaIntrospectionCustomRule,
  type DocumentNode,
  type GraphQLFormattedError,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { AppConfig } from '../config/config.js';
import { AppError } from '../errors/app-error.js';
import { TOO_DEEP, tooDeepAt } from '../validation/input-text.js';

export type QueryLimitsConfig = Pick<
  AppConfig,
  'GRAPHQL_MAX_TOKENS' | 'GRAPHQL_MAX_DEPTH' | 'GRAPHQL_MAX_ALIASES' | 'GRAPHQL_MAX_COST' | 'GRAPHQL_MAX_DIRECTIVES' | 'isProduction'
>;

/**
 * Parse options for Mercurius (`graphql.parseOptions`). The token limit aborts parsing of an
 * oversized document before any validation rule runs (some of graphql-js's own rules, such as
 * OverlappingFieldsCanBeMerged, are quadratic in the number of fields), and it bounds how deeply a
 * literal can nest, so the recursive parser and rules cannot overflow the stack.
 * `maxTokens` (not its newer alias `maxLexicalTokens`) because Mercurius recognises the abort by it.
 */
export function graphqlParseOptions(config: QueryLimitsConfig): ParseOptions {
  return { maxTokens: config.GRAPHQL_MAX_TOKENS };
}

/** Reads the number the library put in its message ("…, found 63."). */
function found(error: GraphQLError): string {
  const value = Number(/found (\S+)\.$/.exec(error.message)?.[1]);
  if (!Number.isFinite(value)) return 'more than allowed';
  // A fragment bomb's cost can run to dozens of digits.
  return value < 1e15 ? Math.round(value).toLocaleString('en-US') : value.toExponential(1);
}

/**
 * graphql-armor reports through `onReject`; with `propagateOnRejection: false` it does not throw,
 * so the rejection becomes an ordinary validation error (BAD_USER_INPUT, HTTP 400) in our words
 * rather than the library's "Syntax Error: …".
 */
function reject(message: (found: string) => string) {
  return {
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(new GraphQLError(message(found(error))))],
  };
}

/**
 * The validation rules every GraphQL document must pass besides graphql-js's own, in the order
 * Mercurius runs them. Each graphql-armor rule evaluates a fragment once and multiplies it by its
 * spreads, so a document of fragments that spread each other cannot make them do exponential work.
 */
export function graphqlValidationRules(config: QueryLimitsConfig): ValidationRule[] {
  const rules: ValidationRule[] = [
    maxDepthRule({
      n: config.GRAPHQL_MAX_DEPTH,
      // Depth is field nesting: fragments do not add a level.
      flattenFragments: true,
      // The standard introspection query is 15 fields deep through its TypeRef fragment, so
      // `__schema` is left out of the depth count only; cost and aliases still count it, and
      // graphql-js's MaxIntrospectionDepthRule bounds its cycles (fields → type → fields …).
      ignoreIntrospection: true,
      ...reject((n) => `The query is nested ${n} levels deep; the limit is ${config.GRAPHQL_MAX_DEPTH}. Split it into smaller queries.`),
    }),
    maxAliasesRule({
      n: config.GRAPHQL_MAX_ALIASES,
      // Aliased `__typename` counts too: it is the cheapest way to make a document huge.
      allowList: [],
      ...reject((n) => `The query uses ${n} aliases; the limit is ${config.GRAPHQL_MAX_ALIASES}. Split it into smaller queries.`),
    }),
    costLimitRule({
      maxCost: config.GRAPHQL_MAX_COST,
      // Each field costs 1 (a fragment spread 2), and a fragment counts in full each time it is
      // spread. Not the library's depth-weighted default (×1.5 per level): depth has its own
      // limit, and that weighting prices the introspection query's 9-level type chain at 15,500,
      // 70 times the admin's largest operation, so no limit could both admit it and be tight.
      objectCost: 1,
      scalarCost: 1,
      depthCostFactor: 1,
      flattenFragments: true,
      ignoreIntrospection: false,
      ...reject(
        (n) =>
          `The query costs ${n} (each field counts 1, and a fragment counts in full every time it is spread); the limit is ${config.GRAPHQL_MAX_COST}. Ask for fewer fields or split it into smaller queries.`,
      ),
    }),
    maxDirectivesRule({
      n: config.GRAPHQL_MAX_DIRECTIVES,
      ...reject((n) => `The query uses ${n} directives; the limit is ${config.GRAPHQL_MAX_DIRECTIVES}. Use fewer @include/@skip directives.`),
    }),
  ];
  // The admin is built against the committed schema, so production needs no introspection.
  if (config.isProduction) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}

/**
 * Mercurius hook (`preValidation`): refuses a document that was not parsed from GraphQL text.
 * When the text does not parse, Mercurius tries it as a JSON-encoded AST, which skips the token
 * limit: a 1 MB JSON AST of 8,000 aliases took 0.3–0.7 s to validate, and a deeply nested one
 * overflowed the stack. `parse` gives every document a Location; JSON.parse cannot make one.
 * (A DocumentNode passed to `app.graphql()` in process would be refused too; the API passes none.)
 */
export function requireGraphQLText(_schema: unknown, document: DocumentNode): void {
  if (!(document.loc instanceof Location)) {
    throw new GraphQLError('The query must be GraphQL text; a pre-parsed (JSON) document is not accepted.');
  }
}

/**
 * Mercurius hook (`preParsing`, which runs for every request, cached query or not): refuses
 * variables nested deeper than any input type of the schema before anything coerces them. The
 * DateTime scalar parses with `new Date(value)`, which joins nested lists recursively: a list
 * variable thousands of lists deep overflowed the stack, answered INTERNAL in the request that
 * compiles the query and told "Maximum call stack size exceeded" in the others (found by the fuzz
 * test). The variables are the request's: the JSON body's, or a GET request's `variables`.
 */
export function limitVariableDepth(_schema: unknown, _source: unknown, context: { reply: { request: { body?: unknown; query?: unknown } } }): void {
  const { body, query } = context.reply.request;
  let variables = (body as { variables?: unknown } | undefined)?.variables;
  const text = (query as { variables?: unknown } | undefined)?.variables;
  if (variables === undefined && typeof text === 'string') {
    try {
      variables = JSON.parse(text);
    } catch {
      return; // Mercurius answers unparseable variables itself.
    }
  }
  const at = tooDeepAt(variables);
  if (at) throw AppError.badInput({ [at]: TOO_DEEP });
}

/** graphql-js's text when `maxTokens` aborts a parse (its typo included). */
const TOKEN_ABORT = /^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/;

/** The message the API gives for a document over the token limit. */
export const tokenLimitMessage = (limit: number) =>
  `The query is longer than ${limit} tokens (names, values and punctuation), the limit. Split it into smaller queries, and pass long values as variables.`;

interface FormatterResult {
  statusCode: number;
  response: { data: unknown; errors?: readonly GraphQLFormattedError[] };
}

/**
 * Wraps the error formatter so a parse aborted by the token limit reads like the other limits
 * (the formatter already answers it as BAD_USER_INPUT with HTTP 400; only the wording changes).
 */
export function withQueryLimitMessages<Args extends unknown[], R extends FormatterResult>(format: (...args: Args) => R): (...args: Args) => R {
  return (...args) => {
    const result = format(...args);
    const errors = result.response.errors?.map((e) => {
      const limit = TOKEN_ABORT.exec(e.message)?.[1];
      return limit ? { ...e, message: tokenLimitMessage(Number(limit)) } : e;
    });
    return errors ? { ...result, response: { ...result.response, errors } } : result;
  };
}
