#!/usr/bin/env node
// `npm run bench:workers [-- 1 2 4]`: finalise throughput with 1, 2 and 4 worker processes against
// the same PostgreSQL and Redis (the worker scales horizontally). Needs no running stack: it builds
// the API, creates its own database (BENCH_DB, default orchestra_bench_workers), migrates and seeds
// it, starts the built API on BENCH_PORT (3410), then for each round and each worker count starts
// that many `dist/worker.js`, closes BENCH_CONCURRENT (20) assessments of 50 respondents × 59
// questions at once and times them to SCORED. Rounds alternate the counts (BENCH_ROUNDS, 3);
// prints flows/s per round and the medians. Asserts nothing. The database is dropped at the end
// (--keep keeps it). BENCH_PG_URL, REDIS_URL (else what answers on the default addresses, else
// private servers), WORKER_CONCURRENCY (passed to the workers), BENCH_SKIP_BUILD=1, BENCH_API_DIST
// (another build to measure, a folder holding main.js and worker.js; default apps/api/dist),
// BENCH_BREAKDOWN=1 (after each round, where its flows' time went, as bench:finalise prints it),
// BENCH_WARMUP (default 0): how many flows to close and wait for through each round's fresh
// workers before timing it, as a long-running worker is warm (a fresh process runs its first flows
// before V8 has optimised them). BENCH_RESPONDENTS (default 50) per assessment; BENCH_NODE_ARGS:
// Node options for the API and workers, space-separated (e.g. "--cpu-prof --cpu-prof-dir=var/prof",
// which NODE_OPTIONS refuses).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FINALISE_STEP_NAMES, QueueName } from '@orchestra/shared';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import pg from 'pg';
import { finaliseBench, noopFlowsPerSecond, RESPONDENTS } from './finalise-lib.mjs';
import { cpuSeconds, cpuSecondsBetween, cpuSecondsOf, startProcess, stop } from './http-bench.mjs';
import { pct } from './lib.mjs';
import { benchEnv, benchServices, buildApi } from './standalone.mjs';

process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
const counts = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
if (!counts.length) counts.push(1, 2, 4);
const keep = process.argv.includes('--keep');
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const concurrent = Number(process.env.BENCH_CONCURRENT ?? 20);
const warmup = Number(process.env.BENCH_WARMUP ?? 0);
/** The workers' WORKER_CONCURRENCY (the API's default), which the no-op baseline's worker uses too. */
const concurrency = Number(process.env.WORKER_CONCURRENCY ?? 4);
const dbName = process.env.BENCH_DB ?? 'orchestra_bench_workers';
const port = Number(process.env.BENCH_PORT ?? 3410);
const say = (msg) => console.log(`[bench:workers] ${msg}`);
const apiDist = resolve(process.env.BENCH_API_DIST ?? 'apps/api/dist');
const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

buildApi(say, Boolean(process.env.BENCH_API_DIST));
const { services, server } = await benchServices('bench:workers', say);
const queuePrefix = `bench_workers_${Date.now().toString(36)}`;
const env = benchEnv({ server, dbName, port, redisUrl: services.redisUrl, queuePrefix }, { MAIL_DIR: 'var/bench-workers-mail' });

/** A worker process of the built API; resolves once `ready()` says so. */
async function start(script, ready) {
  const child = spawn(process.execPath, [...nodeArgs, resolve(apiDist, script)], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${script} exited (${child.exitCode})`);
    if (await ready().catch(() => false)) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${script} did not become ready`);
}

