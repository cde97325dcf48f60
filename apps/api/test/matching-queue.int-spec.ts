import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { JobName, QueueName, Role, daysFromToday } from '@orchestra/shared';
import { Queue } from 'bullmq';
import { useTestApi } from './support/harness.js';
import { createCandidate, skillIds } from './support/talent-fixture.js';
import { waitFor, WorkerProcess } from './support/worker-process.js';

// Longer than the gap between two quick edits even when both cores are busy (the burst must fold).
const DEBOUNCE_MS = 3_000;

describe('The matching queue keeps stored matches fresh (real worker, debounced per subject)', () => {
  const ctx = useTestApi({ MATCHING_DEBOUNCE_MS: String(DEBOUNCE_MS) });
  let worker: WorkerProcess | undefined;
  let queue: Queue;

  beforeAll(() => {
    queue = new Queue(QueueName.MATCHING, { connection: { url: process.env['REDIS_URL'] }, prefix: process.env['QUEUE_PREFIX'] });
  });
  afterAll(() => queue.close());
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
  });

  const storedFor = (roleId: string) =>
    ctx.api.dataSource.query(`SELECT c.name, m.stage, m.rank FROM match m JOIN candidate c ON c.id = m."candidateId" WHERE m."roleId" = $1 ORDER BY m.rank NULLS LAST, c.name`, [roleId]) as Promise<
      { name: string; stage: string; rank: number | null }[]
    >;

  it('stores a new role’s best candidates, and folds a burst of edits to one candidate into one recompute', async () => {
    worker = await WorkerProcess.start({ MATCHING_DEBOUNCE_MS: String(DEBOUNCE_MS) });
    const [{ id: engagementId }] = await ctx.api.dataSource.query(
      `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed") VALUES ($1, $2, 'Data platform', 'Pipelines break nightly') RETURNING id`,
      [ctx.seeded.clientId, ctx.seeded.users.CONSULTANT],
    );
    const ana = await createCandidate(ctx.api, { name: 'Ana Airflow', skills: { 'Apache Airflow': 4, Python: 4 } });
    await createCandidate(ctx.api, { name: 'Bo Basic', skills: { 'Apache Airflow': 3, Python: 3 } });
    const [airflow, python] = await skillIds(ctx.api.dataSource, 'Apache Airflow', 'Python');
    const created = await ctx.api.gql<{ createRole: { id: string } }>(
      `mutation($e: ID!, $s: [RequiredSkillInput!]!, $start: String) { createRole(engagementId: $e, title: "Data engineer", optionType: AUGMENTATION, requiredSkills: $s, seniority: SENIOR, startDate: $start) { id } }`,
      { e: engagementId, s: [{ skillId: airflow, minLevel: 3, mustHave: true, weight: 2 }, { skillId: python, minLevel: 3, mustHave: true, weight: 1 }], start: daysFromToday(7) },
      { as: Role.RECRUITER },
    );
    const roleId = created.data!.createRole.id;
    await waitFor(async () => ((await storedFor(roleId)).length === 2 ? true : undefined), 'stored matches for the new role');
    expect(await storedFor(roleId)).toEqual([
      { name: 'Ana Airflow', stage: 'SUGGESTED', rank: 1 },
      { name: 'Bo Basic', stage: 'SUGGESTED', rank: 2 },
    ]);

    // Five quick edits: Ana's Airflow level drops step by step, below the role's minimum at the end.
    for (const level of [3, 3, 2, 2, 1]) {
      const res = await ctx.api.gql(`mutation($id: ID!, $s: [CandidateSkillInput!]) { updateCandidate(id: $id, skills: $s) { id } }`, { id: ana.id, s: [{ skillId: airflow, level }, { skillId: python, level: 4 }] }, { as: Role.RECRUITER });
      expect(res.errors).toBeUndefined();
    }
    await waitFor(async () => ((await storedFor(roleId)).length === 1 ? true : undefined), 'Ana leaving the stored suggestions');
    expect(await storedFor(roleId)).toEqual([{ name: 'Bo Basic', stage: 'SUGGESTED', rank: 1 }]);
    // Every event of the burst is closed, and the burst ran as one candidate job.
    await waitFor(async () => {
      const [row] = await ctx.api.dataSource.query(`SELECT count(*) FILTER (WHERE "processedAt" IS NULL)::int AS open FROM outbox_event WHERE type = 'candidate.changed' AND payload->>'candidateId' = $1`, [ana.id]);
      return row.open === 0 ? true : undefined;
    }, 'the burst of candidate events closed');
    const jobs = (await queue.getJobs(['completed', 'active', 'delayed', 'waiting'])).filter((j) => j.name === JobName.RECOMPUTE_CANDIDATE_MATCHES && j.data.candidateId === ana.id);
    // The create is one job; the five edits within the quiet period fold into one more.
    expect(jobs.length).toBe(2);
  });
});
