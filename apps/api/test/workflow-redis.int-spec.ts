import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@orchestra/shared';
import getPort from 'get-port';
import { Redis } from 'ioredis';
import { type Embedded, startEmbedded } from '../../../infra/scripts/services.mjs';
import { openAssessmentWithResponses } from './support/assessment-fixture.js';
import { codeOf, useTestApi } from './support/harness.js';
import { sleep, waitFor, WorkerProcess } from './support/worker-process.js';

/** A Redis of this test's own, so it can be stopped and wiped without disturbing the others; it comes back on the same port. */
const PORT = await getPort();
const REDIS_URL = `redis://127.0.0.1:${PORT}`;
let redis: Embedded | undefined;

async function startRedis(): Promise<void> {
  redis = await startEmbedded({ redis: { keep: false, port: PORT }, log: () => undefined });
}

async function stopRedis(): Promise<void> {
  const r = redis;
  redis = undefined;
  await r?.stop();
}

const ENV = {
  REDIS_URL,
  WORKER_LOCK_MS: '1000',
  WORKER_STALLED_INTERVAL_MS: '500',
  FINALISE_STEP_PAUSE_MS: '300',
  OUTBOX_RECONCILE_AFTER_SECONDS: '2',
  OUTBOX_RECONCILE_EVERY_MS: '1000',
};

describe('Finalise workflow when Redis goes away', () => {
  beforeAll(startRedis);
  afterAll(stopRedis);
  const ctx = useTestApi({ REDIS_URL });
  let worker: WorkerProcess | undefined;
  afterEach(async () => {
    await worker?.stop('SIGKILL');
    worker = undefined;
  });

  const close = (id: string) => ctx.api.gql(`mutation($id: ID!) { closeAssessment(id: $id, reason: "Enough responses") { status } }`, { id }, { as: Role.CONSULTANT });
  const allScored = (ids: string[]) => async () => {
    const rows: { status: string }[] = await ctx.api.dataSource.query(`SELECT status FROM assessment WHERE id = ANY($1)`, [ids]);
    return rows.length === ids.length && rows.every((r) => r.status === 'SCORED') ? true : undefined;
  };

  it('closes while Redis is down (the API answers), loses nothing when Redis comes back empty, and finishes flows wiped mid-run', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await openAssessmentWithResponses(ctx.api, ctx.seeded, `Redis ${i}`)).assessmentId);
    await ctx.api.tokenFor(Role.ADMIN); // signing in counts attempts in Redis: do it while Redis is up
    worker = await WorkerProcess.start(ENV);

    // A flow in progress is wiped from Redis: the reconciler adds it again.
    expect((await close(ids[0]!)).data).toEqual({ closeAssessment: { status: 'CLOSED' } });
    await waitFor(async () => {
      const [run] = await ctx.api.dataSource.query(`SELECT status FROM workflow_run WHERE "subjectId" = $1`, [ids[0]]);
      return run?.status === 'RUNNING' ? true : undefined;
    }, 'the first flow to be running');
    const admin = new Redis(REDIS_URL);
    await admin.flushall();
    admin.disconnect();

    // Redis down: closing still answers (it only writes Postgres and the outbox); the queue page says why it cannot answer.
    await stopRedis();
    for (const id of ids.slice(1)) expect((await close(id)).data).toEqual({ closeAssessment: { status: 'CLOSED' } });
    const stats = await ctx.api.gql(`{ queueStats { name } }`, {}, { as: Role.ADMIN });
    expect(stats.errors![0]).toMatchObject({ message: 'The job queues cannot be reached right now (Redis): try again in a moment.', extensions: { code: 'INTERNAL' } });
    expect(codeOf(stats)).toBe('INTERNAL');
    await sleep(1500);

    await startRedis(); // empty: nothing of before survives
    await waitFor(allScored(ids), 'every assessment to be SCORED', 90_000);
    const rows: Record<string, number>[] = await ctx.api.dataSource.query(
      `SELECT (SELECT count(*) FROM capability_gap g WHERE g."assessmentId" = a.id)::int AS gaps,
              (SELECT count(*) FROM recommendation r WHERE r."assessmentId" = a.id)::int AS recommendations,
              (SELECT count(*) FROM workflow_run w WHERE w."subjectId" = a.id)::int AS runs,
              (SELECT count(*) FROM notification n WHERE n."sourceKey" = 'assessment-scored:' || a.id)::int AS notifications
         FROM assessment a WHERE a.id = ANY($1)`,
      [ids],
    );
    expect(rows).toEqual(ids.map(() => ({ gaps: 1, recommendations: 4, runs: 1, notifications: 1 })));
  }, 180_000);
});
