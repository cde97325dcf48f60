import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Role } from '@orchestra/shared';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import type { SeededDemo } from '../src/seed/demo-data.js';
import { ALL_ROLES, codeOf, useTestApi, type TestApi } from './support/harness.js';

const USER_FIELDS = 'id email name role clientId active';
const CREATE = `mutation($email: String!, $name: String!, $role: UserRole!, $clientId: ID) {
  createUser(email: $email, name: $name, role: $role, clientId: $clientId) { ${USER_FIELDS} } }`;

async function counts(api: TestApi) {
  const [row] = await api.dataSource.query(
    `SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM outbox_event)::int AS outbox,
            (SELECT count(*) FROM audit_event WHERE action LIKE 'user.%')::int AS audits`,
  );
  return row as { users: number; outbox: number; audits: number };
}

/** How the refusal names each role (hand-written: the test checks the labels, too). */
const ROLE_WORDS: Record<string, string> = { CONSULTANT: 'Consultant', RECRUITER: 'Recruiter', CLIENT: 'Client' };

describe('User resource', () => {
  const ctx = useTestApi();

  describe('permissions: only ADMIN reads or changes users', () => {
    const operations: [string, (s: SeededDemo) => [string, Record<string, unknown>]][] = [
      ['User', (s) => [`query($id: ID!) { User(id: $id) { id } }`, { id: s.users.RECRUITER }]],
      ['allUsers', () => [`{ allUsers { id } }`, {}]],
      ['_allUsersMeta', () => [`{ _allUsersMeta { count } }`, {}]],
      ['createUser', () => [CREATE, { email: 'new@example.com', name: 'New', role: 'RECRUITER' }]],
      ['updateUser', (s) => [`mutation($id: ID!) { updateUser(id: $id, name: "Renamed") { id } }`, { id: s.users.RECRUITER }]],
      ['deleteUser', (s) => [`mutation($id: ID!) { deleteUser(id: $id) { id } }`, { id: s.users.RECRUITER }]],
    ];

    for (const [name, build] of operations) {
      it(`${name}: ADMIN allowed, other roles FORBIDDEN, anonymous UNAUTHENTICATED, nothing changed`, async () => {
        const before = await counts(ctx.api);
        for (const role of ALL_ROLES.filter((r) => r !== Role.ADMIN)) {
          const [query, vars] = build(ctx.seeded);
          const res = await ctx.api.gql(query, vars, { as: role });
          expect([role, codeOf(res)]).toEqual([role, 'FORBIDDEN']);
          expect(res.errors![0]!.message).toBe(`As a ${ROLE_WORDS[role]} you cannot ${name.includes('all') || name === 'User' ? 'see' : 'manage'} user accounts: ask an administrator if you need to.`);
        }
        const [query, vars] = build(ctx.seeded);
        expect(codeOf(await ctx.api.gql(query, vars))).toBe('UNAUTHENTICATED');
        expect(await counts(ctx.api)).toEqual(before);
        const allowed = await ctx.api.gql(query, vars, { as: Role.ADMIN });
        expect(allowed.errors).toBeUndefined();
      });
    }
  });

  describe('createUser', () => {
    it('creates a user without a password, queues the set-password e-mail and audits it, in one transaction', async () => {
      const res = await ctx.api.gql<{ createUser: Record<string, unknown> }>(
        CREATE,
        { email: '  Grace.Hopper@Example.COM ', name: ' Grace Hopper ', role: 'CLIENT', clientId: ctx.seeded.clientId },
        { as: Role.ADMIN },
      );
      expect(res.errors).toBeUndefined();
      const user = res.data!.createUser;
      expect(user).toMatchObject({ email: 'grace.hopper@example.com', name: 'Grace Hopper', role: 'CLIENT', clientId: ctx.seeded.clientId, active: true });
      const [row] = await ctx.api.dataSource.query(`SELECT "passwordHash" FROM app_user WHERE id = $1`, [user['id']]);
      expect(row.passwordHash).toBeNull();
      const outbox = await ctx.api.dataSource.query(`SELECT type, payload, "sentAt" FROM outbox_event`);
      expect(outbox).toEqual([{ type: 'user.invited', payload: { userId: user['id'] }, sentAt: null }]);
      const audit = await ctx.api.dataSource.query(`SELECT "actorId", action, "targetType", "targetId", "changedFields" FROM audit_event WHERE action = 'user.create'`);
      expect(audit).toEqual([
        { actorId: ctx.seeded.users.ADMIN, action: 'user.create', targetType: 'User', targetId: user['id'], changedFields: ['active', 'clientId', 'email', 'name', 'role'] },
      ]);
    });

    it.each([
      ['a malformed e-mail', { email: 'not-an-email', name: 'X', role: 'RECRUITER' }, { email: 'must be an e-mail address' }],
      ['an empty name', { email: 'x@example.com', name: '   ', role: 'RECRUITER' }, { name: 'must not be empty' }],
      ['an over-long name', { email: 'x@example.com', name: 'n'.repeat(201), role: 'RECRUITER' }, { name: 'must be shorter than or equal to 200 characters' }],
      ['a CLIENT without a client', { email: 'x@example.com', name: 'X', role: 'CLIENT' }, { clientId: 'is required for a client user' }],
      ['a staff user bound to a client', { email: 'x@example.com', name: 'X', role: 'CONSULTANT', clientId: 'CLIENT_ID' }, { clientId: 'must be empty for the Consultant role (only client users belong to a client)' }],
      ['an unknown client', { email: 'x@example.com', name: 'X', role: 'CLIENT', clientId: '00000000-0000-4000-8000-000000000000' }, { clientId: 'does not match any client (00000000-0000-4000-8000-000000000000)' }],
      ['a client id that is not a UUID', { email: 'x@example.com', name: 'X', role: 'CLIENT', clientId: '42' }, { clientId: 'must be a UUID' }],
    ] as [string, Record<string, string>, Record<string, string>][])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_label, vars, fields) => {
      const before = await counts(ctx.api);
      const input = { ...vars, clientId: vars.clientId === 'CLIENT_ID' ? ctx.seeded.clientId : vars.clientId };
      const res = await ctx.api.gql(CREATE, input, { as: Role.ADMIN });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions.fields).toEqual(fields);
      expect(await counts(ctx.api)).toEqual(before);
    });

    it('refuses an unknown role value with BAD_USER_INPUT', async () => {
      const res = await ctx.api.gql(CREATE, { email: 'x@example.com', name: 'X', role: 'SUPERUSER' }, { as: Role.ADMIN });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toContain('Value "SUPERUSER" does not exist in "UserRole" enum');
    });

    it('refuses an e-mail already used, whatever its case, with CONFLICT', async () => {
      const before = await counts(ctx.api);
      const res = await ctx.api.gql(CREATE, { email: 'Admin@Orchestra.Local', name: 'Twin', role: 'ADMIN' }, { as: Role.ADMIN });
      expect(res.errors![0]).toMatchObject({ message: 'A user with e-mail admin@orchestra.local already exists.', extensions: { code: 'CONFLICT', fields: { email: 'is already used' } } });
      expect(await counts(ctx.api)).toEqual(before);
    });
  });

  describe('updateUser and deleteUser', () => {
    const UPDATE = `mutation($id: ID!, $name: String, $role: UserRole, $clientId: ID, $active: Boolean) {
      updateUser(id: $id, name: $name, role: $role, clientId: $clientId, active: $active) { ${USER_FIELDS} } }`;

    it('changes only what is given and audits the changed field names', async () => {
      const res = await ctx.api.gql(UPDATE, { id: ctx.seeded.users.RECRUITER, name: 'Rita R.', active: true }, { as: Role.ADMIN });
      expect(res.data).toMatchObject({ updateUser: { name: 'Rita R.', email: 'recruiter@orchestra.local', role: 'RECRUITER', active: true } });
      const [audit] = await ctx.api.dataSource.query(`SELECT "changedFields" FROM audit_event WHERE action = 'user.update'`);
      expect(audit.changedFields).toEqual(['name']);
    });

    it('drops the client binding when a CLIENT user becomes staff, and ends their sessions', async () => {
      await ctx.api.tokenFor(Role.CLIENT); // creates a refresh token
      const res = await ctx.api.gql(UPDATE, { id: ctx.seeded.users.CLIENT, role: 'CONSULTANT' }, { as: Role.ADMIN });
      expect(res.data).toMatchObject({ updateUser: { role: 'CONSULTANT', clientId: null } });
      const [row] = await ctx.api.dataSource.query(`SELECT count(*)::int AS live FROM refresh_token WHERE "userId" = $1 AND "revokedAt" IS NULL`, [ctx.seeded.users.CLIENT]);
      expect(row.live).toBe(0);
    });

    it('changing the e-mail of a user who never set a password voids the old link and invites the new address', async () => {
      const created = await ctx.api.gql<{ createUser: { id: string } }>(CREATE, { email: 'typo@exmaple.com', name: 'Typo', role: 'RECRUITER' }, { as: Role.ADMIN });
      const id = created.data!.createUser.id;
      await ctx.api.dataSource.query(`INSERT INTO password_token ("userId", "tokenHash", "expiresAt", "emailedAt") VALUES ($1, repeat('a', 64), now() + interval '1 day', now())`, [id]);
      const res = await ctx.api.gql(`mutation($id: ID!) { updateUser(id: $id, email: "typo@example.com") { email } }`, { id }, { as: Role.ADMIN });
      expect(res.data).toEqual({ updateUser: { email: 'typo@example.com' } });
      const [token] = await ctx.api.dataSource.query(`SELECT "usedAt" FROM password_token WHERE "userId" = $1`, [id]);
      expect(token.usedAt).not.toBeNull();
      const invites = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'user.invited' AND payload->>'userId' = $1`, [id]);
      expect(invites).toEqual([{ n: 2 }]);
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      const missing = await ctx.api.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', name: 'X' }, { as: Role.ADMIN });
      expect(missing.errors![0]).toMatchObject({ message: 'User 00000000-0000-4000-8000-000000000000 was not found.', extensions: { code: 'NOT_FOUND' } });
      const malformed = await ctx.api.gql(UPDATE, { id: 'abc', name: 'X' }, { as: Role.ADMIN });
      expect(malformed.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { id: 'must be a UUID' } });
    });

    it('stops an ADMIN from demoting, deactivating or deleting themself', async () => {
      for (const vars of [{ role: 'CONSULTANT' }, { active: false }]) {
        const res = await ctx.api.gql(UPDATE, { id: ctx.seeded.users.ADMIN, ...vars }, { as: Role.ADMIN });
        expect(codeOf(res)).toBe('CONFLICT');
      }
      const del = await ctx.api.gql(`mutation($id: ID!) { deleteUser(id: $id) { id } }`, { id: ctx.seeded.users.ADMIN }, { as: Role.ADMIN });
      expect(del.errors![0]!.message).toBe('You cannot delete your own account: ask another administrator.');
    });

    it('deleteUser returns the deleted record and audits it', async () => {
      const res = await ctx.api.gql(`mutation($id: ID!) { deleteUser(id: $id) { id email } }`, { id: ctx.seeded.users.RECRUITER }, { as: Role.ADMIN });
      expect(res.data).toEqual({ deleteUser: { id: ctx.seeded.users.RECRUITER, email: 'recruiter@orchestra.local' } });
      const [row] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE id = $1`, [ctx.seeded.users.RECRUITER]);
      expect(row.n).toBe(0);
      const [audit] = await ctx.api.dataSource.query(`SELECT "targetId" FROM audit_event WHERE action = 'user.delete'`);
      expect(audit.targetId).toBe(ctx.seeded.users.RECRUITER);
    });
  });

  it('never exposes a password field', async () => {
    const res = await ctx.api.gql<{ __type: { fields: { name: string }[] } }>(`{ __type(name: "User") { fields { name } } }`);
    expect(res.data!.__type.fields.map((f) => f.name).sort()).toEqual(
      ['active', 'client', 'clientId', 'createdAt', 'email', 'id', 'lastLoginAt', 'name', 'role', 'updatedAt'],
    );
  });

  describe('list plumbing: paging, sorting, filtering', () => {
    const LIST = `query($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: UserFilter) {
      allUsers(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { email }
      _allUsersMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`;
    const list = async (vars: Record<string, unknown>) => {
      const res = await ctx.api.gql<{ allUsers: { email: string }[]; _allUsersMeta: { count: number } }>(LIST, vars, { as: Role.ADMIN });
      if (res.errors) return res;
      return { emails: res.data!.allUsers.map((u) => u.email), count: res.data!._allUsersMeta.count };
    };

    beforeEach(async () => {
      // Six more users: u1..u6, alternating CONSULTANT / RECRUITER.
      await ctx.api.dataSource.query(
        `INSERT INTO app_user (email, name, role) SELECT 'u' || i || '@example.com', 'User ' || i, CASE WHEN i % 2 = 0 THEN 'CONSULTANT' ELSE 'RECRUITER' END FROM generate_series(1, 6) AS i`,
      );
    });

    it('pages with a zero-based page and counts the whole filtered set', async () => {
      expect(await list({ sortField: 'email', perPage: 4, page: 0 })).toEqual({
        emails: ['admin@orchestra.local', 'consultant@orchestra.local', 'cto@northwind.example', 'recruiter@orchestra.local'],
        count: 10,
      });
      expect(await list({ sortField: 'email', perPage: 4, page: 2 })).toEqual({ emails: ['u5@example.com', 'u6@example.com'], count: 10 });
      expect(await list({ sortField: 'email', perPage: 4, page: 3 })).toEqual({ emails: [], count: 10 });
    });

    it('sorts either way on allow-listed fields and refuses the others naming them', async () => {
      expect(await list({ sortField: 'email', sortOrder: 'DESC', perPage: 3 })).toMatchObject({ emails: ['u6@example.com', 'u5@example.com', 'u4@example.com'] });
      const bad = (await list({ sortField: 'passwordHash' })) as { errors: { extensions: { code: string; fields: Record<string, string> } }[] };
      expect(bad.errors[0]!.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { sortField: 'must be one of id, email, name, role, active, lastLoginAt, createdAt (got "passwordHash")' },
      });
      const inherited = (await list({ sortField: 'constructor' })) as { errors: { extensions: { code: string } }[] };
      expect(inherited.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      const badOrder = (await list({ sortField: 'email', sortOrder: 'SIDEWAYS' })) as { errors: { extensions: { fields: Record<string, string> } }[] };
      expect(badOrder.errors[0]!.extensions.fields).toEqual({ sortOrder: 'must be ASC or DESC' });
    });

    it('filters by role, client, ids and free text', async () => {
      expect(await list({ sortField: 'email', filter: { role: 'CONSULTANT' } })).toEqual({
        emails: ['consultant@orchestra.local', 'u2@example.com', 'u4@example.com', 'u6@example.com'],
        count: 4,
      });
      expect(await list({ filter: { clientId: ctx.seeded.clientId } })).toEqual({ emails: ['cto@northwind.example'], count: 1 });
      expect(await list({ sortField: 'email', filter: { ids: [ctx.seeded.users.ADMIN, ctx.seeded.users.RECRUITER] } })).toEqual({
        emails: ['admin@orchestra.local', 'recruiter@orchestra.local'],
        count: 2,
      });
      // q searches name and e-mail, case-insensitively; LIKE wildcards are taken literally.
      expect(await list({ sortField: 'email', filter: { q: 'USER 1' } })).toEqual({ emails: ['u1@example.com'], count: 1 });
      expect(await list({ filter: { q: 'northwind' } })).toEqual({ emails: ['cto@northwind.example'], count: 1 });
      expect(await list({ filter: { q: '%' } })).toEqual({ emails: [], count: 0 });
      expect(await list({ filter: { role: 'CONSULTANT', q: 'u4' } })).toEqual({ emails: ['u4@example.com'], count: 1 });
    });

    it('validates filter values, naming the field', async () => {
      const res = (await list({ filter: { ids: ['not-a-uuid'], clientId: 'x' } })) as { errors: { extensions: { code: string; fields: Record<string, string> } }[] };
      expect(res.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { ids: 'must be UUIDs', clientId: 'must be a UUID' } });
    });

    it('caps perPage at 100', async () => {
      await ctx.api.dataSource.query(`INSERT INTO app_user (email, name, role) SELECT 'bulk' || i || '@example.com', 'Bulk ' || i, 'RECRUITER' FROM generate_series(1, 120) AS i`);
      const res = (await list({ perPage: 500 })) as { emails: string[]; count: number };
      expect(res.emails).toHaveLength(100);
      expect(res.count).toBe(130);
    });

    it('filters on a created-at range', async () => {
      await ctx.api.dataSource.query(`UPDATE app_user SET "createdAt" = '2020-01-01T00:00:00Z' WHERE email LIKE 'u%@example.com'`);
      expect(await list({ sortField: 'email', filter: { createdAt_lt: '2021-01-01T00:00:00Z' } })).toMatchObject({ count: 6 });
      expect(await list({ sortField: 'email', filter: { createdAt_gte: '2021-01-01T00:00:00Z' } })).toMatchObject({ count: 4 });
    });

    it('resolves nested clients with a constant number of SQL statements, whatever the page size', async () => {
      await ctx.api.dataSource.query(`INSERT INTO client (name) SELECT 'Client ' || i FROM generate_series(1, 100) AS i`);
      await ctx.api.dataSource.query(
        `INSERT INTO app_user (email, name, role, "clientId") SELECT 'c' || row_number() OVER () || '@example.com', 'C', 'CLIENT', id FROM client`,
      );
      const query = `query($perPage: Int) { allUsers(perPage: $perPage, filter: { role: CLIENT }) { email client { name } } }`;
      const token = await ctx.api.tokenFor(Role.ADMIN);
      // The user check is cached after a token's first request (UserAccess): count the steady state.
      await ctx.api.gql(`{ me { id } }`, {}, { token });
      const statements = async (perPage: number) => {
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        const res = await ctx.api.gql<{ allUsers: { client: { name: string } | null }[] }>(query, { perPage }, { token });
        const n = spy.mock.calls.length;
        spy.mockRestore();
        expect(res.data!.allUsers).toHaveLength(perPage);
        expect(res.data!.allUsers.every((u) => u.client?.name)).toBe(true);
        return n;
      };
      const ten = await statements(10);
      const hundred = await statements(100);
      expect(hundred).toBe(ten);
      // the list, one batched client load
      expect(ten).toBe(2);
    });
  });
});
