import { describe, expect, it } from '@jest/globals';
import { seedPortfolio } from '../src/core/database/demo-portfolio.js';
import { useTestApi } from './support/harness.js';

describe('demo portfolio seed', () => {
  const ctx = useTestApi();

  const counts = async () =>
    (
      await ctx.api.dataSource.query(`SELECT
        (SELECT count(*) FROM client)::int AS clients,
        (SELECT count(DISTINCT industry) FROM client)::int AS industries,
        (SELECT count(DISTINCT "timeZone") FROM client)::int AS "timeZones",
        (SELECT count(*) FROM contact)::int AS contacts,
        (SELECT count(*) FROM engagement)::int AS engagements,
        (SELECT count(DISTINCT stage) FROM engagement)::int AS stages,
        (SELECT count(*) FROM decision_record)::int AS decisions,
        (SELECT count(*) FROM outbox_event WHERE type = 'decision.revisit-scheduled')::int AS reminders,
        (SELECT count(*) FROM engagement e WHERE NOT EXISTS (SELECT 1 FROM engagement_stage_change c WHERE c."engagementId" = e.id AND c."toStage" = e.stage))::int AS "withoutTimeline"`)
    )[0];

  it('fills every stage with realistic data and is safe to run twice', async () => {
    await seedPortfolio(ctx.api.dataSource, ctx.seeded, { revisitHourUtc: 8 });
    const first = await counts();
    expect(first).toEqual({
      clients: 6,
      industries: 6,
      timeZones: 6,
      contacts: 15,
      engagements: 12,
      stages: 7,
      decisions: 5,
      reminders: 3,
      withoutTimeline: 0,
    });
    await seedPortfolio(ctx.api.dataSource, ctx.seeded, { revisitHourUtc: 8 });
    expect(await counts()).toEqual(first);
    // The demo CLIENT user is the Northwind CTO contact.
    const [link] = await ctx.api.dataSource.query(`SELECT name FROM contact WHERE "userId" = $1`, [ctx.seeded.users.CLIENT]);
    expect(link.name).toBe('Nora Lind');
  });
});
