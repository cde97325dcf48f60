#!/usr/bin/env node
// `npm run bench:evidence-shape`: what one finalise flow's gap evidence costs to write, stored one
// item per answer (each repeating its question's id and prompt, as until December 2026) against
// grouped by question (`StoredGapEvidence`, modules/gap/gap-evidence.ts). The same statement and
// rows, only the evidence's shape differs; alternated in one transaction that is rolled back.
// Prints, a flow: the worker's CPU (encoding and sending) and the PostgreSQL backend's CPU (read
// from /proc, so PostgreSQL must run on this machine). Reads one assessment's gaps from a database
// that `node bench/workers.mjs 1 --keep` left (BENCH_DB, default orchestra_bench_workers;
// BENCH_PG_URL); BENCH_API_DIST: the built API (default apps/api/dist). Asserts nothing.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
const dist = pathToFileURL(resolve(process.env.BENCH_API_DIST ?? 'apps/api/dist')).href;
const { storedEvidence, evidenceItems } = await import(`${dist}/modules/gap/gap-evidence.js`);
const client = new pg.Client({ connectionString: `${process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432'}/${process.env.BENCH_DB ?? 'orchestra_bench_workers'}` });
await client.connect();
const [{ pid }] = (await client.query('SELECT pg_backend_pid() AS pid')).rows;
/** The backend's user + system CPU so far, in ms (clock ticks of 10 ms: read over many rounds). */
const backendCpu = () => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const workerCpu = (since) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

const [found] = (await client.query(`SELECT "assessmentId" AS id FROM capability_gap GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)).rows;
if (!found) throw new Error('No finalised assessment: run `node bench/workers.mjs 1 --keep` first.');
const gaps = (
  await client.query(
    `SELECT "clientId", "assessmentId", "engagementId", "capabilityId", current::float8 AS current, target, size::float8 AS size, severity::float8 AS severity, status, evidence
       FROM capability_gap WHERE "assessmentId" = $1`,
    [found.id],
  )
).rows.map((g) => ({ ...g, evidence: evidenceItems(g.evidence) }));
const shapes = {
  'one item per answer': gaps.map((g) => g.evidence),
  'grouped by question': gaps.map((g) => storedEvidence(g.evidence)),
};
// As upsertRows writes: the rows as one JSON parameter, encoded row by row.
const UPSERT = `INSERT INTO capability_gap ("clientId", "assessmentId", "engagementId", "capabilityId", current, target, size, severity, status, evidence)
  SELECT r."clientId", r."assessmentId", r."engagementId", r."capabilityId", r.current, r.target, r.size, r.severity, r.status, r.evidence
    FROM jsonb_to_recordset($1::text::jsonb) AS r("clientId" uuid, "assessmentId" uuid, "engagementId" uuid, "capabilityId" uuid, current numeric, target smallint,
                                                size numeric, severity numeric, status varchar, evidence jsonb)
  ON CONFLICT ("assessmentId", "capabilityId") DO UPDATE SET evidence = EXCLUDED.evidence, "updatedAt" = now()`;
const json = (rows) => Buffer.concat([...rows.map((row, i) => Buffer.from(`${i ? ',' : '['}${JSON.stringify(row)}`)), Buffer.from(']')]);

async function round(shape, n) {
  let worker = 0;
  let backend = 0;
  for (let i = 0; i < n; i++) {
    const since = process.cpuUsage();
    const before = backendCpu();
    await client.query(UPSERT, [json(gaps.map((g, j) => ({ ...g, evidence: shapes[shape][j] })))]);
    backend += backendCpu() - before;
    worker += workerCpu(since);
  }
  return { worker: worker / n, backend: backend / n };
}

const bytes = (shape) => json(gaps.map((g, j) => ({ ...g, evidence: shapes[shape][j] }))).length;
console.log(`${gaps.length} gaps, ${gaps.reduce((n, g) => n + g.evidence.length, 0)} answers; JSON written a flow: ${Object.keys(shapes).map((s) => `${s} ${(bytes(s) / 1024).toFixed(0)} kB`).join(', ')}`);
await client.query('BEGIN');
for (const shape of Object.keys(shapes)) await round(shape, 20); // warm
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const per = Number(process.env.BENCH_WRITES ?? 100);
for (let r = 1; r <= rounds; r++) {
  for (const shape of Object.keys(shapes)) {
    const { worker, backend } = await round(shape, per);
    console.log(`round ${r}  ${shape.padEnd(20)} worker ${worker.toFixed(2).padStart(6)} ms  PostgreSQL ${backend.toFixed(2).padStart(6)} ms  (a flow's gaps, mean of ${per} writes)`);
  }
}
await client.query('ROLLBACK');
await client.end();
