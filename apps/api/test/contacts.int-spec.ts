import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Role } from '@orchestra/shared';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { ALL_ROLES, codeOf, useTestApi } from './support/harness.js';

const FIELDS = 'id clientId name email title userId';
const CREATE = `mutation($clientId: ID!, $name: String!, $email: String!, $title: String, $userId: ID) {
  createContact(clientId: $clientId, name: $name, email: $email, title: $title, userId: $userId) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $name: String, $email: String, $title: String, $userId: ID) {
  updateContact(id: $id, name: $name, email: $email, title: $title, userId: $userId) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteContact(id: $id) { id name } }`;
const ONE = `query($id: ID!) { Contact(id: $id) { id name client { name } } }`;
const LIST = `query($filter: ContactFilter) { allContacts(sortField: "name", filter: $filter) { name client { name } } _allContactsMeta(filter: $filter) { count } }`;

describe('Contact resource', () => {
  const ctx = useTestApi();
  let globexId: string;
  let northwindContactId: string;
  let globexContactId: string;

  beforeEach(async () => {
    const { api, seeded } = ctx;
    [{ id: globexId }] = await api.dataSource.query(`INSERT INTO client (name) VALUES ('Globex Corporation') RETURNING id`);
    [{ id: northwindContactId }] = await api.dataSource.query(
      `INSERT INTO contact ("clientId", name, email, title) VALUES ($1, 'Nora Northwind', 'nora@northwind.example', 'CTO') RETURNING id`,
      [seeded.clientId],
    );
    [{ id: globexContactId }] = await api.dataSource.query(
      `INSERT INTO contact ("clientId", name, email) VALUES ($1, 'Hank Scorpio', 'hank@globex.example') RETURNING id`,
      [globexId],
    );
  });

  const counts = async () => {
    const [row] = await ctx.api.dataSource.query(
      `SELECT (SELECT count(*) FROM contact)::int AS contacts, (SELECT count(*) FROM audit_event WHERE action LIKE 'contact.%')::int AS audits`,
    );
    return row as { contacts: number; audits: number };
  };

  describe('permissions', () => {
    it('reads: ADMIN, CONSULTANT, RECRUITER (to submit profiles to them) and CLIENT (own client) may; anonymous UNAUTHENTICATED', async () => {
      const { api } = ctx;
      for (const role of [Role.ADMIN, Role.CONSULTANT, Role.RECRUITER]) {
        const res = await api.gql(LIST, {}, { as: role });
        expect(res.data).toEqual({
          allContacts: [
            { name: 'Hank Scorpio', client: { name: 'Globex Corporation' } },
            { name: 'Nora Northwind', client: { name: 'Northwind Logistics' } },
          ],
          _allContactsMeta: { count: 2 },
        });
      }
      expect((await api.gql(LIST, {}, { as: Role.CLIENT })).data).toEqual({
        allContacts: [{ name: 'Nora Northwind', client: { name: 'Northwind Logistics' } }],
        _allContactsMeta: { count: 1 },
      });
      for (const query of [LIST, ONE]) {
        const vars = { id: northwindContactId };
        expect(codeOf(await api.gql(query, vars))).toBe('UNAUTHENTICATED');
      }
    });

    it('a CLIENT user probing another client by id, by filter and by search gets NOT_FOUND or nothing', async () => {
      const { api } = ctx;
      expect(codeOf(await api.gql(ONE, { id: globexContactId }, { as: Role.CLIENT }))).toBe('NOT_FOUND');
      for (const filter of [{ clientId: globexId }, { ids: [globexContactId] }, { q: 'scorpio' }]) {
        expect((await api.gql(LIST, { filter }, { as: Role.CLIENT })).data).toEqual({ allContacts: [], _allContactsMeta: { count: 0 } });
      }
    });

    it('changes: ADMIN and CONSULTANT may; RECRUITER and CLIENT are FORBIDDEN and nothing changes', async () => {
      const { api, seeded } = ctx;
      const before = await counts();
      for (const role of ALL_ROLES.filter((r) => r === Role.RECRUITER || r === Role.CLIENT)) {
        const attempts = [
          api.gql(CREATE, { clientId: seeded.clientId, name: 'X', email: 'x@northwind.example' }, { as: role }),
          api.gql(UPDATE, { id: northwindContactId, name: 'Renamed' }, { as: role }),
          api.gql(DELETE, { id: northwindContactId }, { as: role }),
        ];
        for (const res of await Promise.all(attempts)) expect(codeOf(res)).toBe('FORBIDDEN');
      }
      expect(await counts()).toEqual(before);
      for (const role of [Role.ADMIN, Role.CONSULTANT]) {
        const created = await api.gql<{ createContact: { id: string } }>(
          CREATE,
          { clientId: globexId, name: ` Homer ${role} `, email: `Homer.${role}@Globex.example`, title: 'Safety inspector' },
          { as: role },
        );
        expect(created.data!.createContact).toMatchObject({ clientId: globexId, name: `Homer ${role}`, email: `homer.${role.toLowerCase()}@globex.example` });
        const id = created.data!.createContact.id;
        expect((await api.gql(UPDATE, { id, title: null }, { as: role })).data).toMatchObject({ updateContact: { title: null } });
        expect((await api.gql(DELETE, { id }, { as: role })).data).toEqual({ deleteContact: { id, name: `Homer ${role}` } });
      }
      const audits = await api.dataSource.query(`SELECT action, "changedFields" FROM audit_event WHERE action LIKE 'contact.%' ORDER BY "createdAt", action LIMIT 2`);
      expect(audits).toEqual([
        { action: 'contact.create', changedFields: ['clientId', 'email', 'name', 'title'] },
        { action: 'contact.update', changedFields: ['title'] },
      ]);
    });
  });

  describe('bad input', () => {
    it.each([
      ['an empty name', { name: '  ' }, { name: 'must not be empty' }],
      ['a malformed e-mail', { email: 'nora' }, { email: 'must be an e-mail address' }],
      ['an over-long title', { title: 't'.repeat(201) }, { title: 'must be shorter than or equal to 200 characters' }],
      ['an unknown client', { clientId: '00000000-0000-4000-8000-000000000000' }, { clientId: 'does not match any client (00000000-0000-4000-8000-000000000000)' }],
      ['a linked user who is not a CLIENT user', { userId: 'CONSULTANT' }, { userId: 'must be a client user of the same client' }],
      ['a linked CLIENT user of another client', { clientId: 'GLOBEX', userId: 'CLIENT' }, { userId: 'must be a client user of the same client' }],
    ] as [string, Record<string, string>, Record<string, string>][])('refuses %s with BAD_USER_INPUT naming the field and writes nothing', async (_label, override, fields) => {
      const { api, seeded } = ctx;
      const before = await counts();
      const vars: Record<string, unknown> = { clientId: seeded.clientId, name: 'Ned', email: 'ned@northwind.example', ...override };
      if (vars['clientId'] === 'GLOBEX') vars['clientId'] = globexId;
      if (vars['userId'] === 'CONSULTANT') vars['userId'] = seeded.users.CONSULTANT;
      if (vars['userId'] === 'CLIENT') vars['userId'] = seeded.users.CLIENT;
      const res = await api.gql(CREATE, vars, { as: Role.CONSULTANT });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions.fields).toEqual(fields);
      expect(await counts()).toEqual(before);
    });

    it('refuses a second contact with the same e-mail at one client (CONFLICT), but not at another client', async () => {
      const { api, seeded } = ctx;
      const dup = await api.gql(CREATE, { clientId: seeded.clientId, name: 'Nora again', email: 'NORA@northwind.example' }, { as: Role.CONSULTANT });
      expect(dup.errors![0]).toMatchObject({
        message: 'This client already has a contact with e-mail nora@northwind.example.',
        extensions: { code: 'CONFLICT', fields: { email: 'is already used by a contact of this client' } },
      });
      const elsewhere = await api.gql(CREATE, { clientId: globexId, name: 'Nora at Globex', email: 'nora@northwind.example' }, { as: Role.CONSULTANT });
      expect(elsewhere.errors).toBeUndefined();
    });

    it('links a contact to the CLIENT user of its client', async () => {
      const { api, seeded } = ctx;
      const res = await api.gql(UPDATE, { id: northwindContactId, userId: seeded.users.CLIENT }, { as: Role.CONSULTANT });
      expect(res.data).toMatchObject({ updateContact: { userId: seeded.users.CLIENT } });
      const twice = await api.gql(CREATE, { clientId: seeded.clientId, name: 'Other', email: 'other@northwind.example', userId: seeded.users.CLIENT }, { as: Role.CONSULTANT });
      expect(codeOf(twice)).toBe('CONFLICT');
    });
  });

  it("deleting a client (without users) takes its contacts with it", async () => {
    const { api } = ctx;
    const res = await api.gql(`mutation($id: ID!) { deleteClient(id: $id) { id } }`, { id: globexId }, { as: Role.CONSULTANT });
    expect(res.errors).toBeUndefined();
    const [row] = await api.dataSource.query(`SELECT count(*)::int AS n FROM contact WHERE "clientId" = $1`, [globexId]);
    expect(row.n).toBe(0);
  });

  it('resolves contacts with their client in a constant number of SQL statements', async () => {
    const { api } = ctx;
    await api.dataSource.query(`INSERT INTO client (name) SELECT 'Client ' || i FROM generate_series(1, 100) AS i`);
    await api.dataSource.query(`INSERT INTO contact ("clientId", name, email) SELECT id, 'Person', 'p@' || id || '.example' FROM client`);
    const token = await api.tokenFor(Role.CONSULTANT);
    // The user check is cached after a token's first request (UserAccess): count the steady state.
    await api.gql(`{ me { id } }`, {}, { token });
    const statements = async (perPage: number) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      const res = await api.gql<{ allContacts: { client: { name: string } }[] }>(
        `query($perPage: Int) { allContacts(perPage: $perPage) { name client { name } } }`,
        { perPage },
        { token },
      );
      const n = spy.mock.calls.length;
      spy.mockRestore();
      expect(res.data!.allContacts).toHaveLength(perPage);
      return n;
    };
    expect(await statements(100)).toBe(await statements(10));
    expect(await statements(10)).toBe(2); // the list, the clients
  });
});
