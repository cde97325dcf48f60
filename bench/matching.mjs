#!/usr/bin/env node
// `npm run bench:matching [-- N …] [--reuse] [--keep]`: ranking latency against a large talent
// pool. For each pool size N (default 100000) it creates its own database
// (BENCH_DB, default orchestra_bench_match, suffixed with N), migrates it, seeds the demo users and
// the skill taxonomy, fills it with N candidates (bench/gen-candidates.mjs), starts the built API on
// it, signs in as the demo recruiter, creates three roles (3, 8 and 15 required skills) on a
// client with core hours, and times rankCandidates and excludedCandidates (page 0, 25 per page)
// BENCH_RUNS times each after a warm-up. Prints a table with the eligible counts, p50/p95 and the
// memory of the API process and of its Postgres connections. Asserts nothing.
//
//   --reuse   keep a database that already holds N candidates instead of generating it again
//   --keep    do not drop the databases at the end
// BENCH_PG_URL (a server, e.g. postgres://postgres@127.0.0.1:5432; unset: the one on the default
// address, else a private embedded PostgreSQL — throwaway, or kept in var/pg-bench with --keep or
// --reuse, see infra/scripts/services.mjs), BENCH_DB, BENCH_PORT (3400), BENCH_RUNS (50),
// BENCH_WARMUP (5), BENCH_SKIP_BUILD=1, BENCH_API_DIST (the API build to run, apps/api/dist; another
// build, e.g. a copy of main's, compares two versions on one pool), REDIS_URL (likewise).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Redis from 'ioredis';
import pg from 'pg';
import { standardUtcOffsetMinutes, daysFromToday } from '@orchestra/shared';
import { ZONES } from './gen-candidates.mjs';
import { gqlAt as gql } from './graphql.mjs';
import { pct } from './lib.mjs';
import { benchEnv, benchServices, buildApi } from './standalone.mjs';
import { memoryOf, preparePool, startApi, stopProcess } from './talent-pool.mjs';


const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (!sizes.length) sizes.push(100_000);
const reuse = args.includes('--reuse');
const keep = args.includes('--keep');
/** The PostgreSQL server (URL without a database) and Redis, resolved after the build. */
let server;
let redisUrl;
const dbBase = process.env.BENCH_DB ?? 'orchestra_bench_match';
const port = Number(process.env.BENCH_PORT ?? 3400);
const runs = Number(process.env.BENCH_RUNS ?? 50);
const warmup = Number(process.env.BENCH_WARMUP ?? 5);
const dist = process.env.BENCH_API_DIST ?? 'apps/api/dist';
const offsets = Object.fromEntries(ZONES.map(([tz]) => [tz, standardUtcOffsetMinutes(tz)]));

const say = (msg) => console.log(`[bench:matching] ${msg}`);
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const num = (n) => n.toLocaleString('en');

/** The bench's roles, on a client in Europe/Berlin with core hours 09:00–17:00. Must-haves are common skills. */
const ROLES = [
  {
    label: '3 skills', title: 'Cloud engineer', optionType: 'AUGMENTATION', seniority: 'SENIOR', start: 14, permanent: false, durationWeeks: 12, allocation: 100, budget: [70_000, 90_000], minOverlapHours: 4,
    skills: [['AWS', 3, true, 3], ['Terraform', 2, true, 2], ['Kubernetes', 3, false, 1]],
  },
  {
    label: '8 skills', title: 'Backend engineer', optionType: 'AUGMENTATION', seniority: 'SENIOR', start: 14, permanent: false, durationWeeks: 24, allocation: 80, budget: [65_000, 85_000], minOverlapHours: 4,
    skills: [['Java', 3, true, 3], ['SQL', 2, true, 2], ['Docker', 2, true, 2], ['Spring Boot', 3, false, 2], ['Microservices', 3, false, 1], ['PostgreSQL', 3, false, 1], ['Kubernetes', 2, false, 1], ['API design', 3, false, 1]],
  },
  {
    label: '15 skills', title: 'Head of platform', optionType: 'HIRE', seniority: 'LEAD', start: 30, permanent: true, durationWeeks: null, allocation: 100, budget: [11_000_000, 14_000_000], minOverlapHours: 3,
    skills: [
      ['Kubernetes', 3, true, 3], ['AWS', 2, true, 2], ['Terraform', 2, true, 2], ['Linux', 2, true, 1], ['Go', 3, false, 1], ['Python', 3, false, 1], ['Observability', 3, false, 2], ['CI/CD', 3, false, 1],
      ['Docker', 3, false, 1], ['Technical leadership', 3, false, 2], ['Mentoring', 3, false, 1], ['Stakeholder management', 2, false, 1], ['GitHub Actions', 2, false, 1], ['Azure', 2, false, 1], ['Git', 3, false, 1],
    ],
  },
];

