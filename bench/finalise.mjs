#!/usr/bin/env node
// `npm run bench:finalise`: close → SCORED latency of an assessment with 50 respondents × 59
// questions (p50/p95 over 20 runs), and the finalise throughput with N assessments closed at once
// against a bare BullMQ no-op flow of the same shape on the same Redis. Needs `npm run demo`
// running (API and worker). Prints figures; asserts nothing.
// API_URL, DATABASE_URL, REDIS_URL, QUEUE_PREFIX (what the running demo wrote to var/demo.env,
// then .env), BENCH_RUNS, BENCH_CONCURRENT.
import { existsSync } from 'node:fs';
import { FlowProducer, Queue, Worker } from 'bullmq';
import pg from 'pg';
import { gql, pct } from './lib.mjs';

// After the environment and the running demo's var/demo.env (read by lib.mjs), .env.
if (existsSync('.env')) process.loadEnvFile('.env');
if (!process.env.DATABASE_URL || !process.env.REDIS_URL) {
  console.error('No DATABASE_URL / REDIS_URL: start `npm run demo` first (it writes var/demo.env while it runs), or set them.');
  process.exit(1);
}
const runs = Number(process.env.BENCH_RUNS ?? 20);
const concurrent = Number(process.env.BENCH_CONCURRENT ?? 10);
const RESPONDENTS = 50;
const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();

const ms = (x) => `${x.toFixed(0)} ms`;

const token = (await gql(`mutation { login(email: "consultant@orchestra.local", password: "orchestra-consultant-demo") { accessToken } }`)).login.accessToken;
const [{ id: clientId }] = (await db.query(`SELECT id FROM client WHERE name = 'Northwind Logistics'`)).rows;
const [{ id: templateId }] = (await db.query(`SELECT id FROM assessment_template ORDER BY "createdAt" LIMIT 1`)).rows;
const [{ id: ownerId }] = (await db.query(`SELECT id FROM app_user WHERE email = 'consultant@orchestra.local'`)).rows;
const questions = (await db.query(`SELECT id, type, options FROM question WHERE "templateId" = $1`, [templateId])).rows;
const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

/** Every respondent answers every question (varied values), so the steps do their full work. */
function answers(r) {
  return questions.map((q, i) => {
    const v = ((r * 7 + i * 3) % 5) + 1;
    if (q.type === 'SCALE') return { questionId: q.id, scale: v };
    if (q.type === 'TEXT') return { questionId: q.id, text: 'We release when someone is brave enough.' };
    const option = q.options[(r + i) % q.options.length];
    return { questionId: q.id, choices: [option.key] };
  });
}

/** An OPEN assessment with 50 submitted responses, written straight to the database. */
async function seedOpenAssessment(n) {
  const { rows: [e] } = await db.query(
    `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed", stage, urgency) VALUES ($1, $2, $3, 'Benchmark', 'ASSESSING', 'HIGH') RETURNING id`,
    [clientId, ownerId, `Bench engagement ${Date.now()} ${n}`],
  );
  const { createAssessment } = await gql(
    `mutation($e: ID!, $t: ID!, $d: String!) { createAssessment(engagementId: $e, templateId: $t, title: "Bench", dueDate: $d) { id } }`,
    { e: e.id, t: templateId, d: due },
    token,
  );
  const id = createAssessment.id;
  await db.query(`UPDATE assessment SET status = 'OPEN', "openedAt" = now() WHERE id = $1`, [id]);
  const roles = ['CTO', 'ENGINEERING_MANAGER', 'ENGINEER', 'PRODUCT'];
  for (let r = 0; r < RESPONDENTS; r++) {
    const { rows: [inv] } = await db.query(
      `INSERT INTO invitation ("clientId", "assessmentId", email, "respondentRole", status, "submittedAt") VALUES ($1, $2, $3, $4, 'SUBMITTED', now()) RETURNING id`,
      [clientId, id, `bench-${r}@northwind.example`, roles[r % roles.length]],
    );
    await db.query(`INSERT INTO response ("clientId", "invitationId", answers, "submittedAt", "submitKey") VALUES ($1, $2, $3, now(), 'bench')`, [clientId, inv.id, JSON.stringify(answers(r))]);
  }
  return id;
}

async function closeAndWait(ids) {
  const started = performance.now();
  await Promise.all(ids.map((id) => gql(`mutation($id: ID!) { closeAssessment(id: $id) { status } }`, { id }, token)));
  const pending = new Set(ids);
  while (pending.size) {
    const { rows } = await db.query(`SELECT id FROM assessment WHERE id = ANY($1) AND status = 'SCORED'`, [[...pending]]);
    for (const r of rows) pending.delete(r.id);
    if (pending.size) await new Promise((r) => setTimeout(r, 10));
    if (performance.now() - started > 120_000) throw new Error('assessments not SCORED within 2 minutes: is the worker running?');
  }
  return performance.now() - started;
}

// 1. Latency, one assessment at a time.
const latencies = [];
for (let i = 0; i < runs; i++) latencies.push(await closeAndWait([await seedOpenAssessment(i)]));
latencies.sort((a, b) => a - b);
console.log(`close → SCORED        n=${runs}  p50 ${ms(pct(latencies, 50))}  p95 ${ms(pct(latencies, 95))}  (${RESPONDENTS} respondents × ${questions.length} questions)`);

// 2. Throughput: N assessments closed at once.
const batch = [];
for (let i = 0; i < concurrent; i++) batch.push(await seedOpenAssessment(1000 + i));
const ours = concurrent / ((await closeAndWait(batch)) / 1000);

// 3. Baseline: the same flow shape (five nested steps) doing nothing, on the same Redis.
const connection = { url: process.env.REDIS_URL, maxRetriesPerRequest: null };
const prefix = `bench_${Date.now().toString(36)}`;
const noop = new Worker('noop', async () => null, { connection, prefix, concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4) });
const flows = new FlowProducer({ connection, prefix });
const queue = new Queue('noop', { connection, prefix });
const nested = (i, depth) => ({ name: `step-${depth}`, queueName: 'noop', data: {}, ...(depth > 0 ? { children: [nested(i, depth - 1)] } : {}) });
const t0 = performance.now();
const parents = await Promise.all(Array.from({ length: concurrent }, (_, i) => flows.add(nested(i, 4))));
for (;;) {
  const done = await Promise.all(parents.map((p) => p.job.isCompleted()));
  if (done.every(Boolean)) break;
  await new Promise((r) => setTimeout(r, 5));
}
const baseline = concurrent / ((performance.now() - t0) / 1000);
await noop.close();
await flows.close();
await queue.obliterate({ force: true });
await queue.close();
console.log(
  `finalise throughput   ${ours.toFixed(1)} flows/s with ${concurrent} at once; no-op BullMQ flow ${baseline.toFixed(1)} flows/s; ratio ${((ours / baseline) * 100).toFixed(0)}%`,
);
await db.end();
