#!/usr/bin/env node
// `npm run bench:api`: the API's overhead over the raw floor. Creates its own database
// (BENCH_DB, default orchestra_bench_api), migrates it, seeds the demo (users and portfolio), adds
// engagements with timelines and candidates with skills so every list has 50 rows, then starts the
// built API in production mode (BENCH_PORT, 3510) and the raw baseline (bench/raw-baseline.mjs:
// bare Fastify + pg, one SQL statement per request; BENCH_RAW_PORT, 3511) on it.
//
// For each case in raw-baseline.mjs it first checks that both answer the same bytes (a case that
// differs gets no ratio), then runs autocannon with BENCH_CONNECTIONS (10) connections for
// BENCH_SECONDS (15) per round, BENCH_ROUNDS (3) rounds after BENCH_WARMUP (3) seconds each, the API and the baseline alternated (and
// which goes first alternates too). Prints medians of req/s, p95 and server CPU time per request
// per side, the ratios, and the load average. Asserts nothing.
//
//   --reuse   reuse the database if it is already prepared     --keep   do not drop it at the end
// BENCH_API_DIST: another build of the API to measure (a folder holding main.js; default
// apps/api/dist), e.g. a copy of main's build for a before/after in one run. BENCH_CASES: a
// comma-separated subset of the cases' short names. BENCH_PG_URL, REDIS_URL, BENCH_SKIP_BUILD=1 as
// in bench/matching.mjs.
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Redis from 'ioredis';
import pg from 'pg';
import { standardUtcOffsetMinutes } from '@orchestra/shared';
import { generateCandidates, ZONES } from './gen-candidates.mjs';
import { gqlAt } from './graphql.mjs';
import { dropDatabase, measure, median, seededDatabase, startProcess, stop } from './http-bench.mjs';
import { CASES } from './raw-baseline.mjs';
import { benchServices, buildApi } from './standalone.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = process.argv.slice(2);
const reuse = args.includes('--reuse');
const keep = args.includes('--keep');
const dbName = process.env.BENCH_DB ?? 'orchestra_bench_api';
const port = Number(process.env.BENCH_PORT ?? 3510);
const rawPort = Number(process.env.BENCH_RAW_PORT ?? 3511);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const warmup = Number(process.env.BENCH_WARMUP ?? 3);
const apiDist = resolve(process.env.BENCH_API_DIST ?? 'apps/api/dist');
const only = process.env.BENCH_CASES?.split(',').map((s) => s.trim());
const cases = CASES.filter((c) => !only || only.includes(c.short));

const say = (msg) => console.log(`[bench:api] ${msg}`);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

/** Migrated, demo-seeded, then topped up to 60 engagements (with timelines) and 200 candidates (8 skills each). */
async function prepare(server, env) {
  if (!(await seededDatabase({ server, dbName, apiDist, env, reuse, say }))) return;
  const db = new pg.Client({ connectionString: `${server}/${dbName}` });
  await db.connect();
  // Copies of the demo engagements (same clients, owners and stages), each with a two-step timeline.
  await db.query(`
    WITH src AS (SELECT e.*, row_number() OVER (ORDER BY e."createdAt", e.id) AS n, count(*) OVER () AS total FROM engagement e),
    made AS (
      INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed", stage, horizon, urgency, "budgetBand", "startDate", "endDate", "createdAt", "updatedAt")
      SELECT s."clientId", s."ownerId", s.title || ' #' || g, s."businessNeed", s.stage, s.horizon, s.urgency, s."budgetBand", s."startDate", s."endDate",
             now() - make_interval(days => g), now() - make_interval(days => g)
        FROM generate_series(1, 48) g JOIN src s ON s.n = 1 + (g % s.total)
      RETURNING id, "ownerId", stage, "createdAt")
    INSERT INTO engagement_stage_change ("engagementId", "fromStage", "toStage", note, "changedById", "changedAt")
    SELECT id, NULL, 'LEAD', NULL, "ownerId", "createdAt" FROM made
    UNION ALL SELECT id, 'LEAD', stage, 'Moved on', "ownerId", "createdAt" + interval '1 day' FROM made WHERE stage <> 'LEAD'`);
  const offsets = Object.fromEntries(ZONES.map(([tz]) => [tz, standardUtcOffsetMinutes(tz)]));
  await generateCandidates(db, 200, { offsets, perCandidate: 8, log: () => {} });
  const counts = (await db.query(`SELECT (SELECT count(*) FROM engagement)::int AS e, (SELECT count(*) FROM engagement_stage_change)::int AS sc, (SELECT count(*) FROM candidate)::int AS c`)).rows[0];
  say(`seeded: ${counts.e} engagements, ${counts.sc} stage changes, ${counts.c} candidates`);
  await db.query('ANALYZE');
  await db.end();
}

async function post(base, c, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: c.query, variables: c.variables }),
  });
  return { status: res.status, body: await res.text() };
}

const measureCase = (base, c, token, duration = seconds, pid = undefined) => measure(base, JSON.stringify({ query: c.query, variables: c.variables }), token, { duration, connections, pid });

buildApi(say, Boolean(process.env.BENCH_API_DIST));

const { services, server } = await benchServices('bench:api', say, keep || reuse ? { postgres: 'var/pg-bench' } : {});
const queuePrefix = `bench_api_${Date.now().toString(36)}`;
const jwtSecret = randomBytes(48).toString('base64');
const env = {
  ...process.env,
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: String(port),
  DATABASE_URL: `${server}/${dbName}`,
  REDIS_URL: services.redisUrl,
  QUEUE_PREFIX: queuePrefix,
  JWT_SECRET: jwtSecret,
  // Required in production; the API itself sends no mail (the worker does, and none runs here).
  SMTP_URL: process.env.SMTP_URL ?? 'smtp://127.0.0.1:2525',
};

