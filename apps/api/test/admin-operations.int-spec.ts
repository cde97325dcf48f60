import { describe, expect, it } from '@jest/globals';
import { RESOURCE_PERMISSIONS } from '@orchestra/shared';
import {
  buildSchema,
  getIntrospectionQuery,
  introspectionFromSchema,
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type IntrospectionSchema,
} from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { loadConfig } from '../src/core/config/config.js';
import { graphqlParseOptions, graphqlValidationRules, type QueryLimitsConfig } from '../src/core/graphql/query-limits.js';

const here = dirname(fileURLToPath(import.meta.url));
const SCHEMA_FILE = resolve(here, '../schema.gql');
const ADMIN_SRC = resolve(here, '../../admin/src');

// ra-data-graphql's ESM build imports @apollo/client by named exports, which Node's ESM loader
// cannot take from that CommonJS package; their CommonJS builds load fine.
const require = createRequire(import.meta.url);
type RaFetchType = 'GET_LIST' | 'GET_ONE' | 'GET_MANY' | 'GET_MANY_REFERENCE' | 'CREATE' | 'UPDATE' | 'DELETE';
interface Resource {
  type: { name: string };
  [verb: string]: { name: string; args: { name: string }[] } | { name: string };
}
interface IntrospectionResults {
  resources: Resource[];
}
const { introspectSchema, defaultOptions } = require('ra-data-graphql') as {
  introspectSchema: (client: null, options: { schema: IntrospectionSchema; operationNames: unknown }) => Promise<IntrospectionResults>;
  defaultOptions: { introspection: { operationNames: unknown } };
};
const { buildQuery } = require('ra-data-graphql-simple') as {
  buildQuery: (results: IntrospectionResults) => (verb: RaFetchType, resource: string, params: unknown) => { query: DocumentNode };
};

const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
// The defaults, which are what the admin meets.
const config = loadConfig({ JWT_SECRET: 'x'.repeat(32), NODE_ENV: 'development', DATABASE_URL: 'postgres://unused/db', REDIS_URL: 'redis://unused' });

/** Parses and validates a document exactly as Mercurius does: same token limit, same rules. */
function problems(source: string, limits: QueryLimitsConfig = config): string[] {
  try {
    const document = parse(source, graphqlParseOptions(limits));
    return validate(schema, document, [...specifiedRules, ...graphqlValidationRules(limits)]).map((e) => e.message);
  } catch (e) {
    return [(e as Error).message];
  }
}

/**
 * The same rules with less room: an operation that passes them fits the real limits with a margin
 * (half of each count; three levels of depth, as the deepest admin query is 6 levels).
 */
const withMargin: QueryLimitsConfig = {
  ...config,
  GRAPHQL_MAX_TOKENS: Math.floor(config.GRAPHQL_MAX_TOKENS / 2),
  GRAPHQL_MAX_DEPTH: config.GRAPHQL_MAX_DEPTH - 3,
  GRAPHQL_MAX_ALIASES: Math.floor(config.GRAPHQL_MAX_ALIASES / 2),
  GRAPHQL_MAX_COST: Math.floor(config.GRAPHQL_MAX_COST / 2),
  GRAPHQL_MAX_DIRECTIVES: Math.floor(config.GRAPHQL_MAX_DIRECTIVES / 2),
};

const OPERATION = /^\s*(query|mutation|subscription)\b[^{]*\{/;
const FRAGMENT = /^\s*fragment\s+([A-Za-z_]\w*)\s+on\b/;
/** A named fragment spread (`...Name`), not an inline fragment (`... on Type`). */
const SPREAD = /\.\.\.\s*(?!on\b)([A-Za-z_]\w*)/g;

/**
 * The GraphQL documents written in the admin's sources (their `graphql(...)` calls, or any
 * string and template literal that starts with an operation keyword, with `${CONSTANT}` pieces
 * resolved from the same file's constants), each with the fragments it spreads, as the typed
 * client sends it. The generated `src/gql` copies are left out.
 */
function adminDocuments(): { where: string; source: string | undefined }[] {
  const literals = adminLiterals();
  const fragments = new Map<string, string>();
  for (const { source } of literals) {
    const name = source === undefined ? undefined : FRAGMENT.exec(source)?.[1];
    if (name) fragments.set(name, source!);
  }
  const withFragments = (source: string): string => {
    const needed = new Set<string>();
    const visit = (text: string) => {
      for (const [, name] of text.matchAll(SPREAD)) {
        if (needed.has(name!) || !fragments.has(name!)) continue;
        needed.add(name!);
        visit(fragments.get(name!)!);
      }
    };
    visit(source);
    return [source, ...[...needed].map((name) => fragments.get(name)!)].join('\n');
  };
  return literals
    .filter(({ source, operation }) => operation || (source !== undefined && OPERATION.test(source)))
    .map(({ where, source }) => ({ where, source: source === undefined ? undefined : withFragments(source) }));
}

function adminLiterals(): { where: string; source: string | undefined; operation: boolean }[] {
  const files = readdirSync(ADMIN_SRC, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.split('/').includes('test') && !f.split('/').includes('gql'),
  );
  return files.flatMap((file) => {
    const path = join(ADMIN_SRC, file);
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const constants = new Map<string, ts.Expression>();
    const literals: (ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression)[] = [];
    const collect = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) constants.set(node.name.text, node.initializer);
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.push(node);
      if (ts.isTemplateExpression(node)) literals.push(node);
      ts.forEachChild(node, collect);
    };
    collect(sf);
    const evaluate = (expr: ts.Expression, seen: Set<string>): string | undefined => {
      if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
      if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return evaluate(expr.expression, seen);
      if (ts.isIdentifier(expr)) {
        const init = constants.get(expr.text);
        return init && !seen.has(expr.text) ? evaluate(init, new Set([...seen, expr.text])) : undefined;
      }
      if (ts.isTemplateExpression(expr)) {
        let out = expr.head.text;
        for (const span of expr.templateSpans) {
          const part = evaluate(span.expression, seen);
          if (part === undefined) return undefined;
          out += part + span.literal.text;
        }
        return out;
      }
      return undefined;
    };
    const head = (l: (typeof literals)[number]) => (ts.isTemplateExpression(l) ? l.head.text : l.text);
    const isDocument = (text: string) => OPERATION.test(text) || FRAGMENT.test(text);
    return literals
      .filter((l) => isDocument(head(l)) || (ts.isTemplateExpression(l) && isDocument(evaluate(l, new Set()) ?? '')))
      .map((l) => ({
        where: `${relative(ADMIN_SRC, path)}:${sf.getLineAndCharacterOfPosition(l.getStart()).line + 1}`,
        source: evaluate(l, new Set()),
        operation: OPERATION.test(head(l)),
      }));
  });
}