const RANK = `query($r: ID!, $p: Int, $n: Int) { rankCandidates(roleId: $r, page: $p, perPage: $n) {
  total modelVersion candidates { rank candidateId score factors { factor value contribution detail } whatWouldChange
    candidate { id name kind seniority timeZone availableFrom dayRateMinor salaryMinor } match { id stage } } } }`;
const EXCLUDED = `query($r: ID!, $p: Int, $n: Int) { excludedCandidates(roleId: $r, page: $p, perPage: $n) {
  total byConstraint { constraint count } candidates { candidateId failed { constraint detail } whatWouldChange candidate { id name kind } } } }`;

/** The API's Postgres connections: private memory summed (sorts, hashes, caches), the largest peak, and temp-file bytes so far. */
async function postgresMemory(db, dbName) {
  const pids = (await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = 'orchestra-api'`, [dbName])).rows.map((r) => r.pid);
  const mems = pids.map(memoryOf).filter((m) => !Number.isNaN(m.anon));
  const [{ temp }] = (await db.query(`SELECT temp_bytes::bigint AS temp FROM pg_stat_database WHERE datname = $1`, [dbName])).rows;
  return { backends: mems.length, anon: mems.reduce((s, m) => s + m.anon, 0), peak: Math.max(0, ...mems.map((m) => m.peak)), temp: Number(temp) };
}

async function sample(n, fn) {
  const times = [];
  let last;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
  }
  return { times: times.sort((a, b) => a - b), last };
}

async function benchSize(n) {
  const dbName = `${dbBase}_${n}`;
  const queuePrefix = `bench_match_${Date.now().toString(36)}`;
  const env = benchEnv({ server, dbName, port, redisUrl, queuePrefix });
  const { generated } = await preparePool({ server, dbName, n, env, dist, reuse, offsets, say });

  const db = new pg.Client({ connectionString: `${server}/${dbName}` });
  await db.connect();
  // The client and engagement the roles belong to (core hours 09:00–17:00 in Berlin).
  let [{ id: engagementId } = {}] = (await db.query(`SELECT e.id FROM engagement e JOIN client c ON c.id = e."clientId" WHERE c.name = 'Bench Logistics GmbH'`)).rows;
  if (!engagementId) {
    const { rows: [client] } = await db.query(
      `INSERT INTO client (name, industry, region, "timeZone", "coreHoursStart", "coreHoursEnd") VALUES ('Bench Logistics GmbH', 'Logistics', 'DACH', 'Europe/Berlin', '09:00', '17:00') RETURNING id`,
    );
    const { rows: [owner] } = await db.query(`SELECT id FROM app_user WHERE email = 'consultant@orchestra.local'`);
    ({ rows: [{ id: engagementId }] } = await db.query(
      `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed", stage) VALUES ($1, $2, 'Platform and data staffing', 'Benchmark engagement', 'ACTIVE') RETURNING id`,
      [client.id, owner.id],
    ));
  }
  const skillIds = new Map((await db.query(`SELECT id, name FROM skill`)).rows.map((s) => [s.name, s.id]));

  say(`starting the API on port ${port}`);
  const { child, base } = await startApi({ dist, env, port });
  const rows = [];
  let memory;
  try {
    // Access tokens live at most 15 minutes and a 1M pool takes longer: sign in again every 10 minutes.
    let signedIn = { token: '', at: -Infinity };
    const session = async () => {
      if (performance.now() - signedIn.at > 600_000) {
        const { login } = await gql(base, `mutation { login(email: "recruiter@orchestra.local", password: "orchestra-recruiter-demo") { accessToken } }`);
        signedIn = { token: login.accessToken, at: performance.now() };
      }
      return signedIn.token;
    };
    const token = await session();
    const roles = [];
    for (const r of ROLES) {
      const { createRole } = await gql(
        base,
        `mutation($e: ID!, $t: String!, $o: RecommendationOption!, $s: [RequiredSkillInput!]!, $sen: Seniority!, $start: String, $perm: Boolean, $weeks: Int, $alloc: Int, $bmin: Int, $bmax: Int, $ov: Int) {
           createRole(engagementId: $e, title: $t, optionType: $o, requiredSkills: $s, seniority: $sen, startDate: $start, permanent: $perm, durationWeeks: $weeks,
                      allocation: $alloc, budgetMinMinor: $bmin, budgetMaxMinor: $bmax, minOverlapHours: $ov) { id } }`,
        {
          e: engagementId, t: `${r.title} (${r.label})`, o: r.optionType, sen: r.seniority, start: daysFromToday(r.start), perm: r.permanent, weeks: r.durationWeeks, alloc: r.allocation,
          bmin: r.budget[0], bmax: r.budget[1], ov: r.minOverlapHours,
          s: r.skills.map(([name, minLevel, mustHave, weight]) => ({ skillId: skillIds.get(name), minLevel, mustHave, weight })),
        },
        token,
      );
      roles.push({ ...r, id: createRole.id });
    }
    const apiBefore = memoryOf(child.pid);
    const pgBefore = await postgresMemory(db, dbName);
    for (const role of roles) {
      const vars = { r: role.id, p: 0, n: 25 };
      let t = await session();
      await sample(warmup, () => gql(base, RANK, vars, t));
      const rank = await sample(runs, () => gql(base, RANK, vars, t));
      t = await session();
      await sample(warmup, () => gql(base, EXCLUDED, vars, t));
      const excluded = await sample(runs, () => gql(base, EXCLUDED, vars, t));
      const row = {
        n, role: role.label, eligible: rank.last.rankCandidates.total, excluded: excluded.last.excludedCandidates.total,
        rankP50: pct(rank.times, 50), rankP95: pct(rank.times, 95), exclP50: pct(excluded.times, 50), exclP95: pct(excluded.times, 95),
      };
      rows.push(row);
      say(`${num(n)} · ${role.label}: ${num(row.eligible)} eligible, rank p50 ${ms(row.rankP50)} p95 ${ms(row.rankP95)}; excluded p50 ${ms(row.exclP50)} p95 ${ms(row.exclP95)}`);
    }
    memory = { n, apiBefore, apiAfter: memoryOf(child.pid), pgBefore, pgAfter: await postgresMemory(db, dbName), generated };
  } finally {
    await stopProcess(child);
    await db.end();
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    const keys = await redis.keys(`${queuePrefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  }
  if (!keep) {
    const admin = new pg.Client({ connectionString: `${server}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}"`);
    await admin.end();
  }
  return { rows, memory };
}