let api;
let raw;
const results = [];
try {
  await prepare(server, env);
  say(`starting the API (${apiDist}, production) on ${port} and the raw baseline on ${rawPort}`);
  api = await startProcess([resolve(apiDist, 'main.js')], env, `http://127.0.0.1:${port}/ready`, 'the API');
  raw = await startProcess(['bench/raw-baseline.mjs'], { ...env, PORT: String(rawPort) }, `http://127.0.0.1:${rawPort}/graphql`, 'the raw baseline');
  const A = `http://127.0.0.1:${port}`;
  const B = `http://127.0.0.1:${rawPort}`;

  const db = new pg.Client({ connectionString: `${server}/${dbName}` });
  await db.connect();
  const [{ id: detailId }] = (await db.query(`SELECT "engagementId" AS id FROM engagement_stage_change GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`)).rows;
  await db.end();
  for (const c of cases) if ('id' in c.variables) c.variables.id = detailId;

  // Access tokens live 15 minutes: sign in again before each round.
  const signIn = async () =>
    (await gqlAt(A, `mutation { login(email: "admin@orchestra.local", password: "orchestra-admin-demo") { accessToken } }`)).login.accessToken;
  let token = await signIn();

  for (const c of cases) {
    const [a, b] = [await post(A, c, token), await post(B, c, token)];
    c.same = a.status === 200 && b.status === 200 && a.body === b.body && !a.body.includes('"errors"');
    c.bytes = a.body.length;
    if (!c.same) {
      const at = [...a.body].findIndex((ch, i) => ch !== b.body[i]);
      say(`${c.short}: the answers differ (API ${a.status}, ${a.body.length} B; raw ${b.status}, ${b.body.length} B) at byte ${at}:`);
      say(`  API: …${a.body.slice(Math.max(0, at - 80), at + 120)}`);
      say(`  raw: …${b.body.slice(Math.max(0, at - 80), at + 120)}`);
    }
    c.api = [];
    c.raw = [];
  }
  say(`cases: ${cases.map((c) => `${c.short} ${c.bytes} B${c.same ? '' : ' (DIFFERS)'}`).join(', ')}`);
  // Warm-up: graphql-jit compiles a query once it has been seen, and V8 its hot paths.
  for (const c of cases) for (const base of [A, B]) await measureCase(base, c, token, warmup);
  const loads = [];
  for (let r = 0; r < rounds; r++) {
    token = await signIn();
    for (const c of cases) {
      // Alternate who goes first, so neither side always runs on a warmer (or busier) machine.
      const order = r % 2 ? [['raw', B, raw.pid], ['api', A, api.pid]] : [['api', A, api.pid], ['raw', B, raw.pid]];
      for (const [side, base, pid] of order) {
        const m = await measureCase(base, c, token, seconds, pid);
        c[side].push(m);
        if (m.bad) say(`  ${c.short} ${side}: ${m.bad} answers were not 200`);
      }
      say(`round ${r + 1}/${rounds} ${c.short}: API ${c.api.at(-1).rps.toFixed(0)} req/s p95 ${c.api.at(-1).p95} ms · raw ${c.raw.at(-1).rps.toFixed(0)} req/s p95 ${c.raw.at(-1).p95} ms`);
    }
    loads.push(load());
  }
  for (const c of cases) {
    results.push({
      c,
      api: { rps: median(c.api.map((m) => m.rps)), p95: median(c.api.map((m) => m.p95)), cpu: median(c.api.map((m) => m.cpuMs)) },
      raw: { rps: median(c.raw.map((m) => m.rps)), p95: median(c.raw.map((m) => m.p95)), cpu: median(c.raw.map((m) => m.cpuMs)) },
    });
  }
  console.log(`\n${connections} connections, ${rounds} rounds of ${seconds} s alternated, medians; API ${apiDist} (production); load average after each round: ${loads.join(' | ')}\n`);
  const w = Math.max(...results.map((r) => r.c.name.length));
  console.log(
    `${'request'.padEnd(w)}  ${'bytes'.padStart(6)}  ${'API req/s'.padStart(9)}  ${'API p95'.padStart(8)}  ${'raw req/s'.padStart(9)}  ${'raw p95'.padStart(8)}  ${'ratio'.padStart(6)}  ${'p95 ×'.padStart(6)}  ${'CPU/req API'.padStart(11)}  ${'raw'.padStart(7)}`,
  );
  for (const { c, api: x, raw: y } of results) {
    const ratio = c.same ? `${(x.rps / y.rps).toFixed(2)}×` : 'differs';
    const p95 = c.same ? `${(x.p95 / y.p95).toFixed(1)}×` : '—';
    console.log(
      `${c.name.padEnd(w)}  ${String(c.bytes).padStart(6)}  ${x.rps.toFixed(0).padStart(9)}  ${`${x.p95.toFixed(1)} ms`.padStart(8)}  ${y.rps.toFixed(0).padStart(9)}  ${`${y.p95.toFixed(1)} ms`.padStart(8)}  ${ratio.padStart(6)}  ${p95.padStart(6)}  ${`${x.cpu.toFixed(2)} ms`.padStart(11)}  ${`${y.cpu.toFixed(2)} ms`.padStart(7)}`,
    );
  }
} finally {
  await stop(api);
  await stop(raw);
  const redis = new Redis(services.redisUrl, { maxRetriesPerRequest: 1 });
  const keys = await redis.keys(`${queuePrefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
  if (!keep && !reuse) await dropDatabase(server, dbName);
  await services.stop();
}
