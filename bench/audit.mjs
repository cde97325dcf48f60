#!/usr/bin/env node
// `npm run bench:audit`: what writing the audit row costs a mutation. Creates its own demo-seeded
// database (BENCH_DB, default orchestra_bench_audit), copies the built API to var/tmp and removes
// the audit insert from the copy (AuditService.record returns at once), then runs both builds on
// the same database (production mode; BENCH_PORT 3520 with the audit row, 3521 without) and sends
// each the same mutations, every request changing a value (so each writes its change and, on the
// audited side, its audit row), each on the next record in turn: updateClient (notes) and
// updateEngagement (title).
// BENCH_CONNECTIONS (10) connections, BENCH_ROUNDS (3) rounds of BENCH_SECONDS (10) alternated,
// which side goes first alternating too. Prints medians of req/s, p95 and server CPU per request,
// and the overhead. Asserts nothing. BENCH_PG_URL, REDIS_URL, BENCH_SKIP_BUILD=1 as in bench:api.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { gqlAt } from './graphql.mjs';
import { dropDatabase, measure, median, seededDatabase, startProcess, stop } from './http-bench.mjs';
import { benchServices, buildApi } from './standalone.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const dbName = process.env.BENCH_DB ?? 'orchestra_bench_audit';
const port = Number(process.env.BENCH_PORT ?? 3520);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const say = (msg) => console.log(`[bench:audit] ${msg}`);

buildApi(say);
const apiDist = resolve('apps/api/dist');
// Beside dist, so that it resolves the API's own node_modules.
const bareDist = resolve('apps/api/dist-bench-no-audit');
rmSync(bareDist, { recursive: true, force: true });
cpSync(apiDist, bareDist, { recursive: true });
const servicePath = resolve(bareDist, 'core/audit/audit.service.js');
const source = readFileSync(servicePath, 'utf8');
const patched = source.replace(/async record\(manager, entry\) \{/, 'async record(manager, entry) { return;');
if (patched === source) throw new Error('AuditService.record not found in the build: update bench/audit.mjs');
writeFileSync(servicePath, patched);

const { services, server } = await benchServices('bench:audit', say);
const env = {
  ...process.env,
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  DATABASE_URL: `${server}/${dbName}`,
  REDIS_URL: services.redisUrl,
  QUEUE_PREFIX: `bench_audit_${Date.now().toString(36)}`,
  JWT_SECRET: randomBytes(48).toString('base64'),
  SMTP_URL: process.env.SMTP_URL ?? 'smtp://127.0.0.1:2525',
  LOG_LEVEL: 'warn',
};
const sides = [
  { name: 'with audit row', dist: apiDist, port },
  { name: 'without', dist: bareDist, port: port + 1 },
];
try {
  await seededDatabase({ server, dbName, apiDist, env, say });
  for (const s of sides) {
    s.child = await startProcess([resolve(s.dist, 'main.js')], { ...env, PORT: String(s.port) }, `http://127.0.0.1:${s.port}/ready`, `the API (${s.name})`);
    s.base = `http://127.0.0.1:${s.port}`;
  }
  const db = new pg.Client({ connectionString: `${server}/${dbName}` });
  await db.connect();
  // Every request takes the next record, so concurrent requests do not queue on one row's lock.
  const clientIds = (await db.query(`SELECT id FROM client ORDER BY name`)).rows.map((r) => r.id);
  const engagementIds = (await db.query(`SELECT id FROM engagement ORDER BY title`)).rows.map((r) => r.id);
  let n = 0;
  const clientId = () => clientIds[n % clientIds.length];
  const engagementId = () => engagementIds[n % engagementIds.length];
  const cases = [
    { name: 'updateClient (notes)', body: () => JSON.stringify({ query: `mutation($id: ID!, $v: String) { updateClient(id: $id, notes: $v) { id } }`, variables: { id: clientId(), v: `Bench note ${n++}` } }) },
    { name: 'updateEngagement (title)', body: () => JSON.stringify({ query: `mutation($id: ID!, $v: String) { updateEngagement(id: $id, title: $v) { id } }`, variables: { id: engagementId(), v: `Bench title ${n++}` } }) },
  ];
  const signIn = async (base) => (await gqlAt(base, `mutation { login(email: "admin@orchestra.local", password: "orchestra-admin-demo") { accessToken } }`)).login.accessToken;
  for (const c of cases) for (const s of sides) await measure(s.base, c.body, await signIn(s.base), { duration: 3, connections, pid: s.child.pid });
  const results = cases.map((c) => ({ c, [sides[0].name]: [], [sides[1].name]: [] }));
  const loads = [];
  for (let r = 0; r < rounds; r++) {
    for (const res of results) {
      for (const s of r % 2 ? [...sides].reverse() : sides) {
        const m = await measure(s.base, res.c.body, await signIn(s.base), { duration: seconds, connections, pid: s.child.pid });
        if (m.bad) say(`  ${res.c.name} ${s.name}: ${m.bad} answers were not 200`);
        res[s.name].push(m);
      }
      say(`round ${r + 1}/${rounds} ${res.c.name}: ${sides.map((s) => `${s.name} ${res[s.name].at(-1).rps.toFixed(0)} req/s p95 ${res[s.name].at(-1).p95} ms`).join(' · ')}`);
    }
    loads.push(loadavg().map((x) => x.toFixed(2)).join(' '));
  }
  const [{ rows }] = [await db.query(`SELECT count(*)::int AS rows FROM audit_event WHERE "requestId" IS NOT NULL`)];
  await db.end();
  console.log(`\n${connections} connections, ${rounds} rounds of ${seconds} s alternated, medians (production); audit rows written: ${rows[0].rows}; load average after each round: ${loads.join(' | ')}\n`);
  console.log(`${'mutation'.padEnd(26)}  ${'with row req/s'.padStart(14)}  ${'p95'.padStart(8)}  ${'CPU/req'.padStart(8)}  ${'without req/s'.padStart(13)}  ${'p95'.padStart(8)}  ${'CPU/req'.padStart(8)}  ${'overhead'.padStart(8)}`);
  for (const res of results) {
    const [a, b] = sides.map((s) => ({ rps: median(res[s.name].map((m) => m.rps)), p95: median(res[s.name].map((m) => m.p95)), cpu: median(res[s.name].map((m) => m.cpuMs)) }));
    const overhead = `${((1 - a.rps / b.rps) * 100).toFixed(1)} %`;
    console.log(
      `${res.c.name.padEnd(26)}  ${a.rps.toFixed(0).padStart(14)}  ${`${a.p95} ms`.padStart(8)}  ${`${a.cpu.toFixed(2)} ms`.padStart(8)}  ${b.rps.toFixed(0).padStart(13)}  ${`${b.p95} ms`.padStart(8)}  ${`${b.cpu.toFixed(2)} ms`.padStart(8)}  ${overhead.padStart(8)}`,
    );
  }
} finally {
  for (const s of sides) await stop(s.child);
  await dropDatabase(server, dbName).catch(() => {});
  rmSync(bareDist, { recursive: true, force: true });
  await services.stop();
}
