import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@orchestra/shared';
import { getIntrospectionQuery } from 'graphql';
import { codeOf, TestApi } from './support/harness.js';

describe('GraphQL hardening', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start({ GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_ALIASES: '5', BODY_LIMIT_BYTES: '4096' });
    await api.resetDb();
  });
  afterAll(() => api.close());

  it('refuses a query deeper than the limit and accepts one at the limit', async () => {
    const deep = await api.gql(`mutation { refreshSession { user { client { name } } } }`);
    expect(deep.status).toBe(400);
    expect(deep.errors![0]).toMatchObject({
      message: 'Operation anonymous is deeper than 3 levels, the limit. Split it into smaller queries.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const ok = await api.gql(`{ allUsers { client { name } } }`, {}, { as: Role.ADMIN });
    expect(ok.errors).toBeUndefined();
  });

  it('does not count introspection against the depth limit (the admin introspects)', async () => {
    const res = await api.gql<{ __schema: { queryType: { name: string } } }>(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    expect(res.data!.__schema.queryType.name).toBe('Query');
  });

  it('counts depth through fragments', async () => {
    const res = await api.gql(`mutation M { ...A } fragment A on Mutation { refreshSession { ...B } } fragment B on AuthPayload { user { client { id } } }`);
    expect(res.errors![0]!.message).toBe('Operation M is deeper than 3 levels, the limit. Split it into smaller queries.');
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`, {}, { as: Role.ADMIN });
    expect(res.errors![0]).toMatchObject({ message: 'Operation anonymous uses more than 5 aliases, the limit.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses batched (array) requests', async () => {
    const res = await api.raw([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await api.raw({ query: `{ __typename }`, variables: { padding: 'x'.repeat(5000) } });
    expect(res.status).toBe(413);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('refuses a simple (CSRF-able) request without a JSON content type', async () => {
    const res = await api.raw(JSON.stringify({ query: '{ __typename }' }), { contentType: 'text/plain' });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.message).toMatch(/Cross-Site Request Forgery/);
  });

  it('suggests field names outside production', async () => {
    const res = await api.gql(`{ mee { id } }`, {}, { as: Role.ADMIN });
    expect(res.errors![0]!.message).toBe('Cannot query field "mee" on type "Query". Did you mean "me"?');
  });
});

describe('GraphQL in production', () => {
  let api: TestApi;

  beforeAll(async () => {
    // Production requires SMTP; nothing is sent in these tests.
    api = await TestApi.start({ NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:2525' });
  });
  afterAll(() => api.close());

  it('turns introspection off', async () => {
    const res = await api.gql(`{ __schema { types { name } } }`);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/introspection/i);
  });

  it('gives no field suggestions and no stack traces', async () => {
    const res = await api.gql(`{ mee { id } }`);
    expect(res.errors![0]!.message).toBe('Cannot query field "mee" on type "Query".');
    expect(JSON.stringify(res.errors)).not.toMatch(/stack|\.ts:|\.js:/);
  });
});
