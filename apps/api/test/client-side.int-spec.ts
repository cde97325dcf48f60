import { afterEach, describe, expect, it } from '@jest/globals';
import { FINALISE_STEP_NAMES, formatDay, isoDay, QueueName, Role } from '@orchestra/shared';
import { openAssessmentWithResponses } from './support/assessment-fixture.js';
import { codeOf, useTestApi } from './support/harness.js';
import { clearMails, sentMails, waitFor, waitForNoPendingJobs, WorkerProcess } from './support/worker-process.js';

const CLOSE = `mutation($id: ID!, $reason: String) { closeAssessment(id: $id, reason: $reason) { status closeReason } }`;
const PUBLISH = `mutation($id: ID!) { publishAssessmentReport(id: $id) { status } }`;
const RECIPIENTS = `query($id: ID!) { reportRecipients(assessmentId: $id) { name email } }`;
const DASHBOARD = `{ clientDashboard { reports { assessmentId title engagementTitle } invitations { assessmentTitle status assessmentStatus dueDate closedNote } engagements { title stage } } }`;
const REPORT_DECISIONS = `query($id: ID!) { assessmentReport(assessmentId: $id) { gaps { recommendations { option state decisionNote noteToClient decisionRecordId } } } }`;

describe("The client's side: closing, publishing, notes to the client, the client dashboard", () => {
  const ctx = useTestApi();

  /** Runs the finalise steps in this process (the worker test below runs its e-mails through BullMQ). */
  const finalise = async (assessmentId: string) => {
    const steps = await ctx.api.finaliseSteps();
    for (const step of FINALISE_STEP_NAMES) await steps.run(step, assessmentId);
  };
  const scored = async (title = 'Release baseline') => {
    const fixture = await openAssessmentWithResponses(ctx.api, ctx.seeded, title);
    const closed = await ctx.api.gql(CLOSE, { id: fixture.assessmentId, reason: 'Both seats answered' }, { as: Role.CONSULTANT });
    expect(closed.data).toEqual({ closeAssessment: { status: 'CLOSED', closeReason: 'Both seats answered' } });
    await finalise(fixture.assessmentId);
    return fixture;
  };
  /** Another CLIENT user of Northwind (active or not) and one of another client. */
  const moreUsers = async () => {
    const [globex] = await ctx.api.dataSource.query(`INSERT INTO client (name) VALUES ('Globex') RETURNING id`);
    await ctx.api.dataSource.query(
      `INSERT INTO app_user (email, name, role, "clientId", active) VALUES
         ('ops@northwind.example', 'Otto Ops', 'CLIENT', $1, true),
         ('gone@northwind.example', 'Gina Gone', 'CLIENT', $1, false),
         ('cto@globex.example', 'Gus Globex', 'CLIENT', $2, true)`,
      [ctx.seeded.clientId, globex.id],
    );
    return globex.id as string;
  };

  it('closing needs a reason, named as the field to fix; the reason is kept and audited', async () => {
    const { assessmentId } = await openAssessmentWithResponses(ctx.api, ctx.seeded);
    const missing = await ctx.api.gql(CLOSE, { id: assessmentId }, { as: Role.CONSULTANT });
    expect(missing.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: 'is required: say why the assessment is closed now (e.g. "Enough responses to score")' } });
    const blank = await ctx.api.gql(CLOSE, { id: assessmentId, reason: '   ' }, { as: Role.CONSULTANT });
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    const [still] = await ctx.api.dataSource.query(`SELECT status, "closeReason" FROM assessment WHERE id = $1`, [assessmentId]);
    expect(still).toEqual({ status: 'OPEN', closeReason: null });
    expect(codeOf(await ctx.api.gql(CLOSE, { id: assessmentId, reason: 'x' }, { as: Role.CLIENT }))).toBe('FORBIDDEN');

    const closed = await ctx.api.gql(CLOSE, { id: assessmentId, reason: 'Both seats answered' }, { as: Role.CONSULTANT });
    expect(closed.data).toEqual({ closeAssessment: { status: 'CLOSED', closeReason: 'Both seats answered' } });
    const audit = await ctx.api.dataSource.query(`SELECT "changedFields" FROM audit_event WHERE action = 'assessment.close' AND "targetId" = $1`, [assessmentId]);
    expect(audit).toEqual([{ changedFields: ['closeReason', 'status'] }]);
  });

  it('before publishing, staff see who will be told: the active CLIENT users of that client only', async () => {
    await moreUsers();
    const { assessmentId } = await scored();
    const seen = await ctx.api.gql(RECIPIENTS, { id: assessmentId }, { as: Role.CONSULTANT });
    expect(seen.data).toEqual({
      reportRecipients: [
        { name: 'Nora Northwind (CTO)', email: 'cto@northwind.example' },
        { name: 'Otto Ops', email: 'ops@northwind.example' },
      ],
    });
    expect(codeOf(await ctx.api.gql(RECIPIENTS, { id: assessmentId }, { as: Role.CLIENT }))).toBe('FORBIDDEN');
    expect(codeOf(await ctx.api.gql(RECIPIENTS, { id: assessmentId }, { as: Role.RECRUITER }))).toBe('FORBIDDEN');
    expect(codeOf(await ctx.api.gql(RECIPIENTS, { id: '00000000-0000-4000-8000-000000000000' }, { as: Role.CONSULTANT }))).toBe('NOT_FOUND');
    expect(codeOf(await ctx.api.gql(RECIPIENTS, { id: 'nope' }, { as: Role.CONSULTANT }))).toBe('BAD_USER_INPUT');
  });

  it('the published report shows the client the note to the client, never the internal reason', async () => {
    const { assessmentId } = await scored();
    const gap = await ctx.api.gql<{ assessmentReport: { gaps: { id: string; recommendations: { option: string }[] }[] } }>(
      `query($id: ID!) { assessmentReport(assessmentId: $id) { gaps { id recommendations { id option } } } }`,
      { id: assessmentId },
      { as: Role.CONSULTANT },
    );
    const options = gap.data!.assessmentReport.gaps[0]!.recommendations as unknown as { id: string; option: string }[];
    const byOption = Object.fromEntries(options.map((o) => [o.option, o.id]));
    const accepted = await ctx.api.gql(
      `mutation($id: ID!) { acceptRecommendation(id: $id, note: "INTERNAL: their CTO will not fund a hire this year", noteToClient: "We start with a senior engineer for three releases.") { state decisionNote noteToClient } }`,
      { id: byOption['AUGMENTATION'] },
      { as: Role.CONSULTANT },
    );
    expect(accepted.data).toEqual({
      acceptRecommendation: { state: 'ACCEPTED', decisionNote: 'INTERNAL: their CTO will not fund a hire this year', noteToClient: 'We start with a senior engineer for three releases.' },
    });
    const rejected = await ctx.api.gql(`mutation($id: ID!) { rejectRecommendation(id: $id, reason: "INTERNAL: budget politics") { state noteToClient } }`, { id: byOption['HIRE'] }, { as: Role.CONSULTANT });
    expect(rejected.data).toEqual({ rejectRecommendation: { state: 'REJECTED', noteToClient: null } });
    // The decision log keeps both: the reason in the decision, the note in its own field.
    const [record] = await ctx.api.dataSource.query(`SELECT decision, "noteToClient" FROM decision_record WHERE title LIKE 'Augmentation%'`);
    expect(record.noteToClient).toBe('We start with a senior engineer for three releases.');
    expect(record.decision).toContain('INTERNAL: their CTO will not fund a hire this year');

    expect((await ctx.api.gql(PUBLISH, { id: assessmentId }, { as: Role.CONSULTANT })).data).toEqual({ publishAssessmentReport: { status: 'PUBLISHED' } });
    const staff = await ctx.api.gql<{ assessmentReport: { gaps: { recommendations: { option: string; decisionNote: string | null; decisionRecordId: string | null }[] }[] } }>(
      REPORT_DECISIONS,
      { id: assessmentId },
      { as: Role.CONSULTANT },
    );
    const staffAug = staff.data!.assessmentReport.gaps[0]!.recommendations.find((r) => r.option === 'AUGMENTATION')!;
    expect(staffAug.decisionNote).toBe('INTERNAL: their CTO will not fund a hire this year');
    expect(staffAug.decisionRecordId).toEqual(expect.any(String));

    const client = await ctx.api.gql<{ assessmentReport: { gaps: { recommendations: Record<string, unknown>[] }[] } }>(REPORT_DECISIONS, { id: assessmentId }, { as: Role.CLIENT });
    expect(client.errors).toBeUndefined();
    const seen = client.data!.assessmentReport.gaps[0]!.recommendations;
    expect(seen.find((r) => r['option'] === 'AUGMENTATION')).toEqual({
      option: 'AUGMENTATION',
      state: 'ACCEPTED',
      decisionNote: null,
      noteToClient: 'We start with a senior engineer for three releases.',
      decisionRecordId: null,
    });
    expect(seen.find((r) => r['option'] === 'HIRE')).toMatchObject({ state: 'REJECTED', decisionNote: null, noteToClient: null });
    expect(JSON.stringify(client.data)).not.toContain('INTERNAL');
    // The decision log itself stays closed to the client.
    expect(codeOf(await ctx.api.gql(`{ allDecisionRecords { id noteToClient } }`, {}, { as: Role.CLIENT }))).toBe('FORBIDDEN');
  });

  it('a decision record takes a note to the client of its own, editable', async () => {
    const [engagement] = await ctx.api.dataSource.query(
      `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed", stage, urgency, horizon, "budgetBand") VALUES ($1, $2, 'Hiring plan', 'N', 'ACTIVE', 'LOW', 'TEMPORARY', 'FROM_50K_TO_150K') RETURNING id`,
      [ctx.seeded.clientId, ctx.seeded.users.CONSULTANT],
    );
    const created = await ctx.api.gql<{ createDecisionRecord: { id: string; noteToClient: string | null } }>(
      `mutation($e: ID!) { createDecisionRecord(engagementId: $e, title: "Pause hiring", context: "Budget freeze", decision: "No hire until Q3", reversibility: TWO_WAY, noteToClient: "We revisit hiring in Q3.") { id noteToClient } }`,
      { e: engagement.id },
      { as: Role.CONSULTANT },
    );
    expect(created.data!.createDecisionRecord.noteToClient).toBe('We revisit hiring in Q3.');
    const updated = await ctx.api.gql(`mutation($id: ID!) { updateDecisionRecord(id: $id, noteToClient: null) { noteToClient } }`, { id: created.data!.createDecisionRecord.id }, { as: Role.CONSULTANT });
    expect(updated.data).toEqual({ updateDecisionRecord: { noteToClient: null } });
    const tooLong = await ctx.api.gql(`mutation($id: ID!, $n: String) { updateDecisionRecord(id: $id, noteToClient: $n) { id } }`, { id: created.data!.createDecisionRecord.id, n: 'x'.repeat(2001) }, { as: Role.CONSULTANT });
    expect(tooLong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { noteToClient: expect.any(String) } });
  });

  it('the client dashboard shows their own client only: published reports, their invitations with why they closed, engagements', async () => {
    const globexId = await moreUsers();
    // Northwind: one published report, one scored (not yet published).
    const published = await scored('Release baseline');
    await ctx.api.gql(PUBLISH, { id: published.assessmentId }, { as: Role.CONSULTANT });
    await scored('Second look');
    // Globex: an engagement the Northwind user must never see.
    await ctx.api.dataSource.query(
      `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed", stage, urgency, horizon, "budgetBand") VALUES ($1, $2, 'Globex secret', 'N', 'ACTIVE', 'LOW', 'TEMPORARY', 'FROM_50K_TO_150K')`,
      [globexId, ctx.seeded.users.CONSULTANT],
    );
    const res = await ctx.api.gql<{ clientDashboard: { reports: unknown[]; invitations: { assessmentTitle: string }[]; engagements: { title: string; stage: string }[] } }>(DASHBOARD, {}, { as: Role.CLIENT });
    expect(res.errors).toBeUndefined();
    expect(res.data!.clientDashboard.reports).toEqual([{ assessmentId: published.assessmentId, title: 'Release baseline', engagementTitle: 'Engagement for Release baseline' }]);
    // The CTO (cto@northwind.example) answered both; both closed after she submitted.
    expect(res.data!.clientDashboard.invitations.map((i) => i.assessmentTitle).sort()).toEqual(['Release baseline', 'Second look']);
    expect(res.data!.clientDashboard.invitations.every((i) => (i as unknown as { status: string; closedNote: string | null }).status === 'SUBMITTED')).toBe(true);
    // Opening an assessment moved each engagement to ASSESSING; Globex's never shows.
    expect([...res.data!.clientDashboard.engagements].sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      { title: 'Engagement for Release baseline', stage: 'ASSESSING' },
      { title: 'Engagement for Second look', stage: 'ASSESSING' },
    ]);

    expect(codeOf(await ctx.api.gql(DASHBOARD, {}, { as: Role.RECRUITER }))).toBe('FORBIDDEN');
    expect(codeOf(await ctx.api.gql(DASHBOARD, {}, { as: Role.CONSULTANT }))).toBe('FORBIDDEN');
    expect(codeOf(await ctx.api.gql(DASHBOARD, {}))).toBe('UNAUTHENTICATED');
  });

  it('"My assessments" says why a closed invitation cannot be answered', async () => {
    const { assessmentId } = await openAssessmentWithResponses(ctx.api, ctx.seeded, 'Release baseline');
    // The CLIENT user (cto@northwind.example) submitted in the fixture; invite her on a second one and save a draft only.
    const second = await openAssessmentWithResponses(ctx.api, ctx.seeded, 'Draft only');
    await ctx.api.dataSource.query(`DELETE FROM response WHERE "invitationId" IN (SELECT id FROM invitation WHERE "assessmentId" = $1 AND email = 'cto@northwind.example')`, [second.assessmentId]);
    await ctx.api.dataSource.query(`UPDATE invitation SET status = 'STARTED', "submittedAt" = NULL, "startedAt" = now() WHERE "assessmentId" = $1 AND email = 'cto@northwind.example'`, [second.assessmentId]);
    const third = await openAssessmentWithResponses(ctx.api, ctx.seeded, 'Never started');
    await ctx.api.dataSource.query(`DELETE FROM response WHERE "invitationId" IN (SELECT id FROM invitation WHERE "assessmentId" = $1 AND email = 'cto@northwind.example')`, [third.assessmentId]);
    await ctx.api.dataSource.query(`UPDATE invitation SET status = 'PENDING', "submittedAt" = NULL, "startedAt" = NULL WHERE "assessmentId" = $1 AND email = 'cto@northwind.example'`, [third.assessmentId]);
    for (const id of [assessmentId, second.assessmentId, third.assessmentId]) await ctx.api.gql(CLOSE, { id, reason: 'Due' }, { as: Role.CONSULTANT });
    const [{ closedAt }] = await ctx.api.dataSource.query(`SELECT "closedAt" FROM assessment WHERE id = $1`, [second.assessmentId]);
    const on = formatDay(isoDay(closedAt));

    const mine = await ctx.api.gql<{ myInvitations: { assessmentTitle: string; status: string; closedNote: string | null }[] }>(
      `{ myInvitations { assessmentTitle status closedNote } }`,
      {},
      { as: Role.CLIENT },
    );
    const byTitle = Object.fromEntries(mine.data!.myInvitations.map((i) => [i.assessmentTitle, i]));
    expect(byTitle['Release baseline']).toEqual({ assessmentTitle: 'Release baseline', status: 'SUBMITTED', closedNote: null });
    expect(byTitle['Draft only']).toEqual({ assessmentTitle: 'Draft only', status: 'EXPIRED', closedNote: `Closed on ${on} before your draft was submitted: it was not counted.` });
    expect(byTitle['Never started']).toEqual({ assessmentTitle: 'Never started', status: 'EXPIRED', closedNote: `Closed on ${on} — you had not started.` });
  });

  describe('through the real worker', () => {
    let worker: WorkerProcess | undefined;
    afterEach(async () => {
      await worker?.stop('SIGKILL');
      worker = undefined;
    });

    it('publishing e-mails each active CLIENT user of the client once through the outbox and rings their bell once; re-publishing tells nobody again', async () => {
      await moreUsers();
      const { assessmentId } = await scored();
      clearMails();
      worker = await WorkerProcess.start();
      expect((await ctx.api.gql(PUBLISH, { id: assessmentId }, { as: Role.CONSULTANT })).data).toEqual({ publishAssessmentReport: { status: 'PUBLISHED' } });
      const events = await ctx.api.dataSource.query(
        `SELECT u.email FROM outbox_event o JOIN app_user u ON u.id = (o.payload->>'userId')::uuid WHERE o.type = 'report.published' ORDER BY u.email`,
      );
      expect(events).toEqual([{ email: 'cto@northwind.example' }, { email: 'ops@northwind.example' }]);
      const published = () => sentMails().filter((m) => m.subject === 'Northwind Logistics: the report "Release baseline" is ready');
      await waitFor(() => (published().length === 2 ? true : undefined), 'two report e-mails');

      // Re-publishing is refused and writes nothing: no second e-mail, no second bell item.
      expect(codeOf(await ctx.api.gql(PUBLISH, { id: assessmentId }, { as: Role.CONSULTANT }))).toBe('CONFLICT');
      await waitForNoPendingJobs([QueueName.NOTIFICATION], assessmentId, 'the report e-mails to finish');
      expect(published().map((m) => m.to).sort()).toEqual(['cto@northwind.example', 'ops@northwind.example']);
      const bells = await ctx.api.dataSource.query(
        `SELECT u.email, n.title, n.link FROM notification n JOIN app_user u ON u.id = n."userId" WHERE n."sourceKey" = $1 ORDER BY u.email`,
        [`report-published:${assessmentId}`],
      );
      expect(bells).toEqual([
        { email: 'cto@northwind.example', title: 'Report published: "Release baseline"', link: `/reports/${assessmentId}` },
        { email: 'ops@northwind.example', title: 'Report published: "Release baseline"', link: `/reports/${assessmentId}` },
      ]);
      const inbox = await ctx.api.gql<{ myInbox: { unread: number; latest: { title: string }[] } }>(`{ myInbox { unread latest { title } } }`, {}, { as: Role.CLIENT });
      expect(inbox.data!.myInbox.latest.filter((n) => n.title === 'Report published: "Release baseline"')).toHaveLength(1);
    });
  });
});
