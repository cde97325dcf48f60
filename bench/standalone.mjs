// What the benchmarks that need no running stack share (bench:matching, bench:api, bench:workers):
// build the API unless told not to, and find or start PostgreSQL and Redis (BENCH_PG_URL, REDIS_URL,
// else the default addresses, else private embedded servers).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolveServices, withDatabase } from '../infra/scripts/services.mjs';

/** `nx run api:build`, unless BENCH_SKIP_BUILD=1 (or `skip`: e.g. another build is measured). */
export function buildApi(say, skip = false) {
  if (skip || process.env.BENCH_SKIP_BUILD === '1') return;
  say('building the API');
  const build = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=stream'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The servers, and PostgreSQL's address without a database (append `/<name>`). */
export async function benchServices(caller, say, persist = {}) {
  const services = await resolveServices({
    databaseUrl: process.env.BENCH_PG_URL && withDatabase(process.env.BENCH_PG_URL, 'postgres'),
    redisUrl: process.env.REDIS_URL,
    settingNames: { postgres: 'BENCH_PG_URL' },
    caller,
    persist,
    log: say,
  });
  return { services, server: services.databaseUrl.replace(/\/postgres$/, '') };
}

/**
 * The environment a benchmark starts the built API or worker with: its own database on `server`,
 * Redis under its own queue prefix, a throwaway JWT secret; development mode (no SMTP needed) unless
 * `extra` says otherwise.
 */
export function benchEnv({ server, dbName, port, redisUrl, queuePrefix }, extra = {}) {
  return {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: `${server}/${dbName}`,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    JWT_SECRET: randomBytes(48).toString('base64'),
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

