// What bench:finalise and bench:workers share: open assessments with RESPONDENTS (50) full responses written
// straight to the database, closing them through the API and waiting for SCORED, where each flow's
// time went (from the workflow run, the outbox row and the BullMQ jobs with their step timings),
// and the no-op BullMQ flow of the same shape.
import { FINALISE_STEP_NAMES, QueueName, RENAMED_FINALISE_STEPS } from '@orchestra/shared';
import { FlowProducer, Queue, Worker } from 'bullmq';
import { gqlAt } from './graphql.mjs';
import { pct } from './lib.mjs';

/**
 * Respondents per assessment: 50 by default; BENCH_RESPONDENTS=1 leaves a flow almost no scoring
 * work, which shows what the flow's machinery (close, outbox, run, jobs, transactions) costs alone.
 */
export const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 50);
if (!Number.isInteger(RESPONDENTS) || RESPONDENTS < 1) throw new Error(`BENCH_RESPONDENTS must be a whole number of 1 or more, not "${process.env.BENCH_RESPONDENTS}"`);
const median = (xs) => (xs.length ? pct([...xs].sort((a, b) => a - b), 50) : NaN);

/** Finalise bench helpers against the API at `api`, its database (a connected pg client) and its queue prefix in Redis. */
export async function finaliseBench({ api, db, redisUrl, queuePrefix }) {
  const gql = (query, variables, token) => gqlAt(api, query, variables, token);
  const token = (await gql(`mutation { login(email: "consultant@orchestra.local", password: "orchestra-consultant-demo") { accessToken } }`)).login.accessToken;
  const [{ id: clientId }] = (await db.query(`SELECT id FROM client WHERE name = 'Northwind Logistics'`)).rows;
  const [{ id: templateId }] = (await db.query(`SELECT id FROM assessment_template ORDER BY "createdAt" LIMIT 1`)).rows;
  const [{ id: ownerId }] = (await db.query(`SELECT id FROM app_user WHERE email = 'consultant@orchestra.local'`)).rows;
  const questions = (await db.query(`SELECT id, type, options FROM question WHERE "templateId" = $1`, [templateId])).rows;
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const queue = new Queue(QueueName.ASSESSMENT, { connection: { url: redisUrl, maxRetriesPerRequest: null }, prefix: queuePrefix });

  /** Every respondent answers every question (varied values), so the steps do their full work. */
  const answers = (r) =>
    questions.map((q, i) => {
      const v = ((r * 7 + i * 3) % 5) + 1;
      if (q.type === 'SCALE') return { questionId: q.id, scale: v };
      if (q.type === 'TEXT') return { questionId: q.id, text: 'We release when someone is brave enough.' };
      const option = q.options[(r + i) % q.options.length];
      return { questionId: q.id, choices: [option.key] };
    });

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
    const seats = Array.from({ length: RESPONDENTS }, (_, r) => r);
    const { rows: invitations } = await db.query(
      `INSERT INTO invitation ("clientId", "assessmentId", email, "respondentRole", status, "submittedAt")
       SELECT $1, $2, e, r, 'SUBMITTED', now() FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS t(e, r, n) ORDER BY n RETURNING id`,
      [clientId, id, seats.map((r) => `bench-${r}@northwind.example`), seats.map((r) => roles[r % roles.length])],
    );
    await db.query(
      `INSERT INTO response ("clientId", "invitationId", answers, "submittedAt", "submitKey") SELECT $1, i, a, now(), 'bench' FROM unnest($2::uuid[], $3::jsonb[]) AS t(i, a)`,
      [clientId, invitations.map((i) => i.id), seats.map((r) => JSON.stringify(answers(r)))],
    );
    return id;
  }

  /** When each close was asked and answered (epoch ms, the clock BullMQ stamps jobs with). */
  const closed = new Map();

  /** Closes the assessments at once; resolves with the milliseconds until every one is SCORED. */
  async function closeAndWait(ids) {
    const started = performance.now();
    await Promise.all(
      ids.map(async (id) => {
        const asked = Date.now();
        await gql(`mutation($id: ID!) { closeAssessment(id: $id, reason: "bench") { status } }`, { id }, token);
        closed.set(id, { asked, answered: Date.now() });
      }),
    );
    const pending = new Set(ids);
    while (pending.size) {
      const { rows } = await db.query(`SELECT id FROM assessment WHERE id = ANY($1) AND status = 'SCORED'`, [[...pending]]);
      for (const r of rows) pending.delete(r.id);
      if (pending.size) await new Promise((r) => setTimeout(r, 10));
      if (performance.now() - started > 120_000) throw new Error('assessments not SCORED within 2 minutes: is the worker running?');
    }
    return performance.now() - started;
  }

  /**
   * Where each flow's time went, per phase: the close request, the outbox hop (answered → job
   * added; negative when the relay was faster than the HTTP answer), then each job's wait
   * in the queue (since it could run: added, or its child finished) and its run, with the SQL time,
   * statements and process CPU the worker measured inside it (the job's return value).
   */
  async function breakdown(ids) {
    const { rows: runs } = await db.query(
      `SELECT w.id, w.attempts, w."subjectId" FROM workflow_run w WHERE w."subjectId" = ANY($1)`,
      [ids],
    );
    const phases = new Map();
    const add = (name, values) => {
      const p = phases.get(name) ?? { wait: [], run: [], sql: [], statements: [], cpu: [] };
      for (const [k, v] of Object.entries(values)) if (v !== undefined && Number.isFinite(v)) p[k].push(v);
      phases.set(name, p);
    };
    for (const run of runs) {
      const close = closed.get(run.subjectId);
      if (!close) continue;
      // An earlier build's steps too (BENCH_API_DIST), under their own names.
      const steps = [];
      for (const step of [...FINALISE_STEP_NAMES, ...Object.keys(RENAMED_FINALISE_STEPS)]) {
        const job = await queue.getJob(`${run.id}.${run.attempts - 1}.${step}`);
        if (job?.finishedOn) steps.push([step, job]);
      }
      // The relay adds the flow itself; an earlier build (BENCH_API_DIST) queued a start-finalise job that did.
      const start = await queue.getJob(run.id);
      const added = start?.timestamp ?? steps[0]?.[1].timestamp;
      if (added === undefined) continue;
      add('close (API)', { run: close.answered - close.asked });
      add('outbox relay', { wait: added - close.answered });
      if (start) add('start-finalise', { wait: start.processedOn - start.timestamp, run: start.finishedOn - start.processedOn, ...timingsOf(start.returnvalue) });
      let ready = 0;
      for (const [step, job] of steps) {
        add(step, { wait: job.processedOn - Math.max(ready, job.timestamp), run: job.finishedOn - job.processedOn, ...timingsOf(job.returnvalue) });
        ready = job.finishedOn;
      }
    }
    return phases;
  }

  /** The breakdown as a table of medians (ms). */
  function printBreakdown(title, phases) {
    const f = (xs) => (xs.length ? median(xs).toFixed(1).padStart(8) : '       –');
    console.log(`${title}\n  phase                    wait      run      sql  stmts      cpu   (medians, ms; cpu is the worker process's, exact only when one job runs at a time)`);
    let wait = 0;
    let run = 0;
    for (const [name, p] of phases) {
      console.log(`  ${name.padEnd(20)} ${f(p.wait)} ${f(p.run)} ${f(p.sql)} ${p.statements.length ? String(median(p.statements)).padStart(6) : '     –'} ${f(p.cpu)}`);
      wait += p.wait.length ? median(p.wait) : 0;
      run += p.run.length ? median(p.run) : 0;
    }
    console.log(`  ${'sum of medians'.padEnd(20)} ${wait.toFixed(1).padStart(8)} ${run.toFixed(1).padStart(8)}`);
  }

  return { seedOpenAssessment, closeAndWait, breakdown, printBreakdown, close: () => queue.close() };
}

