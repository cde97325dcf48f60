import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { QueueName, Role, daysFromToday } from '@orchestra/shared';
import { Queue } from 'bullmq';
import { codeOf, useTestApi } from './support/harness.js';
import { clearMails, sentMails, waitFor, waitForNoPendingJobs, WorkerProcess } from './support/worker-process.js';

const FIELDS = 'id engagementId clientId title context decision alternatives reversibility decidedById revisitDate';
const CREATE = `mutation($engagementId: ID!, $title: String!, $context: String!, $decision: String!, $alternatives: String,
  $reversibility: Reversibility!, $revisitDate: String) {
  createDecisionRecord(engagementId: $engagementId, title: $title, context: $context, decision: $decision,
    alternatives: $alternatives, reversibility: $reversibility, revisitDate: $revisitDate) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $title: String, $revisitDate: String) { updateDecisionRecord(id: $id, title: $title, revisitDate: $revisitDate) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteDecisionRecord(id: $id) { id title } }`;
const LIST = `query($filter: DecisionRecordFilter) { allDecisionRecords(filter: $filter) { title } _allDecisionRecordsMeta(filter: $filter) { count } }`;

describe('DecisionRecord resource and revisit reminders', () => {
  const ctx = useTestApi();
  let engagementId: string;
  let maintenance: Queue;

  beforeAll(() => {
    maintenance = new Queue(QueueName.MAINTENANCE, { connection: { url: process.env['REDIS_URL'] }, prefix: process.env['QUEUE_PREFIX'] });
  });
  afterAll(() => maintenance.close());

  beforeEach(async () => {
    [{ id: engagementId }] = await ctx.api.dataSource.query(
      `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed") VALUES ($1, $2, 'Platform team rescue', 'No one owns architecture') RETURNING id`,
      [ctx.seeded.clientId, ctx.seeded.users.CONSULTANT],
    );
    clearMails();
  });

  const base = () => ({
    engagementId,
    title: 'Keep the monolith for now',
    context: 'Two teams, one deployable; splitting costs a quarter.',
    decision: 'Stay on the modular monolith until the platform team exists.',
    reversibility: 'TWO_WAY',
  });
  const create = async (vars: Record<string, unknown> = {}) => {
    const res = await ctx.api.gql<{ createDecisionRecord: Record<string, string | null> }>(CREATE, { ...base(), ...vars }, { as: Role.CONSULTANT });
    expect(res.errors).toBeUndefined();
    return res.data!.createDecisionRecord;
  };
  const revisitEventOf = async (id: string) =>
    ((await ctx.api.dataSource.query(`SELECT "revisitEventId" FROM decision_record WHERE id = $1`, [id])) as { revisitEventId: string | null }[])[0]!
      .revisitEventId;

  it('logs a decision on the engagement, copying its client and the decider', async () => {
    const record = await create({ alternatives: 'Split now into three services.' });
    expect(record).toMatchObject({ ...base(), clientId: ctx.seeded.clientId, decidedById: ctx.seeded.users.CONSULTANT, revisitDate: null });
    const res = await ctx.api.gql(LIST, { filter: { engagementId } }, { as: Role.CONSULTANT });
    expect(res.data).toEqual({ allDecisionRecords: [{ title: 'Keep the monolith for now' }], _allDecisionRecordsMeta: { count: 1 } });
  });

  it('lists decisions with who decided in a constant number of SQL statements', async () => {
    const { api, seeded } = ctx;
    await api.dataSource.query(
      `INSERT INTO decision_record ("clientId", "engagementId", title, context, decision, reversibility, "decidedById")
       SELECT $1, $2, 'D ' || i, 'C', 'D', 'ONE_WAY', CASE WHEN i % 2 = 0 THEN $3::uuid ELSE $4::uuid END FROM generate_series(1, 100) AS i`,
      [seeded.clientId, engagementId, seeded.users.CONSULTANT, seeded.users.ADMIN],
    );
    const token = await api.tokenFor(Role.CONSULTANT);
    // The user check is cached after a token's first request (UserAccess): count the steady state.
    await api.gql(`{ me { id } }`, {}, { token });
    const statements = async (perPage: number) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      const res = await api.gql<{ allDecisionRecords: { decidedBy: { name: string } }[] }>(
        `query($perPage: Int) { allDecisionRecords(perPage: $perPage, sortField: "title") { title decidedBy { name } } }`,
        { perPage },
        { token },
      );
      const n = spy.mock.calls.length;
      spy.mockRestore();
      expect(res.data!.allDecisionRecords).toHaveLength(perPage);
      expect(new Set(res.data!.allDecisionRecords.map((d) => d.decidedBy.name))).toEqual(new Set(['Colin Consultant', 'Ada Admin']));
      return n;
    };
    expect(await statements(100)).toBe(await statements(10));
    expect(await statements(10)).toBe(2); // the list, the deciders
  });

  it('is for ADMIN and CONSULTANT only: RECRUITER and CLIENT are FORBIDDEN for every operation', async () => {
    const record = await create();
    for (const role of [Role.RECRUITER, Role.CLIENT]) {
      const results = [
        await ctx.api.gql(LIST, {}, { as: role }),
        await ctx.api.gql(`query($id: ID!) { DecisionRecord(id: $id) { id } }`, { id: record['id'] }, { as: role }),
        await ctx.api.gql(CREATE, base(), { as: role }),
        await ctx.api.gql(UPDATE, { id: record['id'], title: 'X' }, { as: role }),
        await ctx.api.gql(DELETE, { id: record['id'] }, { as: role }),
      ];
      for (const res of results) expect([role, codeOf(res)]).toEqual([role, 'FORBIDDEN']);
    }
    expect((await ctx.api.gql(DELETE, { id: record['id'] }, { as: Role.ADMIN })).data).toEqual({ deleteDecisionRecord: { id: record['id'], title: 'Keep the monolith for now' } });
  });

  it.each([
    ['an empty title', { title: ' ' }, { title: 'must not be empty' }],
    ['an empty decision', { decision: '' }, { decision: 'must not be empty' }],
    ['a revisit date in the past', { revisitDate: '2020-01-01' }, { revisitDate: `must be today (${daysFromToday(0)}) or later` }],
    ['an unknown engagement', { engagementId: '00000000-0000-4000-8000-000000000000' }, { engagementId: 'does not match any engagement (00000000-0000-4000-8000-000000000000)' }],
    ['an unknown reversibility', { reversibility: 'MAYBE' }, null],
  ] as [string, Record<string, string>, Record<string, string> | null][])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, override, fields) => {
    const res = await ctx.api.gql(CREATE, { ...base(), ...override }, { as: Role.CONSULTANT });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    if (fields) expect(res.errors![0]!.extensions.fields).toEqual(fields);
    const [row] = await ctx.api.dataSource.query(`SELECT (SELECT count(*) FROM decision_record)::int AS d, (SELECT count(*) FROM outbox_event)::int AS o`);
    expect(row).toEqual({ d: 0, o: 0 });
  });

  describe('through the real worker', () => {
    let worker: WorkerProcess | undefined;
    afterEach(async () => {
      await worker?.stop('SIGKILL');
      worker = undefined;
    });
    const remindersTo = (email: string) => sentMails().filter((m) => m.to === email && m.subject.startsWith('Revisit the decision'));

    it('reminds the engagement owner on the revisit date (today: at once), once', async () => {
      worker = await WorkerProcess.start();
      const record = await create({ revisitDate: daysFromToday(0) });
      await waitFor(() => (remindersTo('consultant@orchestra.local').length ? true : undefined), 'the revisit reminder');
      await waitFor(async () => {
        const [row] = await ctx.api.dataSource.query(`SELECT "revisitNotifiedAt" FROM decision_record WHERE id = $1`, [record['id']]);
        return row.revisitNotifiedAt ? true : undefined;
      }, 'the reminder to be recorded');
      const [mail] = remindersTo('consultant@orchestra.local');
      expect(mail!.subject).toBe('Revisit the decision "Keep the monolith for now" today');
      expect(mail!.link).toBeNull(); // the link is to the engagement page, not a set-password link
      await waitForNoPendingJobs([QueueName.MAINTENANCE, QueueName.NOTIFICATION], record['id']!, 'the revisit jobs to finish');
      expect(remindersTo('consultant@orchestra.local')).toHaveLength(1);
    });

    it('a later date waits as a delayed job; moving it to today reschedules; deleting cancels', async () => {
      worker = await WorkerProcess.start();
      const record = await create({ revisitDate: daysFromToday(10) });
      const first = (await revisitEventOf(record['id']!))!;
      const delayed = await waitFor(async () => ((await maintenance.getJob(first)) ?? undefined), 'the delayed job');
      expect(await delayed.getState()).toBe('delayed');

      await ctx.api.gql(UPDATE, { id: record['id'], revisitDate: daysFromToday(0) }, { as: Role.CONSULTANT });
      await waitFor(async () => ((await maintenance.getJob(first)) ? undefined : true), 'the old job to be removed');
      await waitFor(() => (remindersTo('consultant@orchestra.local').length ? true : undefined), 'the rescheduled reminder');

      const other = await create({ title: 'Hire a platform lead', revisitDate: daysFromToday(30) });
      const otherEvent = (await revisitEventOf(other['id']!))!;
      await waitFor(async () => ((await maintenance.getJob(otherEvent)) ?? undefined), 'the second delayed job');
      await ctx.api.gql(DELETE, { id: other['id'] }, { as: Role.CONSULTANT });
      await waitFor(async () => ((await maintenance.getJob(otherEvent)) ? undefined : true), 'the cancelled job to be removed');
      // The relay removes the job, then closes its event in the transaction it commits after.
      const closed = async () => {
        const [event] = (await ctx.api.dataSource.query(`SELECT type, "processedAt" IS NOT NULL AS done FROM outbox_event WHERE id = $1`, [otherEvent])) as { type: string; done: boolean }[];
        return event?.done ? event : undefined;
      };
      expect(await waitFor(closed, 'the cancelled job’s event to be closed')).toEqual({ type: 'decision.revisit-scheduled', done: true });
      expect(remindersTo('consultant@orchestra.local')).toHaveLength(1);
    });
  });
});
