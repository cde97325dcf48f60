import { afterEach, describe, expect, it } from '@jest/globals';
import { JobName, QueueName, Role } from '@orchestra/shared';
import { Queue } from 'bullmq';
import { codeOf, useTestApi } from './support/harness.js';
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