/** Every document the stock ra-data-graphql-simple provider builds, per resource and verb. */
async function providerDocuments(): Promise<{ where: string; source: string }[]> {
  const results = await introspectSchema(null, {
    schema: introspectionFromSchema(schema).__schema,
    operationNames: defaultOptions.introspection.operationNames,
  });
  const build = buildQuery(results);
  const page = { pagination: { page: 1, perPage: 25 }, sort: { field: 'id', order: 'ASC' }, filter: { q: 'x' } };
  const documents: { where: string; source: string }[] = [];
  for (const name of Object.keys(RESOURCE_PERMISSIONS)) {
    const resource = results.resources.find((r) => r.type.name === name);
    if (!resource) throw new Error(`${name} is in RESOURCE_PERMISSIONS but the schema has no operation for it`);
    const argsOf = (verb: RaFetchType) => ((resource[verb] as { args?: { name: string }[] } | undefined)?.args ?? []).map((a) => a.name);
    // Every argument the mutation takes, so the document declares them all (the largest form).
    const data = (verb: RaFetchType) => Object.fromEntries(argsOf(verb).map((a) => [a, 'x']));
    const params: Record<RaFetchType, unknown> = {
      GET_LIST: page,
      GET_ONE: { id: 'x' },
      GET_MANY: { ids: ['x', 'y'] },
      GET_MANY_REFERENCE: { ...page, target: 'id', id: 'x' },
      CREATE: { data: data('CREATE') },
      UPDATE: { id: 'x', data: data('UPDATE'), previousData: { id: 'x' } },
      DELETE: { id: 'x', previousData: { id: 'x' } },
    };
    for (const verb of Object.keys(params) as RaFetchType[]) {
      if (!resource[verb]) continue; // the schema has no such operation (a read-only resource): the admin cannot send it
      documents.push({ where: `${name} ${verb}`, source: print(build(verb, name, params[verb]).query) });
    }
  }
  return documents;
}

describe("the admin's GraphQL operations fit the API's query limits", () => {
  it('finds the documents written in the admin, and each parses, validates and fits the limits with a margin', () => {
    const documents = adminDocuments();
    // A floor, so a scanner that silently finds nothing fails.
    expect(documents.length).toBeGreaterThanOrEqual(40);
    for (const { where, source } of documents) {
      expect({ where, resolved: source !== undefined }).toEqual({ where, resolved: true });
      expect({ where, problems: problems(source!) }).toEqual({ where, problems: [] });
      expect({ where, problems: problems(source!, withMargin) }).toEqual({ where, problems: [] });
    }
  });

  it('every document ra-data-graphql-simple builds for the resources validates and fits the limits with a margin', async () => {
    const documents = await providerDocuments();
    // Each resource has at least its list and show queries.
    expect(documents.length).toBeGreaterThanOrEqual(Object.keys(RESOURCE_PERMISSIONS).length * 2);
    for (const { where, source } of documents) {
      expect({ where, problems: problems(source) }).toEqual({ where, problems: [] });
      expect({ where, problems: problems(source, withMargin) }).toEqual({ where, problems: [] });
    }
  });

  it('lets the standard introspection query (GraphiQL, codegen) through in development and refuses it in production', () => {
    expect(problems(getIntrospectionQuery())).toEqual([]);
    expect(problems(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }))).toEqual([]);
    const production = loadConfig({ JWT_SECRET: 'x'.repeat(32), NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:2525', DATABASE_URL: 'postgres://unused/db', REDIS_URL: 'redis://unused' });
    expect(problems(getIntrospectionQuery(), production).join(' ')).toMatch(/introspection/i);
  });
});

