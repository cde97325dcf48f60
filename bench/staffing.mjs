#!/usr/bin/env node
// `npm run bench:staffing [-- N] [--reuse] [--keep]`: staffing plans over a generated talent pool.
// Creates (or with --reuse finds) a database of N candidates (default 100000; the same generator and
// database name as bench:matching, so `bench:matching -- 100000 --keep` leaves one to reuse),
// starts the built API and worker on it, creates 200 open roles (six role shapes: 1–3 must-have
// skills, allocations 100/80/50 %, starts spread over three months) and, for plans of 20, 100 and
// 200 roles, times BENCH_RUNS (default 3) plans from createStaffingPlan until the plan is shown
// (status SOLVED read back with every role's picks and reasons). Prints p50/p95 of that, the
// worker's time ranking candidates and in the solver (from the plan), the plan's total against
// greedy's, roles filled, and the worker's memory. Asserts nothing.
//
// BENCH_PG_URL, BENCH_DB (orchestra_bench_match), BENCH_PORT (3400), BENCH_RUNS (3),
// BENCH_CANDIDATES_PER_ROLE (50), BENCH_SKIP_BUILD=1, BENCH_API_DIST, REDIS_URL: as bench:matching.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Redis from 'ioredis';
import pg from 'pg';
import { daysFromToday, standardUtcOffsetMinutes } from '@orchestra/shared';
import { ZONES } from './gen-candidates.mjs';
import { gqlAt as gql } from './graphql.mjs';
import { pct } from './lib.mjs';
import { benchEnv, benchServices, buildApi } from './standalone.mjs';
import { memoryOf, preparePool, startApi, startWorker, stopProcess } from './talent-pool.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const reuse = args.includes('--reuse');
const keep = args.includes('--keep');
const dbName = `${process.env.BENCH_DB ?? 'orchestra_bench_match'}_${n}`;
const port = Number(process.env.BENCH_PORT ?? 3400);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const perRole = Number(process.env.BENCH_CANDIDATES_PER_ROLE ?? 50);
const dist = process.env.BENCH_API_DIST ?? 'apps/api/dist';
const PLAN_SIZES = [20, 100, 200];
const offsets = Object.fromEntries(ZONES.map(([tz]) => [tz, standardUtcOffsetMinutes(tz)]));
const say = (msg) => console.log(`[bench:staffing] ${msg}`);
const num = (x) => x.toLocaleString('en');
const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;

/**
 * Six role shapes: must-have skills (name, minimum level) and nice-to-haves at level 4, so scores
 * spread; allocations 100/80/50 %; budgets that some rates exceed; repeated with starts spread over 90 days.
 */
const SHAPES = [
  { title: 'Cloud engineer', must: [['AWS', 3], ['Terraform', 2]], nice: ['Kubernetes', 'Go', 'Observability'], allocation: 100, seniority: 'SENIOR', budget: 70_000 },
  { title: 'Backend engineer', must: [['Java', 3], ['SQL', 2]], nice: ['Spring Boot', 'Microservices', 'PostgreSQL'], allocation: 80, seniority: 'SENIOR', budget: 65_000 },
  { title: 'Data engineer', must: [['Python', 3], ['SQL', 3]], nice: ['Apache Airflow', 'dbt', 'Apache Spark'], allocation: 100, seniority: 'LEAD', budget: 80_000 },
  { title: 'Platform engineer', must: [['Kubernetes', 3]], nice: ['Terraform', 'Linux', 'CI/CD'], allocation: 50, seniority: 'SENIOR', budget: 70_000 },
  { title: 'Frontend engineer', must: [['TypeScript', 3], ['React', 2]], nice: ['Next.js', 'Accessibility', 'Vue.js'], allocation: 100, seniority: 'MID', budget: 55_000 },
  { title: 'Go engineer', must: [['Go', 3], ['Docker', 2]], nice: ['Kubernetes', 'gRPC', 'PostgreSQL'], allocation: 50, seniority: 'LEAD', budget: 75_000 },
];

const PLAN = `query($id: ID!) { StaffingPlan(id: $id) { status error solver candidateListMs solverMs plan { totalScore filled } greedy { totalScore filled }
  roles { roleId reason plan { candidateName score } greedy { candidateName score } } } }`;

