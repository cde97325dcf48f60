// What the benchmarks on a generated talent pool share (bench:matching, bench:staffing): a database
// of N candidates (migrated, demo users and skills seeded, bench/gen-candidates.mjs), the built API
// and worker started on it, and the memory of a process.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { generateCandidates } from './gen-candidates.mjs';

const num = (n) => n.toLocaleString('en');

function run(cmd, argv, env, what) {
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'], env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
}

/** VmRSS / VmHWM (peak) / RssAnon of a process, in kB (Linux). */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: field('VmRSS'), peak: field('VmHWM'), anon: field('RssAnon') };
  } catch {
    return { rss: NaN, peak: NaN, anon: NaN };
  }
}

/** A fresh database with the API's migrations, the demo users and the skill taxonomy; or the existing one with --reuse. */
export async function preparePool({ server, dbName, n, env, dist, reuse, offsets, say }) {
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [dbName])).rowCount > 0;
  if (reuse && exists) {
    const db = new pg.Client({ connectionString: `${server}/${dbName}` });
    await db.connect();
    const count = await db.query(`SELECT count(*)::int AS n FROM candidate`).then((r) => r.rows[0].n, () => -1);
    await db.end();
    if (count === n) {
      await admin.end();
      say(`reusing ${dbName} (${num(n)} candidates)`);
      return { generated: null };
    }
  }
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName]);
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}"`);
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  say(`created ${dbName}; migrating and seeding users and skills`);
  run(process.execPath, [`${dist}/core/database/migrate.js`], env, 'Migrations');
  // The demo users (the recruiter signs in) and the skill taxonomy; not the demo portfolio.
  const seed = `import 'reflect-metadata';
    const { loadConfig } = await import('./${dist}/core/config/config.js');
    const { seedDatabase } = await import('./${dist}/seed/seed-database.js');
    await seedDatabase(loadConfig(), { portfolio: false });`;
  run(process.execPath, ['--input-type=module', '-e', seed], env, 'Seeding users and skills');

  const db = new pg.Client({ connectionString: `${server}/${dbName}` });
  await db.connect();
  say(`generating ${num(n)} candidates`);
  const generated = await generateCandidates(db, n, { offsets, log: say });
  say(`generated in ${generated.totalSeconds.toFixed(0)} s (load ${generated.loadSeconds.toFixed(0)} s, indexes ${generated.indexSeconds.toFixed(0)} s): ${num(generated.candidates)} candidates (${generated.candidate_size}), ${num(generated.skills)} candidate skills (${generated.skill_size}); arrays checked against candidate_sync_skills on ${generated.sampleChecked}`);
  await db.end();
  return { generated };
}

export async function startApi({ dist, env, port }) {
  const child = spawn(process.execPath, [`${dist}/main.js`], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  // Up to two minutes: a busy machine boots Nest slowly.
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode})`);
    try {
      if ((await fetch(`${base}/ready`)).ok) return { child, base };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`the API did not become ready at ${base}`);
}

export async function stopProcess(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** The built worker on the same database and Redis, once it says it has started (two minutes at most). */
export async function startWorker({ dist, env }) {
  const child = spawn(process.execPath, [`${dist}/worker.js`], { env: { ...env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d.toString()));
  for (let i = 0; i < 1200 && !output.includes('Worker started'); i++) {
    if (child.exitCode !== null) throw new Error(`the worker exited (${child.exitCode})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!output.includes('Worker started')) {
    child.kill('SIGTERM');
    throw new Error('the worker did not start');
  }
  // Keep draining its log so it never blocks on a full pipe.
  child.stdout.resume();
  return child;
}
