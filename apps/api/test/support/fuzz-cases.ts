import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * A schema-driven generator of GraphQL requests for the fuzz test (test/fuzz.int-spec.ts) and
 * its longer run (bench/fuzz.mjs): every mutation and every query that takes arguments, with
 * arguments generated from their GraphQL types — right and wrong types, nulls, empty and huge
 * strings, control characters, lone surrogates, real ids in upper case, out-of-range numbers
 * and dates, unknown enum values and deeply nested lists — sent as variables.
 */

export interface FuzzOperation {
  kind: 'query' | 'mutation';
  name: string;
  args: readonly GraphQLArgument[];
  /** The return type's scalar fields, so a null in a non-null field shows up. */
  selection: string;
  /** @Public() operations are sent without a token. */
  public: boolean;
}

export interface FuzzCase {
  op: FuzzOperation;
  /** The arguments sent (left-out optional ones are absent). */
  variables: Record<string, unknown>;
  document: string;
}

/** Ids of the seeded records by GraphQL type name; replaced after each database reset. */
export interface IdPool {
  byType: Map<string, string[]>;
  all: string[];
}

/** A list nested `depth` levels deep around one id: serialised by `toJson`, never by JSON.stringify. */
export class DeepList {
  constructor(readonly depth: number) {}
}

