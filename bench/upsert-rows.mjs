#!/usr/bin/env node
// `npm run bench:upsert-rows`: the worker CPU of writing one finalise flow's scores, gaps and
// options, through TypeORM's multi-row insert builder (one parameter per value) and through
// `upsertRows` (core/database/upsert-rows.ts: one JSON parameter), alternated in one process, in a
// transaction that is rolled back. Reads one assessment's rows from a database that
// `node bench/workers.mjs 1 --keep` left (BENCH_DB, default orchestra_bench_workers; BENCH_PG_URL).
// BENCH_API_DIST: the built API (default apps/api/dist). Prints figures; asserts nothing.
import 'reflect-metadata';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DataSource } from 'typeorm';

process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
const dist = pathToFileURL(resolve(process.env.BENCH_API_DIST ?? 'apps/api/dist')).href;
const server = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const { dataSourceOptions } = await import(`${dist}/core/database/data-source.js`);
const { upsertRows } = await import(`${dist}/core/database/upsert-rows.js`);
const { Recommendation, CapabilityGap } = await import(`${dist}/modules/gap/gap.entities.js`);
const { CapabilityScore } = await import(`${dist}/modules/scoring/capability-score.entity.js`);

const ds = new DataSource({
  ...dataSourceOptions({ DATABASE_URL: `${server}/${process.env.BENCH_DB ?? 'orchestra_bench_workers'}`, DATABASE_POOL_SIZE: 1 }),
  entities: [Recommendation, CapabilityGap, CapabilityScore],
});
await ds.initialize();
const [found] = await ds.query(`SELECT "assessmentId" AS id FROM recommendation GROUP BY 1 LIMIT 1`);
if (!found) throw new Error('No finalised assessment: run `node bench/workers.mjs 1 --keep` first.');
const rowsOf = async (entity, columns) =>
  (await ds.getRepository(entity).find({ where: { assessmentId: found.id } })).map((r) => Object.fromEntries(columns.map((c) => [c, r[c]])));
// What the finalise steps write, with their conflict keys and updated columns.
const writes = [
  {
    entity: CapabilityScore,
    rows: await rowsOf(CapabilityScore, ['clientId', 'assessmentId', 'capabilityId', 'current', 'target', 'respondentCount', 'spread', 'coverage', 'confidence', 'byRole']),
    conflict: ['assessmentId', 'capabilityId'],
    update: ['clientId', 'current', 'target', 'respondentCount', 'spread', 'coverage', 'confidence', 'byRole'],
  },
  {
    entity: CapabilityGap,
    rows: await rowsOf(CapabilityGap, ['clientId', 'assessmentId', 'engagementId', 'capabilityId', 'current', 'target', 'size', 'severity', 'status', 'evidence']),
    conflict: ['assessmentId', 'capabilityId'],
    update: ['current', 'target', 'size', 'severity', 'evidence', 'updatedAt'],
  },
  {
    entity: Recommendation,
    rows: await rowsOf(Recommendation, ['clientId', 'assessmentId', 'gapId', 'option', 'score', 'rank', 'reasons', 'state', 'rulesetVersion']),
    conflict: ['gapId', 'option'],
    update: ['score', 'rank', 'reasons', 'rulesetVersion', 'updatedAt'],
  },
];
const ways = {
  'TypeORM insert builder': (m, w) => m.createQueryBuilder().insert().into(w.entity).values(w.rows).orUpdate(w.update, w.conflict).updateEntity(false).execute(),
  upsertRows: (m, w) => upsertRows(m, w.entity, w.rows, { conflict: w.conflict, update: w.update }),
};
const N = Number(process.env.BENCH_RUNS ?? 200);
const results = new Map(Object.keys(ways).map((k) => [k, []]));
for (let round = 0; round < 5; round++) {
  for (const [name, way] of Object.entries(ways)) {
    const runner = ds.createQueryRunner();
    await runner.startTransaction();
    const cpu = process.cpuUsage();
    const perTable = writes.map(() => 0);
    for (let i = 0; i < N; i++) {
      for (const [t, w] of writes.entries()) {
        const before = process.cpuUsage();
        await way(runner.manager, w);
        const used = process.cpuUsage(before);
        perTable[t] += used.user + used.system;
      }
    }
    const total = process.cpuUsage(cpu);
    await runner.rollbackTransaction();
    await runner.release();
    // The first round warms both up.
    if (round) results.get(name).push({ total: (total.user + total.system) / 1000 / N, perTable: perTable.map((us) => us / 1000 / N) });
  }
}
const fmt = (xs) => xs.map((x) => x.toFixed(2)).join(' ');
console.log(`one flow's writes: ${writes.map((w) => `${w.rows.length} ${w.entity.name} rows`).join(', ')}; worker CPU (ms) per flow over ${N} flows, 4 alternated rounds`);
for (const [name, rounds] of results) {
  console.log(`  ${name.padEnd(24)} all: ${fmt(rounds.map((r) => r.total))}`);
  for (const [t, w] of writes.entries()) console.log(`  ${''.padEnd(24)} ${w.entity.name.padEnd(16)} ${fmt(rounds.map((r) => r.perTable[t]))}`);
}
await ds.destroy();