const admin = new pg.Client({ connectionString: `${server}/postgres` });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${dbName}"`);
say(`created ${dbName}; migrating and seeding the demo users and framework`);
for (const [what, argv] of [
  ['migrations', [resolve(apiDist, 'core/database/migrate.js')]],
  ['seed', ['--input-type=module', '-e', `import 'reflect-metadata';
    const { loadConfig } = await import(${JSON.stringify(resolve(apiDist, 'core/config/config.js'))});
    const { seedDatabase } = await import(${JSON.stringify(resolve(apiDist, 'seed/seed-database.js'))});
    await seedDatabase(loadConfig(), { portfolio: false });`]],
]) {
  const r = spawnSync(process.execPath, argv, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
}

const api = `http://127.0.0.1:${port}`;
// startProcess refuses a port something already answers on (a killed run's API, whose worker would
// take this run's flows through the database's outbox).
const apiProcess = await startProcess([...nodeArgs, resolve(apiDist, 'main.js')], env, `${api}/ready`, 'The API');
const db = new pg.Client({ connectionString: env.DATABASE_URL });
await db.connect();
const queue = new Queue(QueueName.ASSESSMENT, { connection: { url: services.redisUrl, maxRetriesPerRequest: null }, prefix: queuePrefix });
const bench = await finaliseBench({ api, db, redisUrl: services.redisUrl, queuePrefix });
const results = new Map(counts.map((n) => [n, []]));
const noop = [];
try {
  for (let round = 1; round <= rounds; round++) {
    for (const n of counts) {
      const workers = [];
      for (let i = 0; i < n; i++) workers.push(await start('worker.js', async () => (await queue.getWorkersCount()) >= workers.length + 1));
      if (warmup > 0) {
        const warm = [];
        for (let i = 0; i < warmup; i++) warm.push(await bench.seedOpenAssessment(10_000 + i));
        await bench.closeAndWait(warm);
      }
      const ids = [];
      for (let i = 0; i < concurrent; i++) ids.push(await bench.seedOpenAssessment(i));
      const load = (await import('node:os')).loadavg()[0].toFixed(1);
      const cpu = () => ({ workers: workers.reduce((sum, w) => sum + cpuSeconds(w.pid), 0), api: cpuSeconds(apiProcess.pid), postgres: cpuSecondsOf('postgres') });
      const before = cpu();
      const flows = concurrent / ((await bench.closeAndWait(ids)) / 1000);
      const after = cpu();
      // CPU per flow (ms): where a flow's work is done; on a shared machine PostgreSQL's includes other databases'.
      const perFlow = {
        workers: ((after.workers - before.workers) * 1000) / concurrent,
        api: ((after.api - before.api) * 1000) / concurrent,
        postgres: (cpuSecondsBetween(before.postgres, after.postgres) * 1000) / concurrent,
      };
      results.get(n).push({ flows, ...perFlow });
      say(
        `round ${round}: ${n} worker process${n === 1 ? '' : 'es'}: ${flows.toFixed(1)} flows/s (${concurrent} closed at once; load average ${load}); ` +
          `CPU per flow: workers ${perFlow.workers.toFixed(0)} ms, PostgreSQL ${perFlow.postgres.toFixed(0)} ms, API ${perFlow.api.toFixed(0)} ms`,
      );
      if (process.env.BENCH_BREAKDOWN) bench.printBreakdown('breakdown', await bench.breakdown(ids));
      await Promise.all(workers.map(stop));
    }
  }
  // The yardstick of issue 18: a no-op BullMQ flow of the same shape (a job per step), and of the five jobs it was measured with.
  noop.push(await noopFlowsPerSecond(services.redisUrl, concurrent, concurrency), await noopFlowsPerSecond(services.redisUrl, concurrent, concurrency, 5));
} finally {
  await bench.close();
  await queue.close();
  await db.end();
  await stop(apiProcess);
  if (!keep) await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
  const redis = new Redis(services.redisUrl, { maxRetriesPerRequest: 1 });
  const keys = await redis.keys(`${queuePrefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
  await services.stop();
}

const median = (xs) => pct([...xs].sort((a, b) => a - b), 50);
const of = (rs, key) => rs.map((r) => r[key]);
const one = median(of(results.get(counts[0]), 'flows'));
console.log(
  `\nfinalise throughput by worker processes (${concurrent} assessments of ${RESPONDENTS} respondents closed at once${warmup ? ` after ${warmup} to warm each round's workers` : ''}, WORKER_CONCURRENCY ${concurrency}, medians of ${rounds} alternated rounds)`,
);
if (noop.length) {
  const [same, five] = noop;
  console.log(`  no-op BullMQ flow, ${concurrent} at once: ${FINALISE_STEP_NAMES.length} jobs (this flow's shape) ${same.toFixed(1)} flows/s, 5 jobs ${five.toFixed(1)} flows/s; ${counts[0]} worker${counts[0] === 1 ? '' : 's'}: ratio ${((one / same) * 100).toFixed(0)} % and ${((one / five) * 100).toFixed(0)} %`);
}
for (const [n, rs] of results) {
  const xs = of(rs, 'flows');
  const ms = (key) => `${median(of(rs, key)).toFixed(0).padStart(4)} ms`;
  console.log(
    `  ${String(n).padStart(2)} worker${n === 1 ? ' ' : 's'}  ${median(xs).toFixed(1).padStart(6)} flows/s  ×${(median(xs) / one).toFixed(2)}   ` +
      `CPU per flow: workers ${ms('workers')}, PostgreSQL ${ms('postgres')}, API ${ms('api')}   rounds: ${xs.map((x) => x.toFixed(1)).join(', ')}`,
  );
}