/** JSON of the variables, with DeepList values written out by hand (JSON.stringify would overflow). */
export function toJson(value: unknown): string {
  const deep: DeepList[] = [];
  const json = JSON.stringify(value, (_key, v: unknown) => (v instanceof DeepList ? `\u0000deep${deep.push(v) - 1}` : v));
  return json.replace(/"\\u0000deep(\d+)"/g, (_m, i: string) => {
    const { depth } = deep[Number(i)]!;
    return `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;
  });
}

/** Operations the fuzzer sends. */
export function fuzzOperations(schema: GraphQLSchema, publicOperations: ReadonlySet<string>): FuzzOperation[] {
  const ops: FuzzOperation[] = [];
  for (const [kind, type] of [['mutation', schema.getMutationType()], ['query', schema.getQueryType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (kind === 'query' && !field.args.length && !publicOperations.has(field.name)) continue;
      const named = getNamedType(field.type);
      const leaves = isObjectType(named)
        ? Object.values(named.getFields())
            .filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)))
            .map((f) => f.name)
        : [];
      ops.push({ kind, name: field.name, args: field.args, selection: isLeafType(named) ? '' : ` { __typename ${leaves.join(' ')} }`, public: publicOperations.has(field.name) });
    }
  }
  return ops;
}

// Foreign keys whose name is not their type's.
const ID_TYPES: Readonly<Record<string, string>> = {
  ownerId: 'User',
  userId: 'User',
  keepId: 'Candidate',
  mergeId: 'Candidate',
  gapId: 'CapabilityGap',
  templateId: 'AssessmentTemplate',
  frameworkId: 'CapabilityFramework',
  areaId: 'CapabilityArea',
  subjectId: 'Assessment',
};

/** The type an id argument names: `roleId` → Role; `id` of `updateCapabilityArea` → CapabilityArea. */
function idType(name: string, owner: string, types: readonly string[]): string | undefined {
  if (name === 'id' || name === 'ids') {
    // The longest type the operation or input type is named after.
    return [...types].sort((a, b) => b.length - a.length).find((t) => owner.toLowerCase().includes(t.toLowerCase()));
  }
  const base = name.replace(/Ids?$/, '');
  return ID_TYPES[`${base}Id`] ?? types.find((t) => t.toLowerCase() === base.toLowerCase());
}

const HUGE = [201, 2_001, 10_001, 100_001].map((n) => 'x'.repeat(n));
// Never any of the words the test looks for in messages (a refusal may quote the value sent).
const NASTY = ['', ' ', 'x', 'Zoë Ångström 🎻', 'a\u0000b', '\u0007', 'x\u001b[31m', 'tab\there', '\uD800', 'a\uDFFFb', "'; DROP TABLE client; --", '%_\\', '1e309', 'null', ...HUGE];
const DATES = ['2026-05-01', '1900-01-01', '2199-12-31', '1899-12-31', '2200-01-01', '10000-01-01', '0000-00-00', '-0001-01-01', '2026-02-30', '2026-5-1', '01/12/2026', '2026-05-01T10:00:00Z'];
const DATE_TIMES = ['2026-05-01T10:00:00Z', '2026-05-01T10:00:00.000+02:00', '10000-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '0000-00-00T00:00:00Z', '1899-12-31T23:59:59Z', '2026-02-30T00:00:00Z', 'now', ''];
const EMAILS = ['fuzz@example.com', 'FUZZ@Example.COM', 'not-an-email', 'a\u0000@example.com', 'a\uD800@example.com', `${'x'.repeat(320)}@example.com`];
const BY_NAME: readonly [RegExp, readonly string[]][] = [
  [/email/i, EMAILS],
  [/date|From$|By$|_(gte?|lte?)$/i, DATES],
  [/timeZone/, ['Europe/Berlin', 'Mars/Olympus', 'UTC', 'europe/berlin']],
  [/^coreHours|^currency$/, ['09:00', '25:61', '17:00', 'EUR', 'eur', 'EURO']],
  [/url/i, ['https://example.com/p', 'javascript:alert(1)', 'http://']],
  [/phone/, ['+49 30 1234567', '12', 'phone']],
  [/^csv$/, ['name,email\nAna,ana@example.com', 'kind,name,email,timeZone,seniority,availableFrom,consentBasis\nCONTRACTOR,Ana,ana@example.com,Mars/Olympus,SENIOR,10000-01-01,CONSENT', 'a\u0000b']],
  [/token/i, ['x'.repeat(43), 'short']],
  [/^key$|Key$/, ['release-practice', 'Bad Key', 'k'.repeat(121)]],
];

/** Values a careful caller sends, by argument name: they get past validation to the services and the database. */
const VALID_BY_NAME: readonly [RegExp, fc.Arbitrary<string>][] = [
  [/email/i, fc.nat({ max: 9999 }).map((n) => `fuzz${n}@example.com`)],
  [/date|From$|By$|_(gte?|lte?)$/i, fc.constantFrom('2026-12-31', '2027-01-15', '2027-03-01', '2025-06-30')],
  [/timeZone/, fc.constantFrom('Europe/Berlin', 'UTC', 'America/New_York')],
  [/^coreHoursStart$/, fc.constant('09:00')],
  [/^coreHoursEnd$/, fc.constant('17:00')],
  [/^currency$/, fc.constantFrom('EUR', 'USD')],
  [/url/i, fc.constant('https://example.com/p')],
  [/phone/, fc.constant('+49 30 1234567')],
  [/^csv$/, fc.constant('kind,name,email,timeZone,seniority,availableFrom,consentBasis\nCONTRACTOR,Ana Fuzz,ana.fuzz@example.com,Europe/Berlin,SENIOR,2027-01-15,CONSENT')],
  [/token/i, fc.constant('x'.repeat(43))],
  [/^key$|^options$/, fc.nat({ max: 999 }).map((n) => `fuzz-${n}`)],
  [/password/i, fc.constant('correct horse battery staple')],
  [/Key$/, fc.uuid()],
];
const PLAIN_TEXT = fc.stringMatching(/^[A-Z][a-z]{2,10}( [a-z]{2,8}){0,2}$/);

function strings(name: string, valid = false): fc.Arbitrary<string> {
  if (valid) return VALID_BY_NAME.find(([pattern]) => pattern.test(name))?.[1] ?? PLAIN_TEXT;
  const specific = BY_NAME.filter(([pattern]) => pattern.test(name)).flatMap(([, values]) => values);
  return fc.oneof(
    { weight: specific.length ? 6 : 0, arbitrary: fc.constantFrom(...(specific.length ? specific : [''])) },
    { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
    // Any UTF-16 code units: controls and lone surrogates included.
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
}

const WRONG = fc.constantFrom<unknown>(1, 'x', true, 1.5, {}, [], { nested: { deeper: 1 } });
const INTS = fc.oneof(fc.constantFrom(0, 1, -1, 3, 5, 100, 101, 260, 500, 501, 2_147_483_647, -2_147_483_648), fc.integer({ min: -10, max: 1000 }), fc.constantFrom<unknown>(2_147_483_648, 1e20, '1'));
const FLOATS = fc.oneof(fc.constantFrom(0, 0.25, 0.24, 1, 3, 3.01, -1, 1e308, -1e308, 5e-324), fc.double({ noNaN: true, noDefaultInfinity: true }));
const DATE_TIME = fc.oneof(fc.constantFrom<unknown>(...DATE_TIMES), fc.constantFrom<unknown>(-1, 0, 8.64e15, 8.64e15 + 1, 1e20));

interface Context {
  pool: IdPool;
  types: readonly string[];
  /** Only values a careful caller sends (no wrong types, nulls only where allowed). */
  valid: boolean;
}

/** An arbitrary for one input value of `type`; `name` and `owner` pick realistic strings and ids. */
function valueOf(type: GraphQLInputType, name: string, owner: string, ctx: Context): fc.Arbitrary<unknown> {
  const { pool, types, valid } = ctx;
  if (isNonNullType(type)) {
    const value = valueOf(type.ofType, name, owner, ctx);
    return valid ? value : fc.oneof({ weight: 19, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
  }
  const inner = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) {
      const item = valueOf(type.ofType, name, owner, ctx);
      if (valid) return fc.array(item, { maxLength: 3 });
      return fc.oneof(
        { weight: 16, arbitrary: fc.array(item, { maxLength: 4 }) },
        // A single value where a list is expected (GraphQL wraps it).
        { weight: 2, arbitrary: item },
        { weight: 1, arbitrary: fc.integer({ min: 100, max: 5000 }).map((depth) => new DeepList(depth)) },
        // A long list (of short values: the body limit is not what this tests).
        { weight: 1, arbitrary: item.map((v) => Array.from({ length: 1000 }, () => (toJson(v).length > 200 ? null : v))) },
      );
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      if (valid) return fc.constantFrom(...values);
      return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', values[0]!.toLowerCase(), '') });
    }
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const record = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, f.name, type.name, ctx)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      });
      if (valid) return record;
      return fc.oneof({ weight: 12, arbitrary: record }, { weight: 1, arbitrary: record.map((r) => ({ ...r, notAField: 1 })) });
    }
    if (isScalarType(type)) {
      const good = ((): fc.Arbitrary<unknown> => {
        switch (type.name) {
          case 'ID': {
            const of = idType(name, owner, types);
            const ids = () => (of && pool.byType.get(of)?.length ? pool.byType.get(of)! : pool.all);
            const real = fc.nat().map((i) => ids()[i % ids().length] ?? '');
            if (valid) return fc.oneof(real.map((id) => id.toUpperCase()), real);
            return fc.oneof(
              // Real ids in upper case: lookups must find them.
              { weight: 6, arbitrary: real.map((id) => id.toUpperCase()) },
              { weight: 3, arbitrary: real },
              { weight: 2, arbitrary: fc.uuid() },
              { weight: 2, arbitrary: strings(name) },
            );
          }
          case 'Int':
            return valid ? fc.integer({ min: 0, max: 5 }) : INTS;
          case 'Float':
            return valid ? fc.constantFrom(0.5, 1, 2) : FLOATS;
          case 'Boolean':
            return fc.boolean();
          case 'DateTime':
            return valid ? fc.constantFrom('2026-05-01T10:00:00Z', '2027-01-15T00:00:00.000Z') : DATE_TIME;
          default:
            return strings(name, valid);
        }
      })();
      return valid ? good : fc.oneof({ weight: 19, arbitrary: good }, { weight: 1, arbitrary: WRONG });
    }
    return WRONG;
  })();
  return valid ? inner : fc.oneof({ weight: 17, arbitrary: inner }, { weight: 3, arbitrary: fc.constant(null) });
}

/**
 * One request: an operation, some of its arguments (all the required ones), and the document.
 * A third of the requests are what a careful caller sends, and a third carry one bad argument
 * among good ones, so the services and the database see input that passed validation.
 */
export function fuzzCases(ops: readonly FuzzOperation[], pool: IdPool, types: readonly string[]): fc.Arbitrary<FuzzCase> {
  const argsOf = (op: FuzzOperation, valid: boolean) =>
    fc.record(Object.fromEntries(op.args.map((a) => [a.name, valueOf(a.type, a.name, op.name, { pool, types, valid })])), {
      requiredKeys: op.args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
    });
  return fc.oneof(
    ...ops.map((op) => {
      const oneBad = op.args.length
        ? fc.tuple(argsOf(op, true), fc.constantFrom(...op.args)).chain(([good, arg]) => valueOf(arg.type, arg.name, op.name, { pool, types, valid: false }).map((bad) => ({ ...good, [arg.name]: bad })))
        : argsOf(op, true);
      return fc.oneof(argsOf(op, false), argsOf(op, true), oneBad).map((variables): FuzzCase => {
        const sent = op.args.filter((a) => a.name in variables);
        const declared = sent.length ? `(${sent.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')})` : '';
        const passed = sent.length ? `(${sent.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
        return { op, variables, document: `${op.kind} Fuzz${declared} { ${op.name}${passed}${op.selection} }` };
      });
    }),
  );
}
