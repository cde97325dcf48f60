import {
  getNamedType,
  getOperationAST,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

type Variables = Record<string, unknown>;

/**
 * react-admin's stock provider (ra-data-graphql-simple) sends a record back as it read it: nested
 * objects carry Apollo's `__typename`, and an embedded list keeps the read-only fields of its output
 * type (a required skill's `skill` name beside its `skillId`). So that every update takes the record
 * as read, an input named `XInput` ignores `__typename` and the fields of its output type `X` that it
 * does not take; any other unknown field is still refused by GraphQL, naming it.
 */
export class RecordAsRead {
  /** Input variables per (query, operation): parsing is cached like Mercurius caches its own. */
  private readonly plans = new Map<string, { name: string; type: GraphQLInputType }[]>();

  constructor(
    private readonly schema: () => GraphQLSchema,
    private readonly maxPlans = 500,
  ) {}

  /** The variables with the read-only fields dropped (the same object when nothing needed it). */
  clean(query: unknown, operationName: unknown, variables: unknown): unknown {
    if (typeof query !== 'string' || !isRecord(variables) || !Object.values(variables).some((v) => typeof v === 'object' && v !== null)) return variables;
    const plan = this.plan(query, typeof operationName === 'string' ? operationName : undefined);
    if (!plan.length) return variables;
    const out: Variables = { ...variables };
    for (const { name, type } of plan) if (name in out) out[name] = this.value(type, out[name]);
    return out;
  }

  private plan(query: string, operationName: string | undefined) {
    const key = `${operationName ?? ''}\n${query}`;
    let plan = this.plans.get(key);
    if (!plan) {
      plan = [];
      try {
        const operation = getOperationAST(parse(query, { maxTokens: 10_000 }), operationName);
        for (const def of operation?.variableDefinitions ?? []) {
          const type = typeFromAST(this.schema(), def.type) as GraphQLInputType | undefined;
          if (type && isInputObjectType(getNamedType(type))) plan.push({ name: def.variable.name.value, type });
        }
      } catch {
        // A document that does not parse is Mercurius's to refuse, with its own message.
      }
      if (this.plans.size >= this.maxPlans) this.plans.delete(this.plans.keys().next().value!);
      this.plans.set(key, plan);
    }
    return plan;
  }

  private value(type: GraphQLInputType, value: unknown): unknown {
    if (isNonNullType(type)) return this.value(type.ofType, value);
    if (isListType(type)) return Array.isArray(value) ? value.map((v) => this.value(type.ofType, v)) : this.value(type.ofType, value);
    if (!isInputObjectType(type) || !isRecord(value)) return value;
    const fields = type.getFields();
    const output = this.schema().getType(type.name.replace(/Input$/, ''));
    const readOnly = isObjectType(output) && output.name !== type.name ? output.getFields() : {};
    const out: Variables = {};
    for (const [key, v] of Object.entries(value)) {
      const field = fields[key];
      if (field) out[key] = this.value(field.type, v);
      else if (key !== '__typename' && !(key in readOnly)) out[key] = v;
    }
    return out;
  }
}

function isRecord(value: unknown): value is Variables {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
