import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { resolveServices, withDatabase } from '../../../../infra/scripts/services.mjs';
import { CONFIG_KEYS, loadConfig } from '../../dist/core/config/config.js';
import { createDataSource } from '../../dist/core/database/data-source.js';
import { seedDatabase } from '../../dist/seed/seed-database.js';

/**
 * Finds PostgreSQL and Redis (TEST_DATABASE_ADMIN_URL / TEST_REDIS_URL, else the default
 * addresses, else private embedded servers), creates a fresh database for this run, migrates and
 * seeds it, and points the tests (and the worker processes they start) at it and at a queue prefix
 * of their own. When Jest runs files side by side, each of its workers (a lane) gets a copy of
 * that database and a queue prefix of its own (test/support/lane.ts picks them), so files in
 * different lanes never share state. Plain ESM on the built API (`dist/`): Jest loads global setup
 * outside its module system; the test target builds first.
 */
export default async function globalSetup(globalConfig) {
  const services = await resolveServices({
    databaseUrl: process.env['TEST_DATABASE_ADMIN_URL'],
    redisUrl: process.env['TEST_REDIS_URL'],
    settingNames: { postgres: 'TEST_DATABASE_ADMIN_URL', redis: 'TEST_REDIS_URL' },
    caller: 'the tests',
    log: (line) => console.log(`[test setup] ${line}`),
  });
  // Global setup and teardown share this process: teardown stops what was started here.
  globalThis.__orchestraServices = services;

  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const dbName = `orchestra_test_${runId}`;
  const admin = new pg.Client({ connectionString: services.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  // The tests kill workers, never PostgreSQL: commits need not wait for the disk (a slow or
  // throttled disk otherwise dominates the crash tests' timings).
  await admin.query(`ALTER DATABASE "${dbName}" SET synchronous_commit TO off`);
  await admin.end();

  // Hermetic: Nx hands tasks the workspace .env; none of a developer's settings may leak in.
  for (const key of CONFIG_KEYS) delete process.env[key];
  Object.assign(process.env, {
    TEST_DATABASE_ADMIN_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    NODE_ENV: 'test',
    // TEST_DATABASE_POOLED_URL (e.g. a PgBouncer in transaction mode, npm run test:pgbouncer): the
    // app, its migrations and the seed go through it; creating and dropping the database does not.
    DATABASE_URL: withDatabase(process.env['TEST_DATABASE_POOLED_URL'] || services.databaseUrl, dbName),
    // The outbox relay's LISTEN needs a session: always the server itself, as in production.
    DATABASE_DIRECT_URL: withDatabase(services.databaseUrl, dbName),
    TEST_DATABASE_NAME: dbName,
    // Hash-tagged like production's {orchestra}, so every Redis key of the run is in one cluster slot.
    QUEUE_PREFIX: `{test_${runId}}`,
    JWT_SECRET: randomBytes(48).toString('base64'),
    MAIL_DIR: mkdtempSync(join(tmpdir(), 'orchestra-mail-')),
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    OUTBOX_POLL_MS: '100',
    // Reminders for today's date go out at once (the hour has passed).
    DECISION_REVISIT_HOUR_UTC: '0',
    DATABASE_POOL_SIZE: '5',
  });

  const ds = await createDataSource(loadConfig()).initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  await seedDatabase(loadConfig(), { portfolio: false });

  // Lane 1 uses the database above; lanes 2… a copy each (a file copy: no migration or seed again).
  const lanes = globalConfig.runInBand ? 1 : Math.max(1, globalConfig.maxWorkers);
  const databases = Array.from({ length: lanes }, (_, i) => (i === 0 ? dbName : `${dbName}_lane${i + 1}`));
  const copies = new pg.Client({ connectionString: services.databaseUrl });
  await copies.connect();
  // A template may have no sessions: PgBouncer (npm run test:pgbouncer) keeps the seed's idle ones.
  await copies.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [dbName]);
  for (const copy of databases.slice(1)) {
    await copies.query(`CREATE DATABASE "${copy}" TEMPLATE "${dbName}"`);
    await copies.query(`ALTER DATABASE "${copy}" SET synchronous_commit TO off`);
  }
  await copies.end();
  // Read by test/support/lane.ts (which lane is which) and by teardown (what to drop).
  process.env['TEST_LANE_DATABASES'] = databases.join(',');
}
