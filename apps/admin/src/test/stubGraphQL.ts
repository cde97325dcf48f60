import { vi } from 'vitest';

// Test kit (imported by tests only): stubs `fetch('/graphql')` for the operations run through the typed client (`request`).

export interface GqlCall {
  operation: string;
  variables: Record<string, unknown>;
}

/** What a handler answers: the `data` object, or an API error. */
export type GqlReply = { data: object } | { errors: { message: string; extensions: { code: string } }[] };

export const ok = (data: object): GqlReply => ({ data });
export const apiError = (code: string, message: string): GqlReply => ({ errors: [{ message, extensions: { code } }] });

/**
 * Each operation (by its name, e.g. `AssessmentReport`) answers from its handler; every call is
 * recorded. An operation without a handler fails the test.
 */
export function stubGraphQL(handlers: Record<string, (variables: Record<string, unknown>, call: number) => GqlReply | Promise<GqlReply>>) {
  const calls: GqlCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      if (url !== '/graphql') throw new Error(`unexpected fetch ${url}`);
      const { query, variables } = JSON.parse(init.body as string) as { query: string; variables: Record<string, unknown> };
      const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? query;
      calls.push({ operation, variables });
      const handler = handlers[operation];
      if (!handler) throw new Error(`no stub for ${operation}`);
      const count = calls.filter((c) => c.operation === operation).length;
      return new Response(JSON.stringify(await handler(variables, count)));
    }),
  );
  return {
    calls,
    of: (operation: string) => calls.filter((c) => c.operation === operation),
  };
}