buildApi(say);
const found = await benchServices('bench:staffing', say, keep || reuse ? { postgres: 'var/pg-bench' } : {});
const { services, server } = found;
const queuePrefix = `bench_staff_${Date.now().toString(36)}`;
const env = benchEnv({ server, dbName, port, redisUrl: services.redisUrl, queuePrefix });
const rows = [];
let workerMemory;
try {
  await preparePool({ server, dbName, n, env, dist, reuse, offsets, say });
  const db = new pg.Client({ connectionString: `${server}/${dbName}` });
  await db.connect();
  const { rows: [client] } = await db.query(
    `INSERT INTO client (name, industry, region, "timeZone", "coreHoursStart", "coreHoursEnd") VALUES ('Bench Staffing AG', 'Logistics', 'DACH', 'Europe/Berlin', '09:00', '17:00') RETURNING id`,
  );
  const { rows: [owner] } = await db.query(`SELECT id FROM app_user WHERE email = 'consultant@orchestra.local'`);
  const { rows: [engagement] } = await db.query(
    `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed", stage, urgency) VALUES ($1, $2, 'Staffing plan bench', 'Benchmark engagement', 'ACTIVE', 'HIGH') RETURNING id`,
    [client.id, owner.id],
  );
  const skillIds = new Map((await db.query(`SELECT id, name FROM skill`)).rows.map((s) => [s.name, s.id]));
  // 200 open roles written directly (the API's createRole would queue 200 recomputes the bench does not measure).
  const roleIds = [];
  for (let i = 0; i < 200; i++) {
    const shape = SHAPES[i % SHAPES.length];
    const requiredSkills = [
      ...shape.must.map(([name, minLevel]) => ({ skillId: skillIds.get(name), skill: name, minLevel, mustHave: true, weight: 3 })),
      ...shape.nice.filter((name) => skillIds.has(name)).map((name) => ({ skillId: skillIds.get(name), skill: name, minLevel: 4, mustHave: false, weight: 1 })),
    ];
    const { rows: [role] } = await db.query(
      `INSERT INTO role ("clientId", "engagementId", title, "optionType", "requiredSkills", seniority, "startDate", "durationWeeks", allocation, "budgetMaxMinor", currency, status)
       VALUES ($1, $2, $3, 'AUGMENTATION', $4, $5, $6, 12, $7, $8, 'EUR', 'OPEN') RETURNING id`,
      [client.id, engagement.id, `${shape.title} ${Math.floor(i / SHAPES.length) + 1}`, JSON.stringify(requiredSkills), shape.seniority, daysFromToday(14 + ((i * 7) % 90)), shape.allocation, shape.budget],
    );
    roleIds.push(role.id);
  }
  say(`200 open roles written; starting the API and the worker`);
  const { child: api, base } = await startApi({ dist, env, port });
  const worker = await startWorker({ dist, env });
  try {
    const { login } = await gql(base, `mutation { login(email: "recruiter@orchestra.local", password: "orchestra-recruiter-demo") { accessToken } }`);
    const token = login.accessToken;
    for (const size of PLAN_SIZES) {
      const times = [];
      let last;
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const { createStaffingPlan } = await gql(base, `mutation($r: [ID!], $n: Int) { createStaffingPlan(roleIds: $r, candidatesPerRole: $n) { id } }`, { r: roleIds.slice(0, size), n: perRole }, token);
        for (;;) {
          const { StaffingPlan: plan } = await gql(base, PLAN, { id: createStaffingPlan.id }, token);
          if (plan.status !== 'PENDING') {
            last = plan;
            break;
          }
          await new Promise((r) => setTimeout(r, 50));
        }
        times.push(performance.now() - started);
        if (last.status !== 'SOLVED') throw new Error(`plan ${last.status}: ${last.error}`);
      }
      times.sort((a, b) => a - b);
      const differs = last.roles.filter((r) => r.reason !== null && r.plan.candidateName !== r.greedy.candidateName).length;
      rows.push({ size, p50: pct(times, 50), p95: pct(times, 95), listMs: last.candidateListMs, solverMs: last.solverMs, solver: last.solver, plan: last.plan, greedy: last.greedy, differs });
      say(`${size} roles: shown after p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))} (ranking ${ms(last.candidateListMs)}, solver ${ms(last.solverMs)})`);
    }
    workerMemory = memoryOf(worker.pid);
  } finally {
    await stopProcess(worker);
    await stopProcess(api);
    await db.end();
  }
} finally {
  const redis = new Redis(services.redisUrl, { maxRetriesPerRequest: 1 });
  const keys = await redis.keys(`${queuePrefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
  if (!keep) {
    const admin = new pg.Client({ connectionString: `${server}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}"`);
    await admin.end();
  }
  await services.stop();
}

console.log(`\nStaffing plans over ${num(n)} candidates, ${perRole} candidates per role, ${runs} plans each (create → solved and shown)\n`);
console.log(`${'roles'.padStart(5)}  ${'shown p50'.padStart(10)}  ${'shown p95'.padStart(10)}  ${'ranking'.padStart(9)}  ${'solver'.padStart(8)}  ${'method'.padEnd(9)}  ${'plan total'.padStart(10)}  ${'greedy'.padStart(9)}  ${'filled'.padStart(9)}  differs`);
for (const r of rows) {
  console.log(
    `${String(r.size).padStart(5)}  ${ms(r.p50).padStart(10)}  ${ms(r.p95).padStart(10)}  ${ms(r.listMs).padStart(9)}  ${ms(r.solverMs).padStart(8)}  ${r.solver.padEnd(9)}  ${String(r.plan.totalScore).padStart(10)}  ${String(r.greedy.totalScore).padStart(9)}  ${`${r.plan.filled}/${r.greedy.filled}`.padStart(9)}  ${r.differs}`,
  );
}
if (workerMemory) console.log(`\nworker RSS ${(workerMemory.rss / 1024).toFixed(0)} MB (peak ${(workerMemory.peak / 1024).toFixed(0)} MB)`);
