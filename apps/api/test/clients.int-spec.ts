import { beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '@orchestra/shared';
import { codeOf, useTestApi } from './support/harness.js';

describe('Client resource and tenant scoping', () => {
  const ctx = useTestApi();
  let otherClientId: string;

  beforeEach(async () => {
    const [row] = await ctx.api.dataSource.query(`INSERT INTO client (name) VALUES ('Globex Corporation') RETURNING id`);
    otherClientId = row.id;
  });

  const LIST = `query($filter: ClientFilter) { allClients(sortField: "name", filter: $filter) { id name } _allClientsMeta(filter: $filter) { count } }`;
  const ONE = `query($id: ID!) { Client(id: $id) { id name } }`;

  it('staff roles read every client', async () => {
    for (const role of [Role.ADMIN, Role.CONSULTANT, Role.RECRUITER]) {
      const res = await ctx.api.gql(LIST, {}, { as: role });
      expect(res.data).toEqual({
        allClients: [
          { id: otherClientId, name: 'Globex Corporation' },
          { id: ctx.seeded.clientId, name: 'Northwind Logistics' },
        ],
        _allClientsMeta: { count: 2 },
      });
    }
  });

  it('a CLIENT user sees only their own client, by list, by id, by filter and by count', async () => {
    const own = await ctx.api.gql(LIST, {}, { as: Role.CLIENT });
    expect(own.data).toEqual({ allClients: [{ id: ctx.seeded.clientId, name: 'Northwind Logistics' }], _allClientsMeta: { count: 1 } });

    const byId = await ctx.api.gql(ONE, { id: otherClientId }, { as: Role.CLIENT });
    expect(byId.data).toBeNull();
    expect(byId.errors![0]).toMatchObject({ message: `Client ${otherClientId} was not found.`, extensions: { code: 'NOT_FOUND' } });

    const byFilter = await ctx.api.gql(LIST, { filter: { ids: [otherClientId] } }, { as: Role.CLIENT });
    expect(byFilter.data).toEqual({ allClients: [], _allClientsMeta: { count: 0 } });
    const byText = await ctx.api.gql(LIST, { filter: { q: 'Globex' } }, { as: Role.CLIENT });
    expect(byText.data).toEqual({ allClients: [], _allClientsMeta: { count: 0 } });

    expect((await ctx.api.gql(ONE, { id: ctx.seeded.clientId }, { as: Role.CLIENT })).data).toEqual({ Client: { id: ctx.seeded.clientId, name: 'Northwind Logistics' } });
  });

  it('a CLIENT user of another client cannot reach Northwind through nested fields either', async () => {
    await ctx.api.dataSource.query(
      `INSERT INTO app_user (email, name, role, "clientId", "passwordHash") SELECT 'it@globex.example', 'Globex IT', 'CLIENT', $1, "passwordHash" FROM app_user WHERE role = 'CLIENT'`,
      [otherClientId],
    );
    const login = await ctx.api.login('it@globex.example', 'orchestra-client-demo');
    const token = login.data!.login.accessToken;
    expect(codeOf(await ctx.api.gql(ONE, { id: ctx.seeded.clientId }, { token }))).toBe('NOT_FOUND');
    expect((await ctx.api.gql(LIST, {}, { token })).data).toEqual({ allClients: [{ id: otherClientId, name: 'Globex Corporation' }], _allClientsMeta: { count: 1 } });
    // Users (and their nested client) are not readable by CLIENT users at all.
    expect(codeOf(await ctx.api.gql(`{ allUsers { client { name } } }`, {}, { token }))).toBe('FORBIDDEN');
    expect((await ctx.api.gql(`{ me { clientId } }`, {}, { token })).data).toEqual({ me: { clientId: otherClientId } });
  });

  describe('mutations', () => {
    const CREATE = `mutation($name: String!) { createClient(name: $name) { id name } }`;
    const UPDATE = `mutation($id: ID!, $name: String) { updateClient(id: $id, name: $name) { id name } }`;
    const DELETE = `mutation($id: ID!) { deleteClient(id: $id) { id name } }`;

    it('ADMIN and CONSULTANT create, update and delete; RECRUITER and CLIENT are FORBIDDEN', async () => {
      for (const role of [Role.RECRUITER, Role.CLIENT]) {
        expect(codeOf(await ctx.api.gql(CREATE, { name: 'Initech' }, { as: role }))).toBe('FORBIDDEN');
        expect(codeOf(await ctx.api.gql(UPDATE, { id: ctx.seeded.clientId, name: 'Renamed' }, { as: role }))).toBe('FORBIDDEN');
        expect(codeOf(await ctx.api.gql(DELETE, { id: otherClientId }, { as: role }))).toBe('FORBIDDEN');
      }
      for (const role of [Role.ADMIN, Role.CONSULTANT]) {
        const created = await ctx.api.gql<{ createClient: { id: string; name: string } }>(CREATE, { name: ` Initech ${role} ` }, { as: role });
        expect(created.data!.createClient.name).toBe(`Initech ${role}`);
        const id = created.data!.createClient.id;
        expect((await ctx.api.gql(UPDATE, { id, name: 'Initrode' }, { as: role })).data).toEqual({ updateClient: { id, name: 'Initrode' } });
        expect((await ctx.api.gql(DELETE, { id }, { as: role })).data).toEqual({ deleteClient: { id, name: 'Initrode' } });
      }
      const audits = await ctx.api.dataSource.query(`SELECT action, "changedFields" FROM audit_event WHERE "targetType" = 'Client' ORDER BY "createdAt", action`);
      expect(audits).toHaveLength(6);
    });

    it('refuses an empty or over-long name and writes nothing', async () => {
      for (const name of ['   ', 'x'.repeat(201)]) {
        const res = await ctx.api.gql(CREATE, { name }, { as: Role.ADMIN });
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(Object.keys(res.errors![0]!.extensions.fields!)).toEqual(['name']);
      }
      const [row] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM client`);
      expect(row.n).toBe(2);
    });

    it('refuses to delete a client that still has users, with CONFLICT', async () => {
      const res = await ctx.api.gql(DELETE, { id: ctx.seeded.clientId }, { as: Role.ADMIN });
      expect(res.errors![0]).toMatchObject({
        message: 'Client Northwind Logistics still has users: delete or move them first.',
        extensions: { code: 'CONFLICT' },
      });
      const [row] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM client WHERE id = $1`, [ctx.seeded.clientId]);
      expect(row.n).toBe(1);
    });
  });
});
