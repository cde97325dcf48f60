#!/usr/bin/env node
// `npm run demo`: builds everything, finds or starts PostgreSQL and Redis (see
// infra/scripts/services.mjs: DATABASE_URL / REDIS_URL when set, else the default local
// addresses, else private embedded servers with their data in var/), prepares the database
// (create, migrate, seed), then runs the API, the worker and the admin together until Ctrl-C.
// While it runs, var/demo.env holds the URLs it passed down (for the benchmarks, or to start
// another process against the same servers).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveServices, withDatabase } from './services.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const started = Date.now();
const say = (msg) => console.log(`\x1b[36m[demo]\x1b[0m ${msg}`);
const children = [];
let services;
let stopping = false;
const runtimeEnv = resolve(root, 'var/demo.env');

/** Stops the apps first, then the servers they use, and exits. */
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
  const force = setTimeout(() => process.exit(code), 15_000);
  await Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode !== null ? undefined : new Promise((r) => c.once('exit', r)))));
  rmSync(runtimeEnv, { force: true });
  await services?.stop();
  clearTimeout(force);
  process.exit(code);
}
/** Reports, stops whatever was started, and exits non-zero (the promise never settles: nothing after an awaited fail runs). */
const fail = (msg) => {
  console.error(`\x1b[31m[demo]\x1b[0m ${msg}`);
  shutdown(1);
  return new Promise(() => undefined);
};
process.on('SIGINT', () => (say('Stopping…'), shutdown(0)));
process.on('SIGTERM', () => (say('Stopping…'), shutdown(0)));

// 1. Configuration: .env from .env.example, with a fresh secret.
if (!existsSync('.env')) {
  copyFileSync('.env.example', '.env');
  const text = readFileSync('.env', 'utf8').replace(/^JWT_SECRET=.*$/m, `JWT_SECRET=${randomBytes(48).toString('base64')}`);
  writeFileSync('.env', text);
  say('Created .env from .env.example with a new JWT_SECRET.');
}
process.loadEnvFile('.env');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const port = Number(env.PORT ?? 3000);
const adminPort = Number(env.ADMIN_PORT ?? 4173);

async function run(cmd, args, what) {
  say(what);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) await fail(`${what} failed (exit ${r.status}).`);
}

// 2. Build while PostgreSQL and Redis are found or started.
say('Building shared library, API and admin…');
const build = new Promise((res) => {
  // Nx's own start-up dominates a build that is all cache hits: no npx, and no plugin worker
  // processes (the workspace only has the inferred npm-script targets) take ~2.5 s off it.
  const nx = resolve(root, 'node_modules/nx/dist/bin/nx.js');
  // The admin is always a production build (no development JSX runtime, minified), whatever
  // NODE_ENV .env gives the API; NODE_ENV is an input of the admin's build, so Nx never reuses the other.
  const child = spawn(process.execPath, [nx, 'run-many', '-t', 'build', '--outputStyle=stream'], { stdio: 'inherit', env: { ...env, NX_ISOLATE_PLUGINS: 'false', NODE_ENV: 'production' } });
  children.push(child);
  child.on('exit', (code) => res(code));
});
try {
  services = await resolveServices({
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    database: 'orchestra',
    caller: 'npm run demo',
    persist: { postgres: 'var/pg', redis: 'var/redis' },
    log: say,
  });
} catch (e) {
  await fail(e.message);
}
services.exited.then(() => stopping || fail('The embedded PostgreSQL and Redis stopped unexpectedly.'));
Object.assign(env, { DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl });
const built = await build;
children.splice(0);
if (built !== 0) await fail(`Building failed (exit ${built}).`);

// 3. Create the database if needed, migrate, seed.
const { default: pg } = await import('pg');
const dbName = decodeURIComponent(new URL(env.DATABASE_URL).pathname.slice(1));
const admin = new pg.Client({ connectionString: withDatabase(env.DATABASE_URL, 'postgres') });
await admin.connect();
const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
if (!exists.rowCount) {
  await admin.query(`CREATE DATABASE "${dbName.replace(/"/g, '""')}"`);
  say(`Created database ${dbName}.`);
}
await admin.end();
await run(process.execPath, ['apps/api/dist/core/database/migrate.js'], 'Applying migrations…');
say('Seeding demo data…');
const seeded = spawnSync(process.execPath, ['apps/api/dist/seed/seed.js'], { stdio: ['ignore', 'pipe', 'inherit'], env, encoding: 'utf8' });
if (seeded.status !== 0) await fail(`Seeding demo data failed (exit ${seeded.status}).`);
// The seed prints a fresh invitation link path for the respondent's journey; the rest goes through.
const respondentPath = /^RESPONDENT_LINK_PATH=(.+)$/m.exec(seeded.stdout)?.[1];
process.stdout.write(seeded.stdout.replace(/^RESPONDENT_LINK_PATH=.*\n?/m, ''));

// 4. Run API, worker and admin; stop them all together.
function start(name, color, cmd, args, { extraEnv = {}, cwd = root } = {}) {
  const child = spawn(cmd, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `\x1b[${color}m[${name}]\x1b[0m `;
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream.on('data', (d) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) if (line.trim()) process.stdout.write(prefix + line + '\n');
    });
  }
  child.on('exit', (code, signal) => {
    if (!stopping) fail(`${name} stopped unexpectedly (${signal ?? `exit ${code}`}).`);
  });
  children.push(child);
  return child;
}
mkdirSync(dirname(runtimeEnv), { recursive: true });
writeFileSync(runtimeEnv, `# Written by npm run demo while it runs: the servers it passed to the API and the worker.\nDATABASE_URL=${env.DATABASE_URL}\nREDIS_URL=${env.REDIS_URL}\nAPI_URL=http://127.0.0.1:${port}\n`);
start('api', 32, process.execPath, ['apps/api/dist/main.js']);
start('worker', 35, process.execPath, ['apps/api/dist/worker.js']);
// The admin's preview server proxies /graphql to the API, so the browser sees one origin.
// Vite itself, not through npx, so that stopping the demo stops it too.
start('admin', 33, process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(adminPort), '--strictPort', '--host', '127.0.0.1'], {
  extraEnv: { API_URL: `http://127.0.0.1:${port}` },
  cwd: resolve(root, 'apps/admin'),
});

async function waitReady(url, what) {
  for (let i = 0; i < 600; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await fail(`${what} did not become ready at ${url}.`);
}
await waitReady(`http://127.0.0.1:${port}/ready`, 'The API');
await waitReady(`http://127.0.0.1:${adminPort}/`, 'The admin');

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const { DEMO_USERS } = await import('../../apps/api/dist/seed/demo-data.js');
console.log(`
\x1b[1mOrchestra is running\x1b[0m (started in ${seconds} s)

  Admin      http://localhost:${adminPort}
  GraphQL    http://localhost:${port}/graphql   (GraphiQL at /graphiql in development)
  Health     http://localhost:${port}/health  ·  http://localhost:${port}/ready
  E-mails    written to ${resolve(env.MAIL_DIR ?? 'var/mail')} (no SMTP_URL set)

  Demo sign-ins:
${DEMO_USERS.map((u) => `    ${u.role.padEnd(11)} ${u.email.padEnd(28)} ${u.password}`).join('\n')}
${respondentPath ? `\n  Answer an assessment as an invited person (no sign-in):\n    http://localhost:${adminPort}${respondentPath}\n` : ''}
Press Ctrl-C to stop.
`);