buildApi(say);

const found = await benchServices('bench:matching', say, keep || reuse ? { postgres: 'var/pg-bench' } : {});
const services = found.services;
server = found.server;
redisUrl = services.redisUrl;
const results = [];
try {
  for (const n of sizes) results.push(await benchSize(n));
} finally {
  await services.stop();
}

console.log(`\nrankCandidates / excludedCandidates, page 0 of 25, ${runs} sequential calls after ${warmup} warm-up calls (times include HTTP and GraphQL)\n`);
console.log(`${'pool'.padStart(10)}  ${'role'.padEnd(9)}  ${'eligible'.padStart(9)}  ${'excluded'.padStart(9)}  ${'rank p50'.padStart(9)}  ${'rank p95'.padStart(9)}  ${'excl. p50'.padStart(9)}  ${'excl. p95'.padStart(9)}`);
for (const { rows } of results) {
  for (const r of rows) {
    console.log(
      `${num(r.n).padStart(10)}  ${r.role.padEnd(9)}  ${num(r.eligible).padStart(9)}  ${num(r.excluded).padStart(9)}  ${ms(r.rankP50).padStart(9)}  ${ms(r.rankP95).padStart(9)}  ${ms(r.exclP50).padStart(9)}  ${ms(r.exclP95).padStart(9)}`,
    );
  }
}
console.log(`\nmemory (API = the Node process; Postgres = its ${results[0]?.memory?.pgAfter.backends ?? '?'} connections' private memory, and temp files written)\n`);
for (const { memory: m } of results) {
  const gen = m.generated ? `, generated in ${m.generated.totalSeconds.toFixed(0)} s` : '';
  console.log(
    `${num(m.n).padStart(10)}  API RSS ${mb(m.apiBefore.rss)} → ${mb(m.apiAfter.rss)} (peak ${mb(m.apiAfter.peak)})  ·  Postgres private ${mb(m.pgBefore.anon)} → ${mb(m.pgAfter.anon)} (largest backend peak RSS ${mb(m.pgAfter.peak)}), temp files +${((m.pgAfter.temp - m.pgBefore.temp) / 1048576).toFixed(0)} MB${gen}`,
  );
}
