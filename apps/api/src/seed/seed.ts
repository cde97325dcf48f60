import 'reflect-metadata';
import { loadConfig, loadDotEnv } from '../core/config/config.js';
import { DEMO_USERS } from './demo-data.js';
import { seedDatabase } from './seed-database.js';

/** `npm run db:seed`: the demo data (idempotent). */
async function main() {
  loadDotEnv();
  const config = loadConfig();
  // The demo passwords are public: never seed them into a production database by accident.
  if (config.isProduction && process.env['ALLOW_DEMO_SEED'] !== 'true') {
    throw new Error('Refusing to seed demo users with published passwords in production; set ALLOW_DEMO_SEED=true for a demo stack.');
  }
  const { respondentToken } = await seedDatabase(config, { portfolio: true });
  console.log('Demo data ready. Sign in with:');
  for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(10)} ${u.email.padEnd(28)} ${u.password}`);
  // The demo launcher reads this line to print the respondent's link with its own admin address.
  if (respondentToken) console.log(`RESPONDENT_LINK_PATH=/#/respond/${encodeURIComponent(respondentToken)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
