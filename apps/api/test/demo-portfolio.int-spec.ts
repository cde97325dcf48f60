import { describe, expect, it } from '@jest/globals';
import { Role } from '@orchestra/shared';
import { seedPortfolio } from '../src/seed/demo-portfolio.js';
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
        (SELECT count(*) FROM assessment)::int AS assessments,
        (SELECT count(*) FROM invitation)::int AS invitations,
        (SELECT count(*) FROM response WHERE "submittedAt" IS NOT NULL)::int AS submitted,
        (SELECT count(*) FROM response WHERE "submittedAt" IS NULL)::int AS drafts,
        (SELECT count(*) FROM engagement e WHERE NOT EXISTS (SELECT 1 FROM engagement_stage_change c WHERE c."engagementId" = e.id AND c."toStage" = e.stage))::int AS "withoutTimeline"`)
    )[0];

  it('fills every stage with realistic data and is safe to run twice', async () => {
    const { respondentToken } = await seedPortfolio(ctx.api.dataSource, ctx.seeded, { revisitHourUtc: 8 });
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
      assessments: 2,
      invitations: 5,
      submitted: 3,
      drafts: 1,
      withoutTimeline: 0,
    });
    await seedPortfolio(ctx.api.dataSource, ctx.seeded, { revisitHourUtc: 8 });
    expect(await counts()).toEqual(first);
    // The demo CLIENT user is the Northwind CTO contact.
    const [link] = await ctx.api.dataSource.query(`SELECT name FROM contact WHERE "userId" = $1`, [ctx.seeded.users.CLIENT]);
    expect(link.name).toBe('Nora Lind');
    // The printed respondent link opens the questionnaire of the one who has not started.
    const view = await ctx.api.gql(`query($t: String!) { invitationByToken(token: $t) { respondentName status assessmentTitle } }`, { t: respondentToken });
    expect(view.data).toEqual({ invitationByToken: { respondentName: 'Petra Sund', status: 'PENDING', assessmentTitle: 'Platform baseline' } });
    // The CTO signs in and finds her draft among her assessments.
    const mine = await ctx.api.gql(`{ myInvitations { status assessmentTitle } }`, {}, { as: Role.CLIENT });
    expect(mine.data).toEqual({ myInvitations: [{ status: 'STARTED', assessmentTitle: 'Platform baseline' }] });
  });
});
