import { Redis } from 'ioredis';
import pg from 'pg';

/** Drops the run's database and its Redis keys (set KEEP_TEST_DB=1 to keep them for inspection). */
export default async function globalTeardown() {
  if (process.env['KEEP_TEST_DB']) return;
  const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
  const keys = await redis.keys(`${process.env['QUEUE_PREFIX']}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  const admin = new pg.Client({ connectionString: process.env['TEST_DATABASE_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${process.env['TEST_DATABASE_NAME']}" WITH (FORCE)`);
  await admin.end();
}
