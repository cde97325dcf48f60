import { describe, expect, it } from '@jest/globals';
import { daysFromToday, FINALISE_STEP_NAMES, formatDay, isoDay, Role } from '@orchestra/shared';
import { issueInvitationToken } from '../src/modules/assessment/invitation-tokens.js';
import { ReassessmentService } from '../src/modules/reassessment/reassessment.service.js';
import { openAssessmentWithResponses, questionIds } from './support/assessment-fixture.js';
import { codeOf, useTestApi } from './support/harness.js';
import { createCandidate, submitMatch } from './support/talent-fixture.js';

// Re-assessment on a cadence: the schedule and its job, the drafted assessment, and what changed
// since the previous one with the interventions in between.

const SET = `mutation($e: ID!, $every: Int, $onClose: Boolean) { setReassessmentSchedule(engagementId: $e, everyDays: $every, onClose: $onClose) { id reassessEveryDays reassessOnClose reassessNextDueAt } }`;
const CLEAR = `mutation($e: ID!) { clearReassessmentSchedule(engagementId: $e) { id reassessEveryDays reassessOnClose reassessNextDueAt } }`;
const CHANGES = `query($id: ID!) { assessmentReport(assessmentId: $id) { changes { previousTitle baselineTitle summary movedWithoutIntervention
  capabilities { key name current previous baseline change changeFromBaseline noise movement interventions { kind label on } } } } }`;
const DAY = 86_400_000;

