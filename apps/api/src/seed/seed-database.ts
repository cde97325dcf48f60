import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../core/config/config.js';
import { seedDemo, type SeededDemo } from './demo-data.js';
import { seedPortfolio } from './demo-portfolio.js';
import { SeedModule } from './seed.module.js';

/**
 * Seeds a migrated database: the demo client, one user per role, the default framework and the
 * skill taxonomy, and with `portfolio` the demo's clients, engagements, assessments and talent.
 * Idempotent. Boots the modules whose records it writes, so their entities are known.
 */
export async function seedDatabase(config: AppConfig, opts: { portfolio: boolean }): Promise<SeededDemo & { respondentToken: string | null }> {
  const app = await NestFactory.createApplicationContext(SeedModule.forRoot(config), { logger: false });
  try {
    const ds = app.get(DataSource);
    const demo = await seedDemo(ds);
    const { respondentToken } = opts.portfolio ? await seedPortfolio(ds, demo, { revisitHourUtc: config.DECISION_REVISIT_HOUR_UTC }) : { respondentToken: null };
    return { ...demo, respondentToken };
  } finally {
    await app.close();
  }
}
