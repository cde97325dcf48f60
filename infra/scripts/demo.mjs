#!/usr/bin/env node
// `npm run demo`: builds everything, prepares the database (create, migrate, seed), then runs the
// API, the worker and the admin together until Ctrl-C. Needs PostgreSQL and Redis running locally
// (or DATABASE_URL / REDIS_URL in .env).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const started = Date.now();
const say = (msg) => console.log(`\x1b[36m[demo]\x1b[0m ${msg}`);
const children = [];
/** Reports, stops whatever was started, and exits non-zero. */
const fail = (msg) => {
  console.error(`\x1b[31m[demo]\x1b[0m ${msg}`);
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  process.exit(1);
};
let stopping = false;

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
const adminPort = 4173;

// 2. Services must be up.
function reachable(url, fallbackPort) {
  const u = new URL(url);
  return new Promise((res) => {
    const socket = createConnection({ host: u.hostname, port: Number(u.port || fallbackPort) });
    socket.setTimeout(2000);
    socket.once('connect', () => (socket.destroy(), res(true)));
    socket.once('error', () => res(false));
    socket.once('timeout', () => (socket.destroy(), res(false)));
  });
}
if (!(await reachable(env.DATABASE_URL, 5432))) fail(`PostgreSQL is not reachable at ${env.DATABASE_URL}: start it, or set DATABASE_URL in .env.`);
if (!(await reachable(env.REDIS_URL, 6379))) fail(`Redis is not reachable at ${env.REDIS_URL}: start it, or set REDIS_URL in .env.`);

function run(cmd, args, what) {
  say(what);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) fail(`${what} failed (exit ${r.status}).`);
}

// 3. Build, create the database if needed, migrate, seed.
run('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=stream'], 'Building shared library, API and admin…');
const { default: pg } = await import('pg');
const dbUrl = new URL(env.DATABASE_URL);
const dbName = decodeURIComponent(dbUrl.pathname.slice(1));
const adminUrl = new URL(env.DATABASE_URL);
adminUrl.pathname = '/postgres';
const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
if (!exists.rowCount) {
  await admin.query(`CREATE DATABASE "${dbName.replace(/"/g, '""')}"`);
  say(`Created database ${dbName}.`);
}
await admin.end();
run(process.execPath, ['apps/api/dist/core/database/migrate.js'], 'Applying migrations…');
say('Seeding demo data…');
const seeded = spawnSync(process.execPath, ['apps/api/dist/core/database/seed.js'], { stdio: ['ignore', 'pipe', 'inherit'], env, encoding: 'utf8' });
if (seeded.status !== 0) fail(`Seeding demo data failed (exit ${seeded.status}).`);
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
const stop = () => {
  if (stopping) return;
  stopping = true;
  say('Stopping…');
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(0), 5000).unref();
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r))))).then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

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
  fail(`${what} did not become ready at ${url}.`);
}
await waitReady(`http://127.0.0.1:${port}/ready`, 'The API');
await waitReady(`http://127.0.0.1:${adminPort}/`, 'The admin');

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const { DEMO_USERS } = await import('../../apps/api/dist/core/database/demo-data.js');
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
