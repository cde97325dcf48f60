import 'reflect-metadata';
import { loadConfig, loadDotEnv } from '../config/config.js';
import { createDataSource } from './data-source.js';
import { DEMO_USERS, seedDemo } from './demo-data.js';

/** `npm run db:seed`: the demo client and one user per role (idempotent). */
async function main() {
  loadDotEnv();
  const ds = await createDataSource(loadConfig(), 'orchestra-seed').initialize();
  try {
    await seedDemo(ds);
    console.log('Demo data ready. Sign in with:');
    for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(10)} ${u.email.padEnd(28)} ${u.password}`);
  } finally {
    await ds.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
