import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Role, isoDay } from '@orchestra/shared';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { codeOf, useTestApi } from './support/harness.js';

const FIELDS = 'id clientId ownerId title businessNeed stage horizon urgency budgetBand startDate endDate';
const CREATE = `mutation($clientId: ID!, $ownerId: ID!, $title: String!, $businessNeed: String!, $horizon: NeedHorizon,
  $urgency: Urgency, $budgetBand: BudgetBand, $startDate: String, $endDate: String) {
  createEngagement(clientId: $clientId, ownerId: $ownerId, title: $title, businessNeed: $businessNeed, horizon: $horizon,
    urgency: $urgency, budgetBand: $budgetBand, startDate: $startDate, endDate: $endDate) { ${FIELDS} } }`;
const MOVE = `mutation($id: ID!, $stage: EngagementStage!, $note: String) { moveEngagementStage(id: $id, stage: $stage, note: $note) {
  stage allowedNextStages stageChanges { fromStage toStage note changedById changedBy { name } } } }`;
const UPDATE = `mutation($id: ID!, $stage: EngagementStage, $title: String, $ownerId: ID, $endDate: String) {
  updateEngagement(id: $id, stage: $stage, title: $title, ownerId: $ownerId, endDate: $endDate) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { Engagement(id: $id) { id title budgetBand client { name } owner { name } } }`;
const LIST = `query($filter: EngagementFilter, $sortField: String) {
  allEngagements(filter: $filter, sortField: $sortField) { title } _allEngagementsMeta(filter: $filter) { count } }`;