const timingsOf = (value) => {
  const t = value?.timings;
  return t ? { sql: t.sqlMs, statements: t.statements, cpu: t.cpuMs } : {};
};

/**
 * Flows/s of a bare BullMQ flow of `jobs` nested jobs doing nothing, `concurrent` at once: by default
 * the finalise's own shape (one job per step); the baseline was five.
 */
export async function noopFlowsPerSecond(redisUrl, concurrent, concurrency, jobs = FINALISE_STEP_NAMES.length) {
  const connection = { url: redisUrl, maxRetriesPerRequest: null };
  const prefix = `bench_${Date.now().toString(36)}`;
  const noop = new Worker('noop', async () => null, { connection, prefix, concurrency });
  const flows = new FlowProducer({ connection, prefix });
  const queue = new Queue('noop', { connection, prefix });
  const nested = (depth) => ({ name: `step-${depth}`, queueName: 'noop', data: {}, ...(depth > 0 ? { children: [nested(depth - 1)] } : {}) });
  const t0 = performance.now();
  const parents = await Promise.all(Array.from({ length: concurrent }, () => flows.add(nested(jobs - 1))));
  for (;;) {
    const done = await Promise.all(parents.map((p) => p.job.isCompleted()));
    if (done.every(Boolean)) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const perSecond = concurrent / ((performance.now() - t0) / 1000);
  await noop.close();
  await flows.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return perSecond;
}
