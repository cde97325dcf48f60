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

  describe('client profile', () => {
    const PROFILE = 'name industry sizeBand region timeZone coreHoursStart coreHoursEnd notes';
    const CREATE_FULL = `mutation($name: String!, $industry: String, $sizeBand: SizeBand, $region: String, $timeZone: String,
      $coreHoursStart: String, $coreHoursEnd: String, $notes: String) {
      createClient(name: $name, industry: $industry, sizeBand: $sizeBand, region: $region, timeZone: $timeZone,
        coreHoursStart: $coreHoursStart, coreHoursEnd: $coreHoursEnd, notes: $notes) { id ${PROFILE} } }`;
    const full = {
      name: 'Initech',
      industry: 'Fintech',
      sizeBand: 'S_201_1000',
      region: 'DACH',
      timeZone: 'Europe/Berlin',
      coreHoursStart: '09:30',
      coreHoursEnd: '16:00',
      notes: 'Budget owner is the CFO.',
    };

    it('stores the whole profile and audits the fields that were set', async () => {
      const res = await ctx.api.gql<{ createClient: Record<string, unknown> }>(CREATE_FULL, full, { as: Role.CONSULTANT });
      expect(res.data!.createClient).toMatchObject(full);
      const [audit] = await ctx.api.dataSource.query(`SELECT "changedFields" FROM audit_event WHERE action = 'client.create'`);
      expect(audit.changedFields).toEqual(['coreHoursEnd', 'coreHoursStart', 'industry', 'name', 'notes', 'region', 'sizeBand', 'timeZone']);
    });

    it.each([
      ['an unknown time zone', { timeZone: 'Mars/Olympus' }, { timeZone: 'must be an IANA time zone such as Europe/Berlin' }],
      ['a malformed time', { coreHoursStart: '9am' }, { coreHoursStart: 'must be a time as HH:MM, 00:00 to 23:59' }],
      ['core hours ending before they start', { coreHoursStart: '17:00', coreHoursEnd: '09:00' }, { coreHoursEnd: 'must be after coreHoursStart (17:00)' }],
      ['half of the core hours', { coreHoursStart: '09:00', coreHoursEnd: null }, { coreHoursEnd: 'is required when the other end of the core hours is set' }],
      ['an unknown size band', { sizeBand: 'HUGE' }, null],
    ] as [string, Record<string, unknown>, Record<string, string> | null][])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, override, fields) => {
      const res = await ctx.api.gql(CREATE_FULL, { ...full, ...override }, { as: Role.CONSULTANT });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      if (fields) expect(res.errors![0]!.extensions.fields).toEqual(fields);
      const [row] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM client WHERE name = 'Initech'`);
      expect(row.n).toBe(0);
    });

    it('updates only what is given; null clears an optional field but not the name', async () => {
      const created = await ctx.api.gql<{ createClient: { id: string } }>(CREATE_FULL, full, { as: Role.CONSULTANT });
      const id = created.data!.createClient.id;
      const UPDATE = `mutation($id: ID!, $name: String, $region: String, $coreHoursStart: String, $coreHoursEnd: String) {
        updateClient(id: $id, name: $name, region: $region, coreHoursStart: $coreHoursStart, coreHoursEnd: $coreHoursEnd) { ${PROFILE} } }`;
      const res = await ctx.api.gql(UPDATE, { id, region: null, coreHoursStart: null, coreHoursEnd: null }, { as: Role.CONSULTANT });
      expect(res.data).toEqual({ updateClient: { ...full, region: null, coreHoursStart: null, coreHoursEnd: null } });
      const noName = await ctx.api.gql(UPDATE, { id, name: null }, { as: Role.CONSULTANT });
      expect(noName.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { name: 'cannot be empty: leave it out to keep the current value' } });
    });

    it('hides internal notes from CLIENT users (null), not from staff', async () => {
      await ctx.api.dataSource.query(`UPDATE client SET notes = 'Renewal at risk' WHERE id = $1`, [ctx.seeded.clientId]);
      const query = `query($id: ID!) { Client(id: $id) { name notes } }`;
      expect((await ctx.api.gql(query, { id: ctx.seeded.clientId }, { as: Role.CLIENT })).data).toEqual({ Client: { name: 'Northwind Logistics', notes: null } });
      expect((await ctx.api.gql(query, { id: ctx.seeded.clientId }, { as: Role.RECRUITER })).data).toEqual({ Client: { name: 'Northwind Logistics', notes: 'Renewal at risk' } });
      const list = await ctx.api.gql(`{ allClients { notes } }`, {}, { as: Role.CLIENT });
      expect(list.data).toEqual({ allClients: [{ notes: null }] });
    });

    it('filters by industry and size band and sorts by them', async () => {
      await ctx.api.dataSource.query(`UPDATE client SET industry = 'Logistics', "sizeBand" = 'S_1001_5000' WHERE id = $1`, [ctx.seeded.clientId]);
      await ctx.api.dataSource.query(`UPDATE client SET industry = 'Energy', "sizeBand" = 'S_5000_PLUS' WHERE id = $1`, [otherClientId]);
      const query = `query($filter: ClientFilter, $sortField: String, $sortOrder: String) {
        allClients(filter: $filter, sortField: $sortField, sortOrder: $sortOrder) { name } }`;
      const names = async (vars: Record<string, unknown>) =>
        ((await ctx.api.gql<{ allClients: { name: string }[] }>(query, vars, { as: Role.CONSULTANT })).data!.allClients).map((c) => c.name);
      expect(await names({ filter: { industry: 'Energy' } })).toEqual(['Globex Corporation']);
      expect(await names({ filter: { sizeBand: 'S_1001_5000' } })).toEqual(['Northwind Logistics']);
      expect(await names({ sortField: 'industry', sortOrder: 'DESC' })).toEqual(['Northwind Logistics', 'Globex Corporation']);
    });
  });
});
