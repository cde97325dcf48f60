import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@orchestra/shared';
import { Cluster, Redis } from 'ioredis';
import { REDIS } from '../src/core/redis/redis.module.js';
import { openAssessmentWithResponses } from './support/assessment-fixture.js';
import { codeOf, useTestApi } from './support/harness.js';
import { LocalRedisCluster, redisServerBinary } from './support/redis-cluster.js';
import { waitFor, WorkerProcess } from './support/worker-process.js';

const binary = redisServerBinary();
if (!binary) console.warn('redis-cluster.int-spec: no redis-server and redis-cli on this machine (apt-get install redis-server): skipped');

/** The API and the real worker process on a three-node Redis Cluster instead of one server. */
(binary ? describe : describe.skip)('Finalise workflow on a Redis Cluster', () => {
  let cluster: LocalRedisCluster;
  // Set before the API starts (its beforeAll is registered after this one).
  const env: Record<string, string> = { REDIS_URL: '', QUEUE_PREFIX: `{${process.env['QUEUE_PREFIX']!.replace(/[{}]/g, '')}_cluster}` };
  beforeAll(async () => {
    cluster = await LocalRedisCluster.start(binary!);
    env['REDIS_CLUSTER_NODES'] = cluster.nodes;
  }, 60_000);
  afterAll(() => cluster?.stop());
  const ctx = useTestApi(env);
  let worker: WorkerProcess | undefined;
  /** KEYS answers for its own node only: ask every master. */
  const clusterKeys = async (pattern: string) => {
    const redis = ctx.api.app.get<Cluster>(REDIS);
    expect(redis).toBeInstanceOf(Cluster);
    return (await Promise.all(redis.nodes('master').map((n) => n.keys(pattern)))).flat();
  };
  afterEach(async () => {
    await worker?.stop('SIGKILL');
    worker = undefined;
  });

  it('runs the finalise flow through the worker to SCORED with the hand-worked results, every key in one slot', async () => {
    expect(ctx.api.config.REDIS_CLUSTER_NODES).toHaveLength(3);
    const { assessmentId } = await openAssessmentWithResponses(ctx.api, ctx.seeded);
    worker = await WorkerProcess.start(env);

    const closed = await ctx.api.gql(`mutation($id: ID!) { closeAssessment(id: $id, reason: "Enough responses") { status } }`, { id: assessmentId }, { as: Role.CONSULTANT });
    expect(closed.data).toEqual({ closeAssessment: { status: 'CLOSED' } });
    await waitFor(async () => {
      const [a] = await ctx.api.dataSource.query(`SELECT status FROM assessment WHERE id = $1`, [assessmentId]);
      return a.status === 'SCORED' ? true : undefined;
    }, 'the assessment to be SCORED', 60_000);

    // The numbers of workflow.int-spec's hand-worked scenario (see assessment-fixture.ts).
    const [score] = await ctx.api.dataSource.query(
      `SELECT s.current::float, s.confidence::float FROM capability_score s JOIN capability c ON c.id = s."capabilityId"
        WHERE s."assessmentId" = $1 AND c.key = 'release-practice'`,
      [assessmentId],
    );
    expect(score).toEqual({ current: 1.71, confidence: 0.46 });
    const report = await ctx.api.gql<{ assessmentReport: { status: string; gaps: { severity: number; recommendations: { option: string; score: number }[] }[] } }>(
      `query($id: ID!) { assessmentReport(assessmentId: $id) { status gaps { severity recommendations { option score } } } }`,
      { id: assessmentId },
      { as: Role.CONSULTANT },
    );
    expect(report.data!.assessmentReport.status).toBe('SCORED');
    expect(report.data!.assessmentReport.gaps.map((g) => [g.severity, g.recommendations.map((r) => [r.option, r.score])])).toEqual([
      [4.31, [['REVIEW', 60], ['AUGMENTATION', 50], ['HIRE', 10], ['SPECIALIST_TEAM', 0]]],
    ]);
    const [counts] = await ctx.api.dataSource.query(
      `SELECT (SELECT count(*) FROM workflow_run WHERE "subjectId" = $1 AND status = 'SUCCEEDED')::int AS runs,
              (SELECT count(*) FROM notification WHERE "sourceKey" = 'assessment-scored:' || $1)::int AS notifications`,
      [assessmentId],
    );
    expect(counts).toEqual({ runs: 1, notifications: 1 });

    // The ADMIN's queue page reads the queues through the cluster: the start job and the steps completed.
    const stats = await ctx.api.gql<{ queueStats: { name: string; completed: number; failed: number }[] }>(`{ queueStats { name completed failed } }`, {}, { as: Role.ADMIN });
    expect(stats.data!.queueStats.find((q) => q.name === 'assessment')).toMatchObject({ failed: 0 });
    expect(stats.data!.queueStats.find((q) => q.name === 'assessment')!.completed).toBeGreaterThan(1);

    // BullMQ's keys and ours (sign-in limits) are all on the one slot of the prefix's hash tag.
    const keys = await clusterKeys(`${env['QUEUE_PREFIX']}:*`);
    expect(keys.some((k) => k.includes(':assessment:'))).toBe(true);
    expect(keys.some((k) => k.includes(':rl:login'))).toBe(true);
    // Nothing went to the single Redis the other tests use (BullMQ's default is 127.0.0.1:6379).
    const single = new Redis(process.env['REDIS_URL']!);
    try {
      expect(await single.keys(`${env['QUEUE_PREFIX']}*`)).toEqual([]);
    } finally {
      single.disconnect();
    }
    const redis = ctx.api.app.get<Cluster>(REDIS);
    const slots = new Set(await Promise.all(keys.map((k) => redis.cluster('KEYSLOT', k))));
    expect(slots.size).toBe(1);
  }, 120_000);

  it('ends a session at once on the cluster (revocation is a MULTI over the session family)', async () => {
    const login = await ctx.api.login('admin@orchestra.local', 'orchestra-admin-demo');
    const token = login.data!.login.accessToken;
    const cookie = login.cookies.find((c) => c.name === 'orchestra_refresh')!.value;
    expect((await ctx.api.gql(`{ me { id } }`, {}, { token })).data).toEqual({ me: { id: ctx.seeded.users.ADMIN } });
    expect((await ctx.api.gql(`mutation { logout }`, {}, { cookies: { orchestra_refresh: cookie } })).data).toEqual({ logout: true });
    expect(codeOf(await ctx.api.gql(`{ me { id } }`, {}, { token }))).toBe('UNAUTHENTICATED');
    // Refused by what Redis holds, not by the database fallback used when Redis fails.
    expect(await clusterKeys(`${env['QUEUE_PREFIX']}:revoked-session:*`)).not.toHaveLength(0);
  });
});
