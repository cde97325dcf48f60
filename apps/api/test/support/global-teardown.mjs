import { Redis } from 'ioredis';
import pg from 'pg';

/**
 * Drops the run's databases (one per lane) and its Redis keys (set KEEP_TEST_DB=1 to keep them for inspection),
 * then stops the private PostgreSQL and Redis if global setup started them.
 */
export default async function globalTeardown() {
  const services = globalThis.__orchestraServices;
  if (process.env['KEEP_TEST_DB']) {
    if (services?.embedded.postgres) {
      console.log('KEEP_TEST_DB cannot keep a database on the throwaway embedded PostgreSQL: set TEST_DATABASE_ADMIN_URL to a server of your own.');
    }
    return services?.stop();
  }
  const redis = new Redis(process.env['REDIS_URL']);
  // Every lane's prefix extends the run's ({test_<run>} → {test_<run>_lane2}).
  const keys = await redis.keys(`${process.env['QUEUE_PREFIX'].slice(0, -1)}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  const admin = new pg.Client({ connectionString: process.env['TEST_DATABASE_ADMIN_URL'] });
  await admin.connect();
  for (const name of process.env['TEST_LANE_DATABASES'].split(',')) {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  await admin.end();
  await services?.stop();
}
