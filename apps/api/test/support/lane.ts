import { mkdirSync } from 'node:fs';
import { withDatabase } from '../../../../infra/scripts/services.mjs';

/**
 * Runs before each integration test file: points it at its Jest worker's lane. Global setup made
 * one database per worker (TEST_LANE_DATABASES, copies of the seeded one); lane 1 keeps the run's
 * database, queue prefix and mail folder, lane N takes the Nth database, `{<prefix>_laneN}` and
 * `<mail>-laneN`. The files of one lane run one after another, as the whole suite does with
 * --runInBand, so no two files running at once share a database, a queue or a mailbox.
 */
const env = process.env as Record<string, string>;
const lane = Number(env['JEST_WORKER_ID'] ?? 1);
if (lane > 1) {
  const name = env['TEST_LANE_DATABASES']!.split(',')[lane - 1];
  if (!name) throw new Error(`Jest worker ${lane} has no database: global setup made ${env['TEST_LANE_DATABASES']}.`);
  env['DATABASE_URL'] = withDatabase(env['DATABASE_URL']!, name);
  env['DATABASE_DIRECT_URL'] = withDatabase(env['DATABASE_DIRECT_URL']!, name);
  env['TEST_DATABASE_NAME'] = name;
  // Still one hash tag, so every key of the lane stays in one Redis Cluster slot.
  env['QUEUE_PREFIX'] = `${env['QUEUE_PREFIX']!.slice(0, -1)}_lane${lane}}`;
  env['MAIL_DIR'] = `${env['MAIL_DIR']}-lane${lane}`;
  mkdirSync(env['MAIL_DIR'], { recursive: true });
}