describe('Engagement resource', () => {
  const ctx = useTestApi();
  let globexId: string;
  let northwindEngagementId: string;
  let globexEngagementId: string;

  const insertEngagement = async (clientId: string, title: string, businessNeed: string, extra = '') => {
    const [{ id }] = await ctx.api.dataSource.query(
      `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed", "budgetBand"${extra ? ', stage' : ''})
       VALUES ($1, $2, $3, $4, 'FROM_50K_TO_150K'${extra ? `, '${extra}'` : ''}) RETURNING id`,
      [clientId, ctx.seeded.users.CONSULTANT, title, businessNeed],
    );
    return id as string;
  };

  beforeEach(async () => {
    [{ id: globexId }] = await ctx.api.dataSource.query(`INSERT INTO client (name) VALUES ('Globex Corporation') RETURNING id`);
    northwindEngagementId = await insertEngagement(
      ctx.seeded.clientId,
      'Platform team rescue',
      'Platform team drowning in AI-generated pull requests; no one owns architecture.',
    );
    globexEngagementId = await insertEngagement(globexId, 'Data platform hiring', 'We need two senior data engineers for a permanent team.', 'DISCOVERY');
  });

  const counts = async () => {
    const [row] = await ctx.api.dataSource.query(
      `SELECT (SELECT count(*) FROM engagement)::int AS engagements, (SELECT count(*) FROM engagement_stage_change)::int AS changes,
              (SELECT count(*) FROM audit_event WHERE action LIKE 'engagement.%')::int AS audits`,
    );
    return row as Record<string, number>;
  };

  describe('creating and moving', () => {
    it('creates in LEAD with defaults, records the first timeline entry and audits it', async () => {
      const { api, seeded } = ctx;
      const res = await api.gql<{ createEngagement: Record<string, unknown> }>(
        CREATE,
        { clientId: seeded.clientId, ownerId: seeded.users.CONSULTANT, title: ' Architecture review ', businessNeed: 'Releases break every Friday.', startDate: '2026-12-01' },
        { as: Role.CONSULTANT },
      );
      expect(res.data!.createEngagement).toMatchObject({
        title: 'Architecture review',
        stage: 'LEAD',
        horizon: 'UNKNOWN',
        urgency: 'MEDIUM',
        budgetBand: 'UNKNOWN',
        startDate: '2026-12-01',
        endDate: null,
      });
      const id = res.data!.createEngagement['id'];
      const changes = await api.dataSource.query(`SELECT "fromStage", "toStage", "changedById" FROM engagement_stage_change WHERE "engagementId" = $1`, [id]);
      expect(changes).toEqual([{ fromStage: null, toStage: 'LEAD', changedById: seeded.users.CONSULTANT }]);
    });

    it('moves along the path, records who and why on the timeline', async () => {
      const { api, seeded } = ctx;
      const res = await api.gql(MOVE, { id: northwindEngagementId, stage: 'DISCOVERY', note: 'Kick-off call booked' }, { as: Role.CONSULTANT });
      expect(res.data).toEqual({
        moveEngagementStage: {
          stage: 'DISCOVERY',
          allowedNextStages: ['ASSESSING', 'LOST'],
          stageChanges: [
            { fromStage: 'LEAD', toStage: 'DISCOVERY', note: 'Kick-off call booked', changedById: seeded.users.CONSULTANT, changedBy: { name: 'Colin Consultant' } },
          ],
        },
      });
      const [audit] = await api.dataSource.query(`SELECT "changedFields" FROM audit_event WHERE action = 'engagement.move_stage'`);
      expect(audit.changedFields).toEqual(['stage']);
    });

    it('refuses an illegal move with CONFLICT naming the allowed stages, and changes nothing', async () => {
      const { api } = ctx;
      const before = await counts();
      const skip = await api.gql(MOVE, { id: northwindEngagementId, stage: 'ACTIVE' }, { as: Role.CONSULTANT });
      expect(skip.errors![0]).toMatchObject({
        message: 'An engagement in Lead cannot move to Active: the allowed next stages are Discovery and Lost.',
        extensions: { code: 'CONFLICT' },
      });
      await api.dataSource.query(`UPDATE engagement SET stage = 'LOST' WHERE id = $1`, [northwindEngagementId]);
      const finished = await api.gql(MOVE, { id: northwindEngagementId, stage: 'LEAD' }, { as: Role.CONSULTANT });
      expect(finished.errors![0]!.message).toBe('An engagement in Lost is finished and cannot move to Lead: reopen it first.');
      expect(await counts()).toEqual(before);
    });

    it('a retried move with the same idempotencyKey moves once and answers the same engagement', async () => {
      const { api } = ctx;
      const IDEMPOTENT = `mutation($id: ID!, $stage: EngagementStage!, $key: String) {
        moveEngagementStage(id: $id, stage: $stage, idempotencyKey: $key) { id stage stageChanges { toStage } } }`;
      const vars = { id: northwindEngagementId, stage: 'DISCOVERY', key: 'move-7f3a' };
      // Two at once (a double click) and one later (a retry after a lost answer).
      const [first, second] = await Promise.all([api.gql(IDEMPOTENT, vars, { as: Role.CONSULTANT }), api.gql(IDEMPOTENT, vars, { as: Role.CONSULTANT })]);
      const third = await api.gql(IDEMPOTENT, vars, { as: Role.CONSULTANT });
      const expected = { moveEngagementStage: { id: northwindEngagementId, stage: 'DISCOVERY', stageChanges: [{ toStage: 'DISCOVERY' }] } };
      for (const res of [first, second, third]) expect(res.data).toEqual(expected);
      const [row] = await api.dataSource.query(
        `SELECT count(*)::int AS moves FROM audit_event WHERE action = 'engagement.move_stage' AND "targetId" = $1`,
        [northwindEngagementId],
      );
      expect(row.moves).toBe(1);

      // The same key for another request is refused; another user's key of the same name is theirs.
      const other = await api.gql(IDEMPOTENT, { ...vars, stage: 'LOST' }, { as: Role.CONSULTANT });
      expect(other.errors![0]).toMatchObject({
        message: 'idempotencyKey "move-7f3a" was already used for a different request: send a new key for a new request.',
        extensions: { code: 'CONFLICT' },
      });
      const admin = await api.gql(IDEMPOTENT, { ...vars, stage: 'ASSESSING' }, { as: Role.ADMIN });
      expect(admin.data).toMatchObject({ moveEngagementStage: { stage: 'ASSESSING' } });

      // A failed move does not use up its key; a malformed key is BAD_USER_INPUT.
      const illegal = await api.gql(IDEMPOTENT, { id: northwindEngagementId, stage: 'LEAD', key: 'k2' }, { as: Role.CONSULTANT });
      expect(codeOf(illegal)).toBe('CONFLICT');
      const [keys] = await api.dataSource.query(`SELECT count(*)::int AS n FROM idempotency_key WHERE key = 'k2'`);
      expect(keys.n).toBe(0);
      const bad = await api.gql(IDEMPOTENT, { ...vars, key: 'has spaces' }, { as: Role.CONSULTANT });
      expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { idempotencyKey: 'must be printable ASCII without spaces (e.g. a UUID)' } });
    });

    it('a plain update cannot bypass the stage rules, but follows them and records the move', async () => {
      const { api } = ctx;
      const bypass = await api.gql(UPDATE, { id: northwindEngagementId, stage: 'CLOSED', title: 'Sneaky' }, { as: Role.CONSULTANT });
      expect(codeOf(bypass)).toBe('CONFLICT');
      const [row] = await api.dataSource.query(`SELECT stage, title FROM engagement WHERE id = $1`, [northwindEngagementId]);
      expect(row).toEqual({ stage: 'LEAD', title: 'Platform team rescue' });
      const ok = await api.gql(UPDATE, { id: northwindEngagementId, stage: 'DISCOVERY' }, { as: Role.CONSULTANT });
      expect(ok.data).toMatchObject({ updateEngagement: { stage: 'DISCOVERY' } });
      const [change] = await api.dataSource.query(`SELECT "fromStage", "toStage" FROM engagement_stage_change WHERE "engagementId" = $1`, [northwindEngagementId]);
      expect(change).toEqual({ fromStage: 'LEAD', toStage: 'DISCOVERY' });
    });
  });

  describe('lost, reopened, and notes on the timeline', () => {
    const REOPEN = `mutation($id: ID!, $reason: String!) { reopenEngagement(id: $id, reason: $reason) {
      stage canReopen allowedNextStages stageChanges { fromStage toStage note changedById } } }`;
    const TIMELINE = `query($id: ID!) { Engagement(id: $id) { stage canReopen stageChanges { fromStage toStage note } } }`;

    it('a move to LOST needs a reason (BAD_USER_INPUT naming note), even through a plain update, and changes nothing', async () => {
      const { api } = ctx;
      const before = await counts();
      for (const note of [undefined, null, '', '   ']) {
        const res = await api.gql(MOVE, { id: northwindEngagementId, stage: 'LOST', note }, { as: Role.CONSULTANT });
        expect(res.errors![0]!.extensions).toEqual({
          code: 'BAD_USER_INPUT',
          fields: { note: 'must say why the engagement is lost: that move needs a reason' },
        });
      }
      const viaUpdate = await api.gql(UPDATE, { id: northwindEngagementId, stage: 'LOST' }, { as: Role.CONSULTANT });
      expect(viaUpdate.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { stage: 'cannot become lost in a plain edit: move the engagement to lost with a note saying why' } });
      const tooLong = await api.gql(MOVE, { id: northwindEngagementId, stage: 'DISCOVERY', note: 'n'.repeat(2001) }, { as: Role.CONSULTANT });
      expect(tooLong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { note: 'must be at most 2000 characters: shorten it' } });
      expect(await counts()).toEqual(before);
    });

    it('stores the note of a move, trimmed, and shows it on the timeline; LOST with a reason is final until reopened', async () => {
      const { api } = ctx;
      await api.gql(MOVE, { id: northwindEngagementId, stage: 'DISCOVERY', note: '  Intro call went well  ' }, { as: Role.CONSULTANT });
      const lost = await api.gql(MOVE, { id: northwindEngagementId, stage: 'LOST', note: 'Budget frozen until Q3' }, { as: Role.CONSULTANT });
      expect(lost.data).toEqual({
        moveEngagementStage: {
          stage: 'LOST',
          allowedNextStages: [],
          stageChanges: [
            expect.objectContaining({ fromStage: 'LEAD', toStage: 'DISCOVERY', note: 'Intro call went well' }),
            expect.objectContaining({ fromStage: 'DISCOVERY', toStage: 'LOST', note: 'Budget frozen until Q3' }),
          ],
        },
      });
      const [row] = await api.dataSource.query(`SELECT note FROM engagement_stage_change WHERE "toStage" = 'LOST' AND "engagementId" = $1`, [northwindEngagementId]);
      expect(row.note).toBe('Budget frozen until Q3');
    });

    it('the owner reopens a LOST engagement with a reason: back to the stage it was lost from, both reasons on the timeline, audited', async () => {
      const { api, seeded } = ctx;
      await api.gql(MOVE, { id: northwindEngagementId, stage: 'DISCOVERY' }, { as: Role.CONSULTANT });
      await api.gql(MOVE, { id: northwindEngagementId, stage: 'LOST', note: 'Budget frozen until Q3' }, { as: Role.CONSULTANT });
      expect((await api.gql(TIMELINE, { id: northwindEngagementId }, { as: Role.CONSULTANT })).data).toMatchObject({ Engagement: { stage: 'LOST', canReopen: true } });
      const res = await api.gql(REOPEN, { id: northwindEngagementId, reason: ' Budget approved after all ' }, { as: Role.CONSULTANT });
      expect(res.data).toEqual({
        reopenEngagement: {
          stage: 'DISCOVERY',
          canReopen: false,
          allowedNextStages: ['ASSESSING', 'LOST'],
          stageChanges: [
            { fromStage: 'LEAD', toStage: 'DISCOVERY', note: null, changedById: seeded.users.CONSULTANT },
            { fromStage: 'DISCOVERY', toStage: 'LOST', note: 'Budget frozen until Q3', changedById: seeded.users.CONSULTANT },
            { fromStage: 'LOST', toStage: 'DISCOVERY', note: 'Budget approved after all', changedById: seeded.users.CONSULTANT },
          ],
        },
      });
      const [audit] = await api.dataSource.query(`SELECT "actorId", "changedFields" FROM audit_event WHERE action = 'engagement.reopen'`);
      expect(audit).toEqual({ actorId: seeded.users.CONSULTANT, changedFields: ['stage'] });
      // Not finished any more: a second reopen is a CONFLICT.
      const again = await api.gql(REOPEN, { id: northwindEngagementId, reason: 'Again' }, { as: Role.CONSULTANT });
      expect(again.errors![0]).toMatchObject({ message: 'An engagement in Discovery is not finished: only a lost or closed engagement is reopened.', extensions: { code: 'CONFLICT' } });
    });

    it('an ADMIN reopens a CLOSED engagement of another owner (back to ACTIVE); another CONSULTANT, a RECRUITER and a CLIENT may not', async () => {
      const { api, seeded } = ctx;
      const [other] = await api.dataSource.query(
        `INSERT INTO app_user (email, name, role, "passwordHash", active) VALUES ('olga@orchestra.local', 'Olga Owner', 'CONSULTANT', 'x', true) RETURNING id`,
      );
      await api.dataSource.query(`UPDATE engagement SET "ownerId" = $1, stage = 'CLOSED' WHERE id = $2`, [other.id, northwindEngagementId]);
      await api.dataSource.query(`INSERT INTO engagement_stage_change ("engagementId", "fromStage", "toStage", "changedById") VALUES ($1, 'ACTIVE', 'CLOSED', $2)`, [
        northwindEngagementId,
        other.id,
      ]);
      const before = await counts();
      // The seeded CONSULTANT does not own it: refused, and told so.
      expect((await api.gql(TIMELINE, { id: northwindEngagementId }, { as: Role.CONSULTANT })).data).toMatchObject({ Engagement: { canReopen: false } });
      const notOwner = await api.gql(REOPEN, { id: northwindEngagementId, reason: 'Follow-on work' }, { as: Role.CONSULTANT });
      expect(notOwner.errors![0]).toMatchObject({ message: 'Only the engagement’s owner or an admin can reopen it.', extensions: { code: 'FORBIDDEN' } });
      for (const role of [Role.RECRUITER, Role.CLIENT]) {
        expect([role, codeOf(await api.gql(REOPEN, { id: northwindEngagementId, reason: 'Follow-on work' }, { as: role }))]).toEqual([role, 'FORBIDDEN']);
      }
      // Another client's engagement does not exist for a CLIENT user (their role is refused first anyway).
      expect(codeOf(await api.gql(REOPEN, { id: globexEngagementId, reason: 'x' }, { as: Role.CLIENT }))).toBe('FORBIDDEN');
      const noReason = await api.gql(REOPEN, { id: northwindEngagementId, reason: '  ' }, { as: Role.ADMIN });
      expect(noReason.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { reason: 'must not be empty' } });
      expect(await counts()).toEqual(before);

      expect((await api.gql(TIMELINE, { id: northwindEngagementId }, { as: Role.ADMIN })).data).toMatchObject({ Engagement: { canReopen: true } });
      const res = await api.gql(REOPEN, { id: northwindEngagementId, reason: 'Follow-on work signed' }, { as: Role.ADMIN });
      expect(res.data).toMatchObject({ reopenEngagement: { stage: 'ACTIVE', allowedNextStages: ['CLOSED', 'LOST'] } });
      const [last] = await api.dataSource.query(
        `SELECT "fromStage", "toStage", note, "changedById" FROM engagement_stage_change WHERE "engagementId" = $1 ORDER BY "changedAt" DESC, "fromStage" DESC LIMIT 1`,
        [northwindEngagementId],
      );
      expect(last).toEqual({ fromStage: 'CLOSED', toStage: 'ACTIVE', note: 'Follow-on work signed', changedById: seeded.users.ADMIN });
    });
  });

  it('a plain update changes only what it is given (no defaults reset the rest)', async () => {
    const { api } = ctx;
    await api.dataSource.query(`UPDATE engagement SET urgency = 'HIGH', horizon = 'PERMANENT' WHERE id = $1`, [northwindEngagementId]);
    const res = await api.gql(UPDATE, { id: northwindEngagementId, title: 'Renamed' }, { as: Role.CONSULTANT });
    expect(res.data).toMatchObject({ updateEngagement: { title: 'Renamed', urgency: 'HIGH', horizon: 'PERMANENT', budgetBand: 'FROM_50K_TO_150K' } });
  });

  describe('bad input', () => {
    it.each([
      ['an empty title', { title: '  ' }, { title: 'must not be empty' }],
      ['an over-long title', { title: 't'.repeat(201) }, { title: 'must be shorter than or equal to 200 characters' }],
      ['an empty business need', { businessNeed: '' }, { businessNeed: 'must not be empty' }],
      ['an end before the start', { startDate: '2026-12-01', endDate: '2026-11-30' }, { endDate: 'must not be before startDate (2026-12-01)' }],
      ['a malformed date', { startDate: '01/12/2026' }, { startDate: 'must be a date as YYYY-MM-DD' }],
      ['an unknown owner', { ownerId: '00000000-0000-4000-8000-000000000000' }, { ownerId: 'does not match any user (00000000-0000-4000-8000-000000000000)' }],
      ['an owner who is not a CONSULTANT', { ownerId: 'RECRUITER' }, { ownerId: "must be a consultant (Rita Recruiter's role is Recruiter)" }],
      ['an unknown client', { clientId: '00000000-0000-4000-8000-000000000000' }, { clientId: 'does not match any client (00000000-0000-4000-8000-000000000000)' }],
      ['an unknown urgency', { urgency: 'PANIC' }, null],
    ] as [string, Record<string, string>, Record<string, string> | null][])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, override, fields) => {
      const { api, seeded } = ctx;
      const before = await counts();
      const vars: Record<string, unknown> = { clientId: seeded.clientId, ownerId: seeded.users.CONSULTANT, title: 'T', businessNeed: 'N', ...override };
      if (vars['ownerId'] === 'RECRUITER') vars['ownerId'] = seeded.users.RECRUITER;
      const res = await api.gql(CREATE, vars, { as: Role.CONSULTANT });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      if (fields) expect(res.errors![0]!.extensions.fields).toEqual(fields);
      expect(await counts()).toEqual(before);
    });
  });

  describe('permissions and tenant scoping', () => {
    it('ADMIN, CONSULTANT and RECRUITER read all; anonymous is UNAUTHENTICATED', async () => {
      for (const role of [Role.ADMIN, Role.CONSULTANT, Role.RECRUITER]) {
        const res = await ctx.api.gql(LIST, { sortField: 'title' }, { as: role });
        expect(res.data).toEqual({
          allEngagements: [{ title: 'Data platform hiring' }, { title: 'Platform team rescue' }],
          _allEngagementsMeta: { count: 2 },
        });
      }
      expect(codeOf(await ctx.api.gql(LIST))).toBe('UNAUTHENTICATED');
    });

    it("a CLIENT user reads only their client's engagements, without the budget, and probes nothing else", async () => {
      const { api } = ctx;
      expect((await api.gql(LIST, {}, { as: Role.CLIENT })).data).toEqual({
        allEngagements: [{ title: 'Platform team rescue' }],
        _allEngagementsMeta: { count: 1 },
      });
      // The page's client and owner are read with it (joined in): the client within the reader's
      // scope, the owner by name and role only (no e-mail but their own, as on any other path).
      const page = await api.gql(`{ allEngagements { title client { name } owner { name email } } }`, {}, { as: Role.CLIENT });
      expect(page.data).toEqual({ allEngagements: [{ title: 'Platform team rescue', client: { name: 'Northwind Logistics' }, owner: { name: 'Colin Consultant', email: null } }] });
      const own = await api.gql(ONE, { id: northwindEngagementId }, { as: Role.CLIENT });
      expect(own.data).toEqual({
        Engagement: { id: northwindEngagementId, title: 'Platform team rescue', budgetBand: null, client: { name: 'Northwind Logistics' }, owner: { name: 'Colin Consultant' } },
      });
      expect(codeOf(await api.gql(ONE, { id: globexEngagementId }, { as: Role.CLIENT }))).toBe('NOT_FOUND');
      for (const filter of [{ clientId: globexId }, { ids: [globexEngagementId] }, { q: 'data engineers' }]) {
        expect((await api.gql(LIST, { filter }, { as: Role.CLIENT })).data).toEqual({ allEngagements: [], _allEngagementsMeta: { count: 0 } });
      }
      const staff = await api.gql(ONE, { id: northwindEngagementId }, { as: Role.RECRUITER });
      expect(staff.data).toMatchObject({ Engagement: { budgetBand: 'FROM_50K_TO_150K' } });
    });

    it('only ADMIN and CONSULTANT change engagements', async () => {
      const { api, seeded } = ctx;
      const before = await counts();
      for (const role of [Role.RECRUITER, Role.CLIENT]) {
        const results = [
          await api.gql(CREATE, { clientId: seeded.clientId, ownerId: seeded.users.CONSULTANT, title: 'T', businessNeed: 'N' }, { as: role }),
          await api.gql(UPDATE, { id: northwindEngagementId, title: 'X' }, { as: role }),
          await api.gql(MOVE, { id: northwindEngagementId, stage: 'DISCOVERY' }, { as: role }),
          await api.gql(`mutation($id: ID!) { deleteEngagement(id: $id) { id } }`, { id: northwindEngagementId }, { as: role }),
        ];
        for (const res of results) expect([role, codeOf(res)]).toEqual([role, 'FORBIDDEN']);
      }
      expect(await counts()).toEqual(before);
      const del = await api.gql(`mutation($id: ID!) { deleteEngagement(id: $id) { id title } }`, { id: globexEngagementId }, { as: Role.ADMIN });
      expect(del.data).toEqual({ deleteEngagement: { id: globexEngagementId, title: 'Data platform hiring' } });
    });
  });

  describe('lists', () => {
    it('searches title and business need in full text, by word prefix and stem', async () => {
      const q = async (text: string) =>
        ((await ctx.api.gql<{ allEngagements: { title: string }[] }>(LIST, { filter: { q: text }, sortField: 'title' }, { as: Role.CONSULTANT })).data!.allEngagements).map((e) => e.title);
      expect(await q('drown')).toEqual(['Platform team rescue']);
      expect(await q('pull requests architecture')).toEqual(['Platform team rescue']);
      expect(await q('platf')).toEqual(['Data platform hiring', 'Platform team rescue']);
      expect(await q('engineer')).toEqual(['Data platform hiring']);
      expect(await q('kubernetes')).toEqual([]);
    });

    it('filters by stage, owner, client and date ranges', async () => {
      const { api, seeded } = ctx;
      await api.dataSource.query(`UPDATE engagement SET "startDate" = '2026-03-01' WHERE id = $1`, [globexEngagementId]);
      const titles = async (filter: Record<string, unknown>) =>
        ((await api.gql<{ allEngagements: { title: string }[] }>(LIST, { filter }, { as: Role.CONSULTANT })).data!.allEngagements).map((e) => e.title);
      expect(await titles({ stage: 'DISCOVERY' })).toEqual(['Data platform hiring']);
      expect((await titles({ stages: ['LEAD', 'DISCOVERY'] })).sort()).toEqual(['Data platform hiring', 'Platform team rescue']);
      expect(await titles({ stages: ['CLOSED', 'LOST'] })).toEqual([]);
      expect(await titles({ clientId: seeded.clientId })).toEqual(['Platform team rescue']);
      expect(await titles({ ownerId: seeded.users.CONSULTANT, startDate_gte: '2026-01-01', startDate_lte: '2026-06-30' })).toEqual(['Data platform hiring']);
      const bad = await api.gql(LIST, { filter: { startDate_gte: 'March' } }, { as: Role.CONSULTANT });
      expect(bad.errors![0]!.extensions.fields).toEqual({ startDate_gte: 'must be a date as YYYY-MM-DD' });
    });

    it('sorts stage in lifecycle order and urgency LOW < MEDIUM < HIGH, not alphabetically', async () => {
      const { api, seeded } = ctx;
      await api.dataSource.query(
        `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed", stage, urgency)
         VALUES ($1, $2, 'Active high', 'N', 'ACTIVE', 'HIGH'), ($1, $2, 'Closed low', 'N', 'CLOSED', 'LOW')`,
        [seeded.clientId, seeded.users.CONSULTANT],
      );
      const titles = async (sortField: string, sortOrder: string) =>
        (
          await api.gql<{ allEngagements: { title: string }[] }>(
            `query($s: String, $o: String) { allEngagements(sortField: $s, sortOrder: $o) { title } }`,
            { s: sortField, o: sortOrder },
            { as: Role.CONSULTANT },
          )
        ).data!.allEngagements.map((e) => e.title);
      // Alphabetically CLOSED < DISCOVERY < LEAD and HIGH < LOW < MEDIUM; by meaning the reverse.
      expect(await titles('stage', 'ASC')).toEqual(['Platform team rescue', 'Data platform hiring', 'Active high', 'Closed low']);
      expect((await titles('urgency', 'DESC'))[0]).toBe('Active high');
      expect((await titles('urgency', 'ASC'))[0]).toBe('Closed low');
    });

    it('resolves client, owner and timeline with the same number of SQL statements for 10 and 100 rows', async () => {
      const { api, seeded } = ctx;
      await api.dataSource.query(`INSERT INTO client (name) SELECT 'Client ' || i FROM generate_series(1, 100) AS i`);
      await api.dataSource.query(
        `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed") SELECT id, $1, 'E ' || name, 'Need' FROM client WHERE name LIKE 'Client %'`,
        [seeded.users.CONSULTANT],
      );
      await api.dataSource.query(
        `INSERT INTO engagement_stage_change ("engagementId", "toStage", "changedById") SELECT id, 'LEAD', $1 FROM engagement`,
        [seeded.users.ADMIN],
      );
      const token = await api.tokenFor(Role.CONSULTANT);
      // The user check is cached after a token's first request (UserAccess): count the steady state.
      await api.gql(`{ me { id } }`, {}, { token });
      const statements = async (perPage: number) => {
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        const res = await api.gql<{ allEngagements: unknown[] }>(
          `query($perPage: Int) { allEngagements(perPage: $perPage) { title client { name } owner { name } stageChanges { toStage changedBy { name } } } }`,
          { perPage },
          { token },
        );
        const n = spy.mock.calls.length;
        spy.mockRestore();
        expect(res.data!.allEngagements).toHaveLength(perPage);
        return n;
      };
      const ten = await statements(10);
      expect(await statements(100)).toBe(ten);
      // the list with its clients and owners joined in, the timelines with who moved them joined in
      expect(ten).toBe(2);
    });

    it('reads a page and the count of the same list, asked together, in one statement', async () => {
      const { api } = ctx;
      const token = await api.tokenFor(Role.CONSULTANT);
      await api.gql(`{ me { id } }`, {}, { token });
      type Page = { allEngagements: { title: string }[]; _allEngagementsMeta: { count: number } };
      const run = async (query: string) => {
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        const res = await api.gql<Page>(query, {}, { token });
        const statements = spy.mock.calls.length;
        spy.mockRestore();
        return { res, statements };
      };
      const [{ n: total }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM engagement`);
      const [{ n: leads }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM engagement WHERE stage = 'LEAD'`);
      expect(total).toBeGreaterThan(leads);

      const together = await run(`{ allEngagements(perPage: 1) { title } _allEngagementsMeta { count } }`);
      expect(together.res.data).toEqual({ allEngagements: [expect.anything()], _allEngagementsMeta: { count: total } });
      expect(together.statements).toBe(1);
      const filtered = await run(`{ _allEngagementsMeta(filter: { stage: LEAD }) { count } allEngagements(filter: { stage: LEAD }) { title } }`);
      expect(filtered.res.data!._allEngagementsMeta.count).toBe(leads);
      expect(filtered.res.data!.allEngagements).toHaveLength(leads);
      expect(filtered.statements).toBe(1);
      // Different filters are different lists; a page past the end still gets the total.
      const apart = await run(`{ allEngagements(filter: { stage: LEAD }) { title } _allEngagementsMeta { count } }`);
      expect(apart.res.data).toEqual({ allEngagements: expect.any(Array), _allEngagementsMeta: { count: total } });
      expect(apart.statements).toBe(2);
      const past = await run(`{ allEngagements(page: 1000, perPage: 5) { title } _allEngagementsMeta { count } }`);
      expect(past.res.data).toEqual({ allEngagements: [], _allEngagementsMeta: { count: total } });
      // A page refused by its arguments (the pipe, or the sort allow-list) leaves the count to be read on its own: nothing hangs.
      for (const args of ['perPage: 0', 'sortField: "nope"']) {
        const refused = await api.gql(`{ _allEngagementsMeta { count } allEngagements(${args}) { title } }`, {}, { token });
        expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      }
    });
  });

  it('refuses to delete a client that has engagements, with CONFLICT, and keeps everything', async () => {
    const res = await ctx.api.gql(`mutation($id: ID!) { deleteClient(id: $id) { id } }`, { id: globexId }, { as: Role.CONSULTANT });
    expect(res.errors![0]).toMatchObject({ message: 'Client Globex Corporation still has engagements: delete or move them first.', extensions: { code: 'CONFLICT' } });
    const [row] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM engagement WHERE "clientId" = $1`, [globexId]);
    expect(row.n).toBe(1);
  });

  describe('dashboard figures', () => {
    const STATS = `{ engagementStats { byStage { stage count } openByOwner { ownerName count } startedByMonth { month count } } }`;
    const month = (monthsAgo: number) => {
      const d = new Date();
      return isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsAgo, 15));
    };

    it('counts per stage, open per owner and started per month, in SQL', async () => {
      const { api, seeded } = ctx;
      await api.dataSource.query(`UPDATE engagement SET "startDate" = $1 WHERE id = $2`, [month(0), northwindEngagementId]);
      await api.dataSource.query(`UPDATE engagement SET "startDate" = $1 WHERE id = $2`, [month(2), globexEngagementId]);
      await api.dataSource.query(
        `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed", stage, "startDate") VALUES ($1, $2, 'Old and done', 'N', 'CLOSED', $3), ($1, $2, 'Ancient', 'N', 'LOST', '2019-01-01')`,
        [seeded.clientId, seeded.users.CONSULTANT, month(2)],
      );
      const res = await api.gql<{ engagementStats: { byStage: { stage: string; count: number }[]; openByOwner: unknown[]; startedByMonth: { month: string; count: number }[] } }>(
        STATS,
        {},
        { as: Role.CONSULTANT },
      );
      const stats = res.data!.engagementStats;
      expect(stats.byStage).toEqual([
        { stage: 'LEAD', count: 1 },
        { stage: 'DISCOVERY', count: 1 },
        { stage: 'ASSESSING', count: 0 },
        { stage: 'PROPOSING', count: 0 },
        { stage: 'ACTIVE', count: 0 },
        { stage: 'CLOSED', count: 1 },
        { stage: 'LOST', count: 1 },
      ]);
      expect(stats.openByOwner).toEqual([{ ownerName: 'Colin Consultant', count: 2 }]);
      expect(stats.startedByMonth).toHaveLength(12);
      expect(stats.startedByMonth.at(-1)).toEqual({ month: month(0).slice(0, 7), count: 1 });
      expect(stats.startedByMonth.at(-3)).toEqual({ month: month(2).slice(0, 7), count: 2 });
      expect(stats.startedByMonth.reduce((n, m) => n + m.count, 0)).toBe(3);

      // A CLIENT user's figures cover their own client only.
      const mine = await api.gql<{ engagementStats: { byStage: { stage: string; count: number }[] } }>(STATS, {}, { as: Role.CLIENT });
      expect(mine.data!.engagementStats.byStage.filter((s) => s.count > 0)).toEqual([
        { stage: 'LEAD', count: 1 },
        { stage: 'CLOSED', count: 1 },
        { stage: 'LOST', count: 1 },
      ]);
    });

    it('lets every signed-in role read its figures (RECRUITER and ADMIN see all), and nobody else', async () => {
      const total = async (role?: Role) => {
        const res = await ctx.api.gql<{ engagementStats: { byStage: { count: number }[] } }>(STATS, {}, role ? { as: role } : {});
        return res.data ? res.data.engagementStats.byStage.reduce((n, s) => n + s.count, 0) : codeOf(res);
      };
      expect(await total(Role.ADMIN)).toBe(2);
      expect(await total(Role.RECRUITER)).toBe(2);
      expect(await total(Role.CLIENT)).toBe(1);
      expect(await total()).toBe('UNAUTHENTICATED');
    });

    it('counts engagements per client in one batched query, within the reader scope', async () => {
      const { api } = ctx;
      const query = `{ allClients(sortField: "name") { name engagementCount } }`;
      expect((await api.gql(query, {}, { as: Role.RECRUITER })).data).toEqual({
        allClients: [
          { name: 'Globex Corporation', engagementCount: 1 },
          { name: 'Northwind Logistics', engagementCount: 1 },
        ],
      });
      expect((await api.gql(query, {}, { as: Role.CLIENT })).data).toEqual({ allClients: [{ name: 'Northwind Logistics', engagementCount: 1 }] });
      const token = await api.tokenFor(Role.CONSULTANT);
      // The user check is cached after a token's first request (UserAccess): count the steady state.
      await api.gql(`{ me { id } }`, {}, { token });
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      await api.gql(query, {}, { token });
      const n = spy.mock.calls.length;
      spy.mockRestore();
      expect(n).toBe(2); // clients, one grouped count
    });
  });
});
