import { describe, expect, it } from '@jest/globals';
import { Role } from '@orchestra/shared';
import { codeOf, useTestApi } from './support/harness.js';

const LIST = `query($filter: UserFilter, $sortField: String) {
  allUserSummaries(filter: $filter, sortField: $sortField) { name email role clientId active } _allUserSummariesMeta(filter: $filter) { count } }`;

describe('UserSummary directory (owner and linked-user pickers)', () => {
  const ctx = useTestApi();

  it('lets ADMIN, CONSULTANT and RECRUITER list consultants by name, with summary fields only', async () => {
    for (const role of [Role.ADMIN, Role.CONSULTANT, Role.RECRUITER]) {
      const res = await ctx.api.gql(LIST, { filter: { role: 'CONSULTANT', active: true } }, { as: role });
      expect([role, res.data]).toEqual([
        role,
        {
          allUserSummaries: [{ name: 'Colin Consultant', email: 'consultant@orchestra.local', role: 'CONSULTANT', clientId: null, active: true }],
          _allUserSummariesMeta: { count: 1 },
        },
      ]);
    }
  });

  it("finds a client's CLIENT users by client, and one summary by id", async () => {
    const { api, seeded } = ctx;
    const res = await api.gql(LIST, { filter: { role: 'CLIENT', clientId: seeded.clientId } }, { as: Role.CONSULTANT });
    expect(res.data).toMatchObject({ allUserSummaries: [{ email: 'cto@northwind.example', clientId: seeded.clientId }] });
    const one = await api.gql(`query($id: ID!) { UserSummary(id: $id) { id name } }`, { id: seeded.users.RECRUITER }, { as: Role.CONSULTANT });
    expect(one.data).toEqual({ UserSummary: { id: seeded.users.RECRUITER, name: 'Rita Recruiter' } });
  });

  it('has no sign-in details and no sorting by them', async () => {
    const { api } = ctx;
    expect(codeOf(await api.gql(`{ allUserSummaries { lastLoginAt } }`, {}, { as: Role.CONSULTANT }))).toBe('BAD_USER_INPUT');
    const res = await api.gql(LIST, { sortField: 'lastLoginAt' }, { as: Role.CONSULTANT });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { sortField: 'must be one of id, name, email, role (got "lastLoginAt")' } });
  });

  it('is refused to CLIENT users (by list, by id, by filter) and to anonymous callers', async () => {
    const { api, seeded } = ctx;
    for (const [query, vars] of [
      [LIST, {}],
      [LIST, { filter: { clientId: seeded.clientId } }],
      [`query($id: ID!) { UserSummary(id: $id) { name } }`, { id: seeded.users.CONSULTANT }],
      [`{ _allUserSummariesMeta { count } }`, {}],
    ] as const) {
      const res = await api.gql(query, vars, { as: Role.CLIENT });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
      expect(codeOf(await api.gql(query, vars))).toBe('UNAUTHENTICATED');
    }
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a bad filter', async () => {
    const { api } = ctx;
    const missing = await api.gql(`query($id: ID!) { UserSummary(id: $id) { name } }`, { id: '00000000-0000-4000-8000-000000000000' }, { as: Role.CONSULTANT });
    expect(codeOf(missing)).toBe('NOT_FOUND');
    const bad = await api.gql(LIST, { filter: { role: 'OWNER' } }, { as: Role.CONSULTANT });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('staff e-mail addresses and CLIENT readers', () => {
  const ctx = useTestApi();
  // Every place a CLIENT user can reach a user record: themself, an engagement's owner, who moved it.
  const EVERYWHERE = `query($id: ID!) {
    me { id name role email }
    allEngagements { owner { id name role email } stageChanges { changedBy { id name role email } } }
    Engagement(id: $id) { owner { name role email } stageChanges { changedBy { name role email } } } }`;

  const engagementMovedByStaff = async () => {
    const { api, seeded } = ctx;
    const created = await api.gql<{ createEngagement: { id: string; allowedNextStages: string[] } }>(
      `mutation($clientId: ID!, $ownerId: ID!) { createEngagement(clientId: $clientId, ownerId: $ownerId, title: "Platform review", businessNeed: "Releases keep slipping") { id allowedNextStages } }`,
      { clientId: seeded.clientId, ownerId: seeded.users.CONSULTANT },
      { as: Role.CONSULTANT },
    );
    const { id, allowedNextStages } = created.data!.createEngagement;
    const moved = await api.gql(`mutation($id: ID!, $stage: EngagementStage!) { moveEngagementStage(id: $id, stage: $stage) { id } }`, { id, stage: allowedNextStages[0] }, { as: Role.ADMIN });
    expect(moved.errors).toBeUndefined();
    return id;
  };

  it('shows a CLIENT user staff by name and role only, and their own e-mail in me', async () => {
    const { api } = ctx;
    const id = await engagementMovedByStaff();
    const res = await api.gql<{ Engagement: { owner: unknown; stageChanges: { changedBy: unknown }[] } }>(EVERYWHERE, { id }, { as: Role.CLIENT });
    expect(res.errors).toBeUndefined();
    expect(res.data!.Engagement.owner).toEqual({ name: 'Colin Consultant', role: 'CONSULTANT', email: null });
    expect(res.data!.Engagement.stageChanges.map((c) => c.changedBy)).toEqual([
      { name: 'Colin Consultant', role: 'CONSULTANT', email: null },
      { name: 'Ada Admin', role: 'ADMIN', email: null },
    ]);
    const staff = (await api.dataSource.query(`SELECT email FROM app_user WHERE role <> 'CLIENT'`)) as { email: string }[];
    expect(staff.length).toBeGreaterThanOrEqual(3);
    const json = JSON.stringify(res).toLowerCase();
    for (const { email } of staff) expect(json).not.toContain(email.toLowerCase());
    expect(json).not.toContain('@orchestra.local');
    expect(res.data).toMatchObject({ me: { email: 'cto@northwind.example' } });
  });

  it('still shows staff their colleagues\' e-mail addresses', async () => {
    const id = await engagementMovedByStaff();
    const res = await ctx.api.gql<{ Engagement: { owner: unknown } }>(EVERYWHERE, { id }, { as: Role.CONSULTANT });
    expect(res.data!.Engagement).toEqual({
      owner: { name: 'Colin Consultant', role: 'CONSULTANT', email: 'consultant@orchestra.local' },
      stageChanges: [
        { changedBy: { name: 'Colin Consultant', role: 'CONSULTANT', email: 'consultant@orchestra.local' } },
        { changedBy: { name: 'Ada Admin', role: 'ADMIN', email: 'admin@orchestra.local' } },
      ],
    });
  });
});
