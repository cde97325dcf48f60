import 'reflect-metadata';
import { loadConfig, loadDotEnv } from '../config/config.js';
import { createDataSource } from './data-source.js';
import { DEMO_USERS, seedDemo } from './demo-data.js';
import { seedPortfolio } from './demo-portfolio.js';

/** `npm run db:seed`: the demo client and one user per role (idempotent). */
async function main() {
  loadDotEnv();
  const config = loadConfig();
  // The demo passwords are public: never seed them into a production database by accident.
  if (config.isProduction && process.env['ALLOW_DEMO_SEED'] !== 'true') {
    throw new Error('Refusing to seed demo users with published passwords in production; set ALLOW_DEMO_SEED=true for a demo stack.');
  }
  const ds = await createDataSource(config, 'orchestra-seed').initialize();
  try {
    const { respondentToken } = await seedPortfolio(ds, await seedDemo(ds), { revisitHourUtc: config.DECISION_REVISIT_HOUR_UTC });
    console.log('Demo data ready. Sign in with:');
    for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(10)} ${u.email.padEnd(28)} ${u.password}`);
    // The demo launcher reads this line to print the respondent's link with its own admin address.
    if (respondentToken) console.log(`RESPONDENT_LINK_PATH=/#/respond/${encodeURIComponent(respondentToken)}`);
  } finally {
    await ds.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
