import 'reflect-metadata';
import { loadConfig, loadDotEnv } from '../config/config.js';
import { createDataSource } from './data-source.js';

/** `npm run db:migrate`: applies pending migrations (or reverts the last with `--revert`). */
async function main() {
  loadDotEnv();
  const ds = await createDataSource(loadConfig(), 'orchestra-migrate').initialize();
  try {
    if (process.argv.includes('--revert')) {
      await ds.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration.');
    } else {
      const applied = await ds.runMigrations({ transaction: 'each' });
      console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}.` : 'Database is up to date.');
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
