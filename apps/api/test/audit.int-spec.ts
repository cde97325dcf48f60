import { afterEach, describe, expect, it } from '@jest/globals';
import { JobName, QueueName, Role, daysFromNow } from '@orchestra/shared';
import { Queue } from 'bullmq';
import { newSecureToken } from '../src/core/identity/auth/secure-token.js';
import { codeOf, useTestApi } from './support/harness.js';
import { createCandidate } from './support/talent-fixture.js';
import { waitFor, WorkerProcess } from './support/worker-process.js';

const LIST = `query($f: AuditEventFilter) { allAuditEvents(filter: $f, perPage: 50) { actorId action targetType targetId changedFields } _allAuditEventsMeta(filter: $f) { count } }`;

describe('The audit trail: ADMINs read it, filtered; the maintenance queue purges what is past retention', () => {
  const ctx = useTestApi();
  let worker: WorkerProcess | undefined;
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
  });

  it('lists who changed what, filtered by record, action, actor and time; nobody else reads it', async () => {
    const created = await ctx.api.gql<{ createClient: { id: string } }>(`mutation { createClient(name: "Audited GmbH") { id } }`, {}, { as: Role.CONSULTANT });
    const clientId = created.data!.createClient.id;
    const consultant = ctx.seeded.users.CONSULTANT;
    const read = (f: Record<string, unknown>) => ctx.api.gql<{ allAuditEvents: unknown[]; _allAuditEventsMeta: { count: number } }>(LIST, { f }, { as: Role.ADMIN });

    const byRecord = await read({ targetType: 'Client', targetId: clientId });
    expect(byRecord.data).toEqual({
      allAuditEvents: [{ actorId: consultant, action: 'client.create', targetType: 'Client', targetId: clientId, changedFields: expect.arrayContaining(['name']) }],
      _allAuditEventsMeta: { count: 1 },
    });
    expect((await read({ action: 'client.create', actorId: consultant })).data!._allAuditEventsMeta.count).toBe(1);
    expect((await read({ targetId: clientId, createdAt_gte: new Date(Date.now() + 60_000).toISOString() })).data!._allAuditEventsMeta.count).toBe(0);
    expect((await read({ targetId: clientId, createdAt_lte: new Date(Date.now() + 60_000).toISOString() })).data!._allAuditEventsMeta.count).toBe(1);

    const bad = await read({ createdAt_gte: 'yesterday' });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { createdAt_gte: expect.stringContaining('ISO 8601') } });
    for (const role of [Role.CONSULTANT, Role.RECRUITER, Role.CLIENT]) {
      const res = await ctx.api.gql(LIST, { f: { targetId: clientId } }, { as: role });
      expect([role, codeOf(res)]).toEqual([role, 'FORBIDDEN']);
    }
  });

  const TRAIL = `query($f: AuditEventFilter) { allAuditEvents(filter: $f, perPage: 50, sortField: "createdAt", sortOrder: "ASC") { action requestId changes { field old new redacted } } }`;
  type Trail = { allAuditEvents: { action: string; requestId: string | null; changes: { field: string; old: string | null; new: string | null; redacted: boolean }[] }[] };
  const trail = async (f: Record<string, unknown>) => (await ctx.api.gql<Trail>(TRAIL, { f }, { as: Role.ADMIN })).data!.allAuditEvents;

  it("keeps each changed field's value before and after, and the request that changed it", async () => {
    const created = await ctx.api.gql<{ createClient: { id: string } }>(`mutation { createClient(name: "Audited GmbH", industry: "Rail") { id } }`, {}, {
      as: Role.CONSULTANT,
      headers: { 'x-request-id': 'proxy-req-0001' },
    });
    expect(created.headers['x-request-id']).toBe('proxy-req-0001');
    const id = created.data!.createClient.id;
    const renamed = await ctx.api.gql(`mutation($id: ID!) { updateClient(id: $id, name: "Renamed GmbH", industry: "Rail") { id } }`, { id }, { as: Role.CONSULTANT, headers: { 'x-request-id': '<script>' } });
    // A header that is not a plain token is replaced, never logged or stored as sent.
    const generated = String(renamed.headers['x-request-id']);
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);

    expect(await trail({ targetId: id })).toEqual([
      {
        action: 'client.create',
        requestId: 'proxy-req-0001',
        changes: [
          { field: 'industry', old: null, new: '"Rail"', redacted: false },
          { field: 'name', old: null, new: '"Audited GmbH"', redacted: false },
        ],
      },
      // Only what changed: the industry was sent again, unchanged.
      { action: 'client.update', requestId: generated, changes: [{ field: 'name', old: '"Audited GmbH"', new: '"Renamed GmbH"', redacted: false }] },
    ]);
    expect((await trail({ requestId: generated })).map((e) => e.action)).toEqual(['client.update']);

    await ctx.api.gql(`mutation($id: ID!) { deleteClient(id: $id) { id } }`, { id }, { as: Role.ADMIN });
    expect((await trail({ targetId: id, action: 'client.delete' }))[0]!.changes).toEqual([{ field: 'name', old: '"Renamed GmbH"', new: null, redacted: false }]);
  });

  it('says a password changed, never its value or hash', async () => {
    const { token, hash } = newSecureToken();
    await ctx.api.dataSource.query(`INSERT INTO password_token ("userId", "tokenHash", "expiresAt") VALUES ($1, $2, now() + interval '1 hour')`, [ctx.seeded.users.RECRUITER, hash]);
    const set = await ctx.api.gql(`mutation($token: String!, $password: String!) { setPassword(token: $token, password: $password) }`, { token, password: 'a brand new passphrase' });
    expect(set.data).toEqual({ setPassword: true });
    expect(await trail({ action: 'user.set_password' })).toEqual([{ action: 'user.set_password', requestId: expect.any(String), changes: [{ field: 'passwordHash', old: null, new: null, redacted: true }] }]);
    const [{ stored }] = await ctx.api.dataSource.query(`SELECT changes::text AS stored FROM audit_event WHERE action = 'user.set_password'`);
    expect(stored).toBe('{"passwordHash": {"redacted": true}}');
    const [{ passwordHash }] = await ctx.api.dataSource.query(`SELECT "passwordHash" FROM app_user WHERE id = $1`, [ctx.seeded.users.RECRUITER]);
    const leaks = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE changes::text LIKE '%' || $1 || '%' OR changes::text LIKE '%brand new passphrase%'`, [passwordHash]);
    expect(leaks).toEqual([{ n: 0 }]);
  });

  it("tags background work with its job, and an erasure removes the person's values from earlier entries", async () => {
    const person = await createCandidate(ctx.api, { name: 'Olga Old', lastContactAt: daysFromNow(-25 * 31).toISOString() });
    expect((await trail({ targetId: person.id }))[0]!.changes).toContainEqual({ field: 'name', old: null, new: '"Olga Old"', redacted: false });
    worker = await WorkerProcess.start();
    const queue = new Queue(QueueName.MAINTENANCE, { connection: { url: process.env['REDIS_URL'] }, prefix: process.env['QUEUE_PREFIX'] });
    try {
      const job = await queue.add(JobName.CANDIDATE_RETENTION, {});
      await waitFor(async () => ((await job.isCompleted()) ? true : undefined), 'the retention job done');
      expect(await trail({ action: 'candidate.erase' })).toEqual([{ action: 'candidate.erase', requestId: `job:${QueueName.MAINTENANCE}:${job.id}`, changes: [] }]);
    } finally {
      await queue.close();
    }
    const left = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE "targetId" = $1 OR changes::text LIKE '%Olga Old%'`, [person.id]);
    expect(left).toEqual([{ n: 0 }]);
  });

  it('deletes entries older than AUDIT_RETENTION_MONTHS (24) and keeps the rest', async () => {
    await ctx.api.dataSource.query(
      `INSERT INTO audit_event (action, "targetType", "createdAt") VALUES ('client.update', 'Client', now() - interval '25 months'), ('client.update', 'Client', now() - interval '23 months')`,
    );
    worker = await WorkerProcess.start();
    const queue = new Queue(QueueName.MAINTENANCE, { connection: { url: process.env['REDIS_URL'] }, prefix: process.env['QUEUE_PREFIX'] });
    try {
      const job = await queue.add(JobName.AUDIT_RETENTION, {});
      const result = await waitFor(async () => ((await job.isCompleted()) ? (await queue.getJob(job.id!))!.returnvalue : undefined), 'the purge job done');
      expect(result).toEqual({ purged: 1 });
    } finally {
      await queue.close();
    }
    const left = await ctx.api.dataSource.query(`SELECT count(*)::int AS old FROM audit_event WHERE "createdAt" < now() - interval '24 months'`);
    expect(left).toEqual([{ old: 0 }]);
    const [{ kept }] = await ctx.api.dataSource.query(`SELECT count(*)::int AS kept FROM audit_event WHERE "createdAt" < now() - interval '22 months'`);
    expect(kept).toBe(1);
  });
});
