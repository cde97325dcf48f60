// `npm run test:pgbouncer [-- <jest args>]`: the API's integration suite with the app, its
// migrations, the seed and the worker processes connected through a local PgBouncer in
// transaction mode (Debian package `pgbouncer`), so that any session state kept between
// statements (a session SET, an advisory lock outside a transaction, LISTEN, a named prepared
// statement) shows up as a failing test. Creating and dropping the run's database goes to
// PostgreSQL directly. Extra arguments go to Jest (e.g. a few spec files, as CI does).
//
// PgBouncer starts on a free port of 127.0.0.1 in a temporary folder and is stopped at the end.
// PostgreSQL and Redis are found as for the tests (TEST_DATABASE_ADMIN_URL / TEST_REDIS_URL, the
// default addresses, else private servers): see infra/scripts/services.mjs.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getPort from 'get-port';
import { resolveServices, ROOT } from './services.mjs';

function pgbouncerBinary() {
  const found = [process.env.PGBOUNCER_BINARY, '/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((p) => p && existsSync(p));
  if (found) return found;
  try {
    return execFileSync('sh', ['-c', 'command -v pgbouncer'], { encoding: 'utf8' }).trim();
  } catch {
    console.error('No pgbouncer: apt-get install pgbouncer (or set PGBOUNCER_BINARY).');
    process.exit(2);
  }
}

/**
 * What the API needs of a PgBouncer in front of it (also the reference for deployments):
 * - pool_mode = transaction: the API keeps no session state between transactions;
 * - ignore_startup_parameters = options: the API's connections ask for `-c jit=off` in the
 *   startup packet, which PgBouncer 1.18 refuses; the pool's server connections set it instead
 *   (connect_query), so every client gets the same setting;
 * - node-postgres sends unnamed prepared statements only, which transaction pooling allows
 *   (max_prepared_statements, PgBouncer ≥ 1.21, is not needed).
 */
function config({ dir, port, pg }) {
  return `[databases]
* = host=${pg.hostname} port=${pg.port || 5432} connect_query='SET jit = off'

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = trust
auth_file = ${join(dir, 'userlist.txt')}
pool_mode = transaction
ignore_startup_parameters = options
max_client_conn = 1000
default_pool_size = 40
logfile = ${join(dir, 'pgbouncer.log')}
pidfile = ${join(dir, 'pgbouncer.pid')}
log_connections = 0
log_disconnections = 0
`;
}

/** Resolves once something accepts TCP connections on the port (PgBouncer is listening). */
async function listening(port, child, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited (${child.exitCode})`);
    const ok = await new Promise((res) => {
      const s = createConnection({ host: '127.0.0.1', port }, () => (s.end(), res(true)));
      s.on('error', () => res(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`pgbouncer did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const services = await resolveServices({
  databaseUrl: process.env.TEST_DATABASE_ADMIN_URL,
  redisUrl: process.env.TEST_REDIS_URL,
  settingNames: { postgres: 'TEST_DATABASE_ADMIN_URL', redis: 'TEST_REDIS_URL' },
  caller: 'the PgBouncer test run',
  log: (line) => console.log(`[pgbouncer] ${line}`),
});
const direct = new URL(services.databaseUrl);
const dir = mkdtempSync(join(tmpdir(), 'orchestra-pgbouncer-'));
const port = await getPort();
const user = decodeURIComponent(direct.username || 'postgres');
writeFileSync(join(dir, 'userlist.txt'), `"${user}" "${decodeURIComponent(direct.password)}"\n`);
writeFileSync(join(dir, 'pgbouncer.ini'), config({ dir, port, pg: direct }));
// PgBouncer refuses to run as root: it then runs as the user postgres (or PGBOUNCER_USER), which
// must own its folder.
const runAs = process.getuid?.() === 0 ? process.env.PGBOUNCER_USER || 'postgres' : undefined;
if (runAs) execFileSync('chown', ['-R', runAs, dir]);
// trust: PgBouncer does not check the password; it passes the user on to PostgreSQL, which does.
const bouncer = spawn(pgbouncerBinary(), ['-q', ...(runAs ? ['-u', runAs] : []), join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'ignore', 'inherit'] });
let code = 1;
try {
  await listening(port, bouncer);
  const pooled = new URL(services.databaseUrl);
  pooled.hostname = '127.0.0.1';
  pooled.port = String(port);
  console.log(`[pgbouncer] PgBouncer (transaction mode) on 127.0.0.1:${port} in front of ${direct.host}`);

  const build = spawn('npx', ['nx', 'run', 'api:build', '--outputStyle=stream'], { cwd: ROOT, stdio: 'inherit' });
  code = await new Promise((res) => build.once('exit', res));
  if (code === 0) {
    const started = Date.now();
    const jest = spawn(
      process.execPath,
      // The caller's arguments first: --selectProjects takes every word after it.
      ['--experimental-vm-modules', join(ROOT, 'node_modules/jest/bin/jest.js'), ...process.argv.slice(2), '--selectProjects', 'integration'],
      {
        cwd: join(ROOT, 'apps/api'),
        stdio: 'inherit',
        env: { ...process.env, TEST_DATABASE_ADMIN_URL: services.databaseUrl, TEST_DATABASE_POOLED_URL: pooled.toString(), TEST_REDIS_URL: services.redisUrl },
      },
    );
    code = await new Promise((res) => jest.once('exit', (c, signal) => res(c ?? (signal ? 1 : 0))));
    console.log(`[pgbouncer] integration tests through PgBouncer: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
} finally {
  bouncer.kill('SIGTERM');
  await new Promise((res) => (bouncer.exitCode !== null ? res() : bouncer.once('exit', res)));
  if (code !== 0 && existsSync(join(dir, 'pgbouncer.log'))) {
    const log = readFileSync(join(dir, 'pgbouncer.log'), 'utf8').split('\n').filter((l) => /WARNING|ERROR|FATAL/.test(l));
    if (log.length) console.log(`[pgbouncer] its warnings and errors:\n${log.slice(-40).join('\n')}`);
  }
  rmSync(dir, { recursive: true, force: true });
  await services.stop();
}
process.exit(code);
