// What the HTTP benchmarks of the built API share (bench:api, bench:audit): a demo-seeded database
// of their own, starting and stopping processes, and one autocannon round measured with the
// server's CPU time.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export function run(cmd, argv, env, what) {
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'], env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
}

/**
 * Drops and creates `dbName`, migrates it and seeds the demo (users and portfolio) with the build in
 * `apiDist`; with `reuse`, keeps it when it exists. Returns whether it was created.
 */
export async function seededDatabase({ server, dbName, apiDist, env, reuse = false, say }) {
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [dbName])).rowCount > 0;
  if (reuse && exists) {
    await admin.end();
    say(`reusing ${dbName}`);
    return false;
  }
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName]);
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}"`);
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  say(`created ${dbName}; migrating and seeding the demo`);
  run(process.execPath, [resolve(apiDist, 'core/database/migrate.js')], env, 'Migrations');
  const seed = `import 'reflect-metadata';
    const { loadConfig } = await import(${JSON.stringify(resolve(apiDist, 'core/config/config.js'))});
    const { seedDatabase } = await import(${JSON.stringify(resolve(apiDist, 'seed/seed-database.js'))});
    await seedDatabase(loadConfig(), { portfolio: true });`;
  run(process.execPath, ['--input-type=module', '-e', seed], { ...env, NODE_ENV: 'development' }, 'Seeding the demo');
  return true;
}

export async function dropDatabase(server, dbName) {
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName]);
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}"`);
  await admin.end();
}

/**
 * Starts a Node process and waits until `readyUrl` answers below 500 (30 s at most). Refuses when
 * something already answers there: a run killed midway leaves its API (and workers) running, which
 * would pass the readiness check and be measured instead.
 */
export async function startProcess(argv, env, readyUrl, what) {
  const probe = readyUrl.endsWith('/graphql') ? { method: 'POST' } : {};
  if (await fetch(readyUrl, probe).then(() => true, () => false)) {
    throw new Error(`something already answers on ${new URL(readyUrl).origin}: stop it (a run killed midway leaves its processes running) or choose another port`);
  }
  const child = spawn(process.execPath, argv, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode})`);
    try {
      const res = await fetch(readyUrl, probe);
      if (res.status < 500) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`${what} did not start`);
}

export async function stop(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** CPU seconds (user + system) a process has used so far (Linux: /proc/<pid>/stat, in clock ticks of 10 ms). */
export function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** CPU seconds used so far by each running process whose command is `name` (e.g. every PostgreSQL backend), by pid. */
export function cpuSecondsOf(name) {
  const byPid = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name) byPid.set(pid, cpuSeconds(pid));
    } catch {
      // gone meanwhile
    }
  }
  return byPid;
}

/** CPU seconds the `name` processes used between two `cpuSecondsOf` readings (those started meanwhile from zero; those ended meanwhile are missed). */
export function cpuSecondsBetween(before, after) {
  let sum = 0;
  for (const [pid, s] of after) if (Number.isFinite(s)) sum += s - (before.get(pid) ?? 0);
  return sum;
}

/**
 * One autocannon round against `${base}/graphql`: req/s, p95 from every response time, the server
 * process's CPU time per request (steadier than req/s on a shared machine), and anything that was
 * not a 200. `body`: the request's JSON, or a function giving each request's (so each one differs).
 */
export async function measure(base, body, token, { duration, connections, pid }) {
  const cpuBefore = cpuSeconds(pid);
  const times = [];
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const instance = autocannon({
    url: `${base}/graphql`,
    method: 'POST',
    connections,
    duration,
    headers,
    ...(typeof body === 'function' ? { requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }] } : { body }),
  });
  instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  const result = await instance;
  const cpu = cpuSeconds(pid) - cpuBefore;
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.total / (result.duration || duration),
    p95: Math.round((times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? NaN) * 10) / 10,
    cpuMs: (cpu * 1000) / result.requests.total,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}