describe('Re-assessment: schedule, drafting job, what changed and why', () => {
  const ctx = useTestApi();
  const drafts = () => ctx.api.app.get(ReassessmentService);

  /** Closes and scores an assessment in this process (the finalise steps, as the worker would). */
  const score = async (assessmentId: string) => {
    const closed = await ctx.api.gql(`mutation($id: ID!) { closeAssessment(id: $id, reason: "Enough responses") { status } }`, { id: assessmentId }, { as: Role.CONSULTANT });
    expect(closed.errors).toBeUndefined();
    const steps = await ctx.api.finaliseSteps();
    for (const step of FINALISE_STEP_NAMES) await steps.run(step, assessmentId);
  };
  const events = (type: string, engagementId: string) =>
    ctx.api.dataSource.query(`SELECT id, payload FROM outbox_event WHERE type = $1 AND (payload->>'engagementId' = $2 OR $1 = 'job.cancelled') ORDER BY "createdAt"`, [type, engagementId]) as Promise<
      { id: string; payload: Record<string, string> }[]
    >;

  it('schedules, reschedules and clears, cancelling the pending job; only staff who manage engagements may', async () => {
    const { assessmentId, engagementId } = await openAssessmentWithResponses(ctx.api, ctx.seeded);
    const set = (vars: Record<string, unknown>, as: Role = Role.CONSULTANT) => ctx.api.gql<{ setReassessmentSchedule: Record<string, unknown> }>(SET, { e: engagementId, ...vars }, { as });
    // Nothing scored yet: nothing to repeat.
    const early = await set({});
    expect(codeOf(early)).toBe('CONFLICT');
    expect(early.errors![0]!.message).toBe('"Engagement for Release baseline" has no scored assessment yet: a re-assessment repeats the last one, so score one first.');
    await score(assessmentId);
    const [{ closedAt }] = (await ctx.api.dataSource.query(`SELECT "closedAt" FROM assessment WHERE id = $1`, [assessmentId])) as { closedAt: Date }[];

    expect(codeOf(await set({}, Role.CLIENT))).toBe('FORBIDDEN');
    expect(codeOf(await set({}, Role.RECRUITER))).toBe('FORBIDDEN');
    expect((await set({ every: 3 })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { everyDays: 'must be at least 7' } });
    expect((await set({ every: null, onClose: false })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { everyDays: expect.stringMatching(/^is required unless onClose is true/) } });
    expect(codeOf(await ctx.api.gql(SET, { e: '00000000-0000-4000-8000-000000000000' }, { as: Role.CONSULTANT }))).toBe('NOT_FOUND');
    expect(await events('engagement.reassessment-due', engagementId)).toEqual([]);

    // Default: every 90 days from the close of the last scored assessment.
    const due90 = new Date(closedAt.getTime() + 90 * DAY);
    const first = await set({});
    expect(first.data!.setReassessmentSchedule).toEqual({ id: engagementId, reassessEveryDays: 90, reassessOnClose: false, reassessNextDueAt: due90.toISOString() });
    // Rescheduling replaces the job: the first one is cancelled.
    const due30 = new Date(closedAt.getTime() + 30 * DAY);
    expect((await set({ every: 30, onClose: true })).data!.setReassessmentSchedule).toEqual({ id: engagementId, reassessEveryDays: 30, reassessOnClose: true, reassessNextDueAt: due30.toISOString() });
    const due = await events('engagement.reassessment-due', engagementId);
    expect(due.map((e) => e.payload)).toEqual([
      { engagementId, period: isoDay(due90), runAt: due90.toISOString() },
      { engagementId, period: isoDay(due30), runAt: due30.toISOString() },
    ]);
    const cancelled = await ctx.api.dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'job.cancelled' AND payload->>'queue' = 'maintenance'`);
    expect(cancelled).toEqual([{ payload: { queue: 'maintenance', jobId: due[0]!.id } }]);
    // A job the schedule replaced does nothing.
    expect(await drafts().draft(due[0]!.id, engagementId, isoDay(due90))).toBe('stale');

    const cleared = await ctx.api.gql<{ clearReassessmentSchedule: unknown }>(CLEAR, { e: engagementId }, { as: Role.CONSULTANT });
    expect(cleared.data!.clearReassessmentSchedule).toEqual({ id: engagementId, reassessEveryDays: null, reassessOnClose: false, reassessNextDueAt: null });
    expect((await ctx.api.dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'job.cancelled' AND payload->>'queue' = 'maintenance' ORDER BY "createdAt"`)).at(-1)).toEqual({ payload: { queue: 'maintenance', jobId: due[1]!.id } });
    // Clearing again changes nothing (and is not audited twice).
    expect((await ctx.api.gql(CLEAR, { e: engagementId }, { as: Role.CONSULTANT })).errors).toBeUndefined();
    const audited = await ctx.api.dataSource.query(`SELECT action FROM audit_event WHERE "targetId" = $1 AND action LIKE '%reassessment' ORDER BY "createdAt"`, [engagementId]);
    expect(audited.map((a: { action: string }) => a.action)).toEqual(['engagement.schedule_reassessment', 'engagement.schedule_reassessment', 'engagement.clear_reassessment']);
    expect(codeOf(await ctx.api.gql(CLEAR, { e: engagementId }, { as: Role.CLIENT }))).toBe('FORBIDDEN');
  });

  it('drafts the period’s re-assessment once from the last scored one, tells the owner, queues the next period; closing drafts one too', async () => {
    const { assessmentId, engagementId } = await openAssessmentWithResponses(ctx.api, ctx.seeded);
    await score(assessmentId);
    await ctx.api.gql(SET, { e: engagementId, every: 30, onClose: true }, { as: Role.CONSULTANT });
    const [event] = await events('engagement.reassessment-due', engagementId);
    const period = event!.payload['period']!;

    expect(await drafts().draft(event!.id, engagementId, period)).toBe('drafted');
    // The same event again (a retried job) does nothing.
    expect(await drafts().draft(event!.id, engagementId, period)).toBe('already-done');
    const [draft] = await ctx.api.dataSource.query(
      `SELECT id, title, status, "dueDate"::text AS "dueDate", "previousAssessmentId", "baselineAssessmentId", "reassessmentIndex", "reassessPeriod", "templateId" = (SELECT "templateId" FROM assessment WHERE id = $2) AS "sameTemplate"
         FROM assessment WHERE "engagementId" = $1 AND id <> $2`,
      [engagementId, assessmentId],
    );
    expect(draft).toEqual({
      id: expect.any(String),
      title: 'Release baseline — re-assessment 1',
      status: 'DRAFT',
      dueDate: daysFromToday(14),
      previousAssessmentId: assessmentId,
      baselineAssessmentId: assessmentId,
      reassessmentIndex: 1,
      reassessPeriod: period,
      sameTemplate: true,
    });
    const copied = await ctx.api.dataSource.query(
      `SELECT (SELECT count(*)::int FROM assessment_target WHERE "assessmentId" = $1) AS targets, (SELECT count(*)::int FROM assessment_target WHERE "assessmentId" = $2) AS "sourceTargets",
              (SELECT array_agg(email ORDER BY email) FROM invitation WHERE "assessmentId" = $1) AS invitees, (SELECT array_agg(DISTINCT status) FROM invitation WHERE "assessmentId" = $1) AS statuses`,
      [draft.id, assessmentId],
    );
    expect(copied[0]).toEqual({ targets: copied[0].sourceTargets, sourceTargets: expect.any(Number), invitees: ['cto@northwind.example', 'eng@northwind.example'], statuses: ['PENDING'] });
    expect(copied[0].targets).toBeGreaterThan(0);
    const bell = await ctx.api.dataSource.query(`SELECT title, body, link FROM notification WHERE "userId" = $1 AND "sourceKey" = $2`, [ctx.seeded.users.CONSULTANT, `reassessment:${draft.id}`]);
    expect(bell).toEqual([
      {
        title: 'Re-assessment drafted: "Release baseline — re-assessment 1"',
        body: 'Drafted from "Release baseline" with the same questionnaire, targets and 2 invitees: review it and open it.',
        link: `/Assessment/${draft.id}/show`,
      },
    ]);
    // The next period is queued 30 days after this one.
    const [, next] = await events('engagement.reassessment-due', engagementId);
    const nextDue = new Date(new Date(event!.payload['runAt']!).getTime() + 30 * DAY);
    expect(next!.payload).toEqual({ engagementId, period: isoDay(nextDue), runAt: nextDue.toISOString() });
    const [engagement] = await ctx.api.dataSource.query(`SELECT "reassessEventId", "reassessNextDueAt" FROM engagement WHERE id = $1`, [engagementId]);
    expect(engagement).toEqual({ reassessEventId: next!.id, reassessNextDueAt: nextDue });

    // Closing the engagement drafts one at once (the schedule says so), once for that day.
    await ctx.api.dataSource.query(`UPDATE engagement SET stage = 'ACTIVE' WHERE id = $1`, [engagementId]);
    const moved = await ctx.api.gql(`mutation($id: ID!) { moveEngagementStage(id: $id, stage: CLOSED, note: "Delivered") { stage } }`, { id: engagementId }, { as: Role.CONSULTANT });
    expect(moved.errors).toBeUndefined();
    const closeEvent = (await events('engagement.reassessment-due', engagementId)).find((e) => e.payload['period']!.startsWith('close-'))!;
    expect(closeEvent.payload).toEqual({ engagementId, period: `close-${isoDay(new Date())}` });
    expect(await drafts().draft(closeEvent.id, engagementId, closeEvent.payload['period']!)).toBe('drafted');
    // Another event for the same period (say, a close, reopen and close that day) finds it drafted.
    const [{ id: again }] = await ctx.api.dataSource.query(`INSERT INTO outbox_event (type, payload) VALUES ('engagement.reassessment-due', $1) RETURNING id`, [closeEvent.payload]);
    expect(await drafts().draft(again, engagementId, closeEvent.payload['period']!)).toBe('already-drafted');
  });

  it('shows per capability the change against the previous assessment and the baseline, with the placement made in between', async () => {
    const { assessmentId, engagementId } = await openAssessmentWithResponses(ctx.api, ctx.seeded);
    await score(assessmentId);
    // In between: the augmentation option for Release practice accepted, its role filled.
    const [rec] = await ctx.api.dataSource.query(
      `SELECT r.id FROM recommendation r JOIN capability_gap g ON g.id = r."gapId" JOIN capability c ON c.id = g."capabilityId" WHERE r."assessmentId" = $1 AND r.option = 'AUGMENTATION' AND c.key = 'release-practice'`,
      [assessmentId],
    );
    expect((await ctx.api.gql(`mutation($id: ID!) { acceptRecommendation(id: $id) { state } }`, { id: rec.id }, { as: Role.CONSULTANT })).errors).toBeUndefined();
    // Accepting records a decision: that is the intervention the report names.
    const [decision] = (await ctx.api.dataSource.query(`SELECT d.title, d."decidedAt" FROM decision_record d JOIN recommendation r ON r."decisionRecordId" = d.id WHERE r.id = $1`, [rec.id])) as { title: string; decidedAt: Date }[];
    expect(decision).toBeDefined();
    const [role] = await ctx.api.dataSource.query(`SELECT id, title, "startDate"::text AS "startDate", "requiredSkills" FROM role WHERE "recommendationId" = $1`, [rec.id]);
    await ctx.api.gql(`mutation($id: ID!) { updateRole(id: $id, status: OPEN) { status } }`, { id: role.id }, { as: Role.RECRUITER });
    const ana = await createCandidate(ctx.api, {
      name: 'Ana Principal',
      kind: 'ASSOCIATE',
      seniority: 'LEAD',
      availableFrom: role.startDate,
      skills: Object.fromEntries((role.requiredSkills as { skill: string; minLevel: number }[]).map((s) => [s.skill, Math.max(s.minLevel, 3)])),
    });
    const shortlisted = await ctx.api.gql<{ shortlistCandidate: { id: string } }>(`mutation($r: ID!, $c: ID!) { shortlistCandidate(roleId: $r, candidateId: $c) { id } }`, { r: role.id, c: ana.id }, { as: Role.RECRUITER });
    const matchId = shortlisted.data!.shortlistCandidate.id;
    await submitMatch(ctx.api, matchId);
    const MOVE = `mutation($id: ID!, $stage: MatchStage!, $placement: PlacementInput) { moveMatchStage(id: $id, stage: $stage, placement: $placement) { stage } }`;
    for (const stage of ['INTERVIEWING', 'OFFERED']) await ctx.api.gql(MOVE, { id: matchId, stage }, { as: Role.RECRUITER });
    const placed = await ctx.api.gql(MOVE, { id: matchId, stage: 'PLACED', placement: { startDate: role.startDate, rateMinor: 70000, currency: 'EUR' } }, { as: Role.RECRUITER });
    expect(placed.errors).toBeUndefined();

    // The re-assessment: drafted by the schedule's job, opened, answered better by both seats, scored.
    await ctx.api.gql(SET, { e: engagementId, every: 90 }, { as: Role.CONSULTANT });
    const [event] = await events('engagement.reassessment-due', engagementId);
    expect(await drafts().draft(event!.id, engagementId, event!.payload['period']!)).toBe('drafted');
    const [draft] = await ctx.api.dataSource.query(`SELECT id FROM assessment WHERE "previousAssessmentId" = $1`, [assessmentId]);
    const invitations = (await ctx.api.dataSource.query(`SELECT id FROM invitation WHERE "assessmentId" = $1 ORDER BY email`, [draft.id])) as { id: string }[];
    const tokens = await Promise.all(invitations.map((i) => ctx.api.dataSource.transaction((m) => issueInvitationToken(m, i.id, daysFromToday(14), false))));
    expect((await ctx.api.gql(`mutation($id: ID!) { openAssessment(id: $id) { status } }`, { id: draft.id }, { as: Role.CONSULTANT })).errors).toBeUndefined();
    const q = await questionIds(ctx.api.dataSource, ctx.seeded.templateId);
    // Both: several times a week (4), rollback in one step (4), pipeline + flags (3.5): (4 × 1.5 + 4 + 3.5) / 3.5 = 3.857… → 3.86.
    const better = [
      { questionId: q.get('release-practice.q1'), choices: ['several-times-a-week'] },
      { questionId: q.get('release-practice.q2'), scale: 4 },
      { questionId: q.get('release-practice.q3'), choices: ['automated-pipeline', 'feature-flags'] },
    ];
    for (const token of tokens) {
      const res = await ctx.api.gql(`mutation($t: String!, $a: [AnswerInput!]!) { submitResponse(token: $t, answers: $a, idempotencyKey: "re-1") { status } }`, { t: token, a: better });
      expect(res.errors).toBeUndefined();
    }
    await score(draft.id);

    const report = await ctx.api.gql<{ assessmentReport: { changes: { capabilities: Record<string, unknown>[] } & Record<string, unknown> } }>(CHANGES, { id: draft.id }, { as: Role.CONSULTANT });
    expect(report.errors).toBeUndefined();
    const changes = report.data!.assessmentReport.changes;
    // Before: CTO (3 × 1.5 + 2 + 2) / 3.5 = 2.43 and engineer 1.0: mean 1.71, spread 0.71 (population).
    // Now 3.86, spread 0: change 2.15 against a noise of √(0² + 0.71²) = 0.71.
    const release = changes.capabilities.find((c) => c['key'] === 'release-practice');
    expect(release).toEqual({
      key: 'release-practice',
      name: 'Release practice',
      current: 3.86,
      previous: 1.71,
      baseline: 1.71,
      change: 2.15,
      changeFromBaseline: 2.15,
      noise: 0.71,
      movement: 'ROSE',
      interventions: expect.arrayContaining([
        { kind: 'DECISION', label: `the decision "${decision!.title}"`, on: isoDay(decision!.decidedAt) },
        { kind: 'PLACEMENT', label: `Ana Principal's placement as ${role.title}`, on: role.startDate },
      ]),
    });
    expect(changes['previousTitle']).toBe('Release baseline');
    expect(changes['baselineTitle']).toBe('Release baseline');
    expect(changes['movedWithoutIntervention']).toEqual([]);
    // Capabilities nobody answered either time cannot be compared and stay out of the summary.
    expect(changes.capabilities.filter((c) => c['key'] !== 'release-practice').every((c) => c['movement'] === 'NOT_SCORED')).toBe(true);
    // The month is the first intervention's: the decision taken today (the placement starts later).
    const thisMonth = formatDay(isoDay(decision!.decidedAt)).replace(/^\d+ /, '');
    expect(changes['summary']).toBe(`Release practice rose from 1.7 to 3.9 after the decision "${decision!.title}" and Ana Principal's placement as ${role.title} in ${thisMonth}.`);

    // A first assessment has no changes; the client reads them once both reports are published.
    expect((await ctx.api.gql<{ assessmentReport: { changes: null } }>(CHANGES, { id: assessmentId }, { as: Role.CONSULTANT })).data!.assessmentReport.changes).toBeNull();
    for (const id of [assessmentId, draft.id]) await ctx.api.gql(`mutation($id: ID!) { publishAssessmentReport(id: $id) { status } }`, { id }, { as: Role.CONSULTANT });
    const client = await ctx.api.gql<{ assessmentReport: { changes: { summary: string } } }>(CHANGES, { id: draft.id }, { as: Role.CLIENT });
    expect(client.data!.assessmentReport.changes.summary).toBe(changes['summary']);
  });
});
