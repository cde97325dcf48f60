#!/usr/bin/env node
// `npm run bench:finalise`: close → SCORED latency of an assessment with 50 respondents × 59
// questions (p50/p95 over 20 runs), and the finalise throughput with N assessments closed at once
// against a bare BullMQ no-op flow of the same shape on the same Redis; after each, where a flow's
// time went (outbox hop, queue waits, and per step its run, SQL and CPU). Needs `npm run demo`
// running (API and worker). Prints figures; asserts nothing.
// API_URL, DATABASE_URL, REDIS_URL, QUEUE_PREFIX (what the running demo wrote to var/demo.env,
// then .env), BENCH_RUNS, BENCH_CONCURRENT, WORKER_CONCURRENCY (the no-op workers'), BENCH_RESPONDENTS.
import { existsSync } from 'node:fs';
import pg from 'pg';
import { FINALISE_STEP_NAMES } from '@orchestra/shared';
import { finaliseBench, noopFlowsPerSecond, RESPONDENTS } from './finalise-lib.mjs';
import { api, pct } from './lib.mjs';

// After the environment and the running demo's var/demo.env (read by lib.mjs), .env.
if (existsSync('.env')) process.loadEnvFile('.env');
if (!process.env.DATABASE_URL || !process.env.REDIS_URL) {
  console.error('No DATABASE_URL / REDIS_URL: start `npm run demo` first (it writes var/demo.env while it runs), or set them.');
  process.exit(1);
}
const runs = Number(process.env.BENCH_RUNS ?? 20);
const concurrent = Number(process.env.BENCH_CONCURRENT ?? 10);
const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();
const bench = await finaliseBench({ api, db, redisUrl: process.env.REDIS_URL, queuePrefix: process.env.QUEUE_PREFIX ?? 'orchestra' });
const ms = (x) => `${x.toFixed(0)} ms`;

// 1. Latency, one assessment at a time.
const latencies = [];
const single = [];
for (let i = 0; i < runs; i++) {
  const id = await bench.seedOpenAssessment(i);
  latencies.push(await bench.closeAndWait([id]));
  single.push(id);
}
latencies.sort((a, b) => a - b);
console.log(`close → SCORED        n=${runs}  p50 ${ms(pct(latencies, 50))}  p95 ${ms(pct(latencies, 95))}  (${RESPONDENTS} respondents × 59 questions)`);

// 2. Throughput: N assessments closed at once (and their latency: the last one is the slowest).
const batch = [];
for (let i = 0; i < concurrent; i++) batch.push(await bench.seedOpenAssessment(1000 + i));
const batchMs = await bench.closeAndWait(batch);
const ours = concurrent / (batchMs / 1000);

// 3. Baselines on the same Redis: the same flow shape (a job per step) doing nothing, and the
// five-job no-op flow the issue measured against (the flow had five steps then).
const concurrency = Number(process.env.WORKER_CONCURRENCY ?? 4);
const baseline = await noopFlowsPerSecond(process.env.REDIS_URL, concurrent, concurrency);
const fiveJobs = await noopFlowsPerSecond(process.env.REDIS_URL, concurrent, concurrency, 5);
const ratio = (x) => `${((ours / x) * 100).toFixed(0)}%`;
console.log(
  `finalise throughput   ${ours.toFixed(1)} flows/s with ${concurrent} at once (all SCORED ${ms(batchMs)} after closing); ` +
    `no-op BullMQ flow of the same shape (${FINALISE_STEP_NAMES.length} jobs) ${baseline.toFixed(1)} flows/s, ratio ${ratio(baseline)}; of five jobs ${fiveJobs.toFixed(1)} flows/s, ratio ${ratio(fiveJobs)}`,
);
bench.printBreakdown(`where the time goes, one at a time (n=${runs})`, await bench.breakdown(single));
bench.printBreakdown(`where the time goes, ${concurrent} at once`, await bench.breakdown(batch));
await bench.close();
await db.end();
