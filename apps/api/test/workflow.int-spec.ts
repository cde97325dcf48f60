import { afterEach, describe, expect, it } from '@jest/globals';
import { QueueName, Role, RULESET_VERSION } from '@orchestra/shared';
import { FlowProducer, Queue, type FlowJob } from 'bullmq';
import { openAssessmentWithResponses } from './support/assessment-fixture.js';
import { codeOf, useTestApi } from './support/harness.js';
import { GapEvidenceByQuestion1766750000000 } from '../src/core/database/migrations/1766750000000-gap-evidence-by-question.js';
import { UserAccess } from '../src/core/identity/auth/user-access.js';
import { MatchingService } from '../src/modules/matching/matching.service.js';
import { clearMails, sentMails, waitFor, WorkerProcess } from './support/worker-process.js';

const CLOSE = `mutation($id: ID!) { closeAssessment(id: $id, reason: "Enough responses") { status } }`;
const REPORT = `query($id: ID!) { assessmentReport(assessmentId: $id) {
  title status clientName summary { invited submitted gaps worstSeverity }
  areas { name current target } heatmap { columns { key } rows { capabilityName cells { column current respondents } } }
  gaps { id size severity current target capability { key name } evidence { questionId prompt respondentRole value answer quote }
    recommendations { id option score rank state reasons { code sentence inputs { name value } } } } } }`;

interface ReportGap {
  id: string;
  size: number;
  severity: number;
  capability: { key: string };
  evidence: { respondentRole: string; value: number | null; answer: string }[];
  recommendations: { id: string; option: string; score: number; rank: number; state: string; reasons: { code: string }[] }[];
}

describe('Finalising an assessment: scores, gaps, recommendations, report, decisions', () => {
  const ctx = useTestApi();

  /** The steps in order, in this process (the worker tests below run them through BullMQ). */
  const finalise = async (assessmentId: string) => {
    const steps = await ctx.api.finaliseSteps();
    await steps.scoreAndFindGaps(assessmentId);
    return (await steps.recommendAndReport(assessmentId)).scored;
  };
  const closedAndScored = async () => {
    const fixture = await openAssessmentWithResponses(ctx.api, ctx.seeded);
    await ctx.api.gql(CLOSE, { id: fixture.assessmentId }, { as: Role.CONSULTANT });
    expect(await finalise(fixture.assessmentId)).toBe(true);
    return fixture;
  };
  const report = async (assessmentId: string, as: Role = Role.CONSULTANT) =>
    ctx.api.gql<{ assessmentReport: { status: string; gaps: ReportGap[] } & Record<string, unknown> }>(REPORT, { id: assessmentId }, { as });

  it('scores with the hand-worked numbers, finds the one gap with its evidence, and ranks its options', async () => {
    const { assessmentId } = await closedAndScored();
    const [score] = await ctx.api.dataSource.query(
      `SELECT s.current::float, s.spread::float, s.coverage::float, s.confidence::float, s."respondentCount", s."byRole"
         FROM capability_score s JOIN capability c ON c.id = s."capabilityId" WHERE s."assessmentId" = $1 AND c.key = 'release-practice'`,
      [assessmentId],
    );
    // current = (2.428571 + 1.0) / 2 = 1.71; spread = 0.714286 → 0.71; coverage = 5 valued / (2 × 3) = 0.83;
    // confidence = 0.8333 × min(1, 2/3) × (1 − 0.714286/4) = 0.46.
    expect(score).toEqual({
      current: 1.71,
      spread: 0.71,
      coverage: 0.83,
      confidence: 0.46,
      respondentCount: 2,
      byRole: [
        { respondentRole: 'CTO', current: 2.43, respondents: 1 },
        { respondentRole: 'ENGINEER', current: 1, respondents: 1 },
      ],
    });
    const [others] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM capability_score WHERE "assessmentId" = $1 AND current IS NULL`, [assessmentId]);
    expect(others.n).toBe(24); // nobody answered the other capabilities: no value, no gap

    const res = await report(assessmentId);
    const r = res.data!.assessmentReport;
    expect(r).toMatchObject({ status: 'SCORED', clientName: 'Northwind Logistics', summary: { invited: 2, submitted: 2, gaps: 1, worstSeverity: 4.31 } });
    expect(r.gaps).toHaveLength(1);
    const gap = r.gaps[0]!;
    // size = 4 − 1.71 = 2.29 → 2.3; severity = 2.3 × weight 1.5 × HIGH 1.25 = 4.3125 → 4.31
    expect(gap).toMatchObject({ size: 2.3, severity: 4.31, current: 1.71, target: 4, capability: { key: 'release-practice' } });
    expect(gap.evidence.map((e) => [e.respondentRole, e.value])).toEqual([
      ['ENGINEER', 1],
      ['ENGINEER', 1],
      ['CTO', 2],
      ['CTO', 2],
      ['CTO', 3],
      ['ENGINEER', null],
    ]);
    expect(gap.evidence.at(-1)!.answer).toBe("Don't know");
    // rules-2026.12.1: low confidence (0.46 < 0.6) → REVIEW +50: 60; PRACTICE, TEMPORARY → AUGMENTATION +40: 50 (no size
    // bonus on uncertain evidence); HIRE 10; SPECIALIST_TEAM 10 − 40 (budget below 150k) → 0 (HIRE ahead of it on cost).
    expect(gap.recommendations.map((o) => [o.option, o.score, o.rank, o.state])).toEqual([
      ['REVIEW', 60, 1, 'PROPOSED'],
      ['AUGMENTATION', 50, 2, 'PROPOSED'],
      ['HIRE', 10, 3, 'PROPOSED'],
      ['SPECIALIST_TEAM', 0, 4, 'PROPOSED'],
    ]);
    expect(gap.recommendations[0]!.reasons.map((x) => x.code)).toContain('LOW_CONFIDENCE');
    expect(gap.recommendations[3]!.reasons.map((x) => x.code)).toContain('BUDGET');
    // The first option states its evidence, citing the lowest answers (prompts and answer labels, no seat, no quote).
    const evidence = gap.recommendations[0]!.reasons.find((x) => x.code === 'EVIDENCE') as { sentence: string } | undefined;
    expect(evidence?.sentence).toMatch(/^The evidence is uncertain: 2 respondents, confidence 0\.46, spread 0\.71; weighing most: “.+”\.$/);
    expect(evidence?.sentence).not.toMatch(/ENGINEER|CTO/);

    // Stored recommendations carry their rule set; re-running the step on undecided options writes the current one.
    const versions = () => ctx.api.dataSource.query(`SELECT DISTINCT "rulesetVersion" AS v FROM recommendation WHERE "assessmentId" = $1`, [assessmentId]);
    expect(await versions()).toEqual([{ v: RULESET_VERSION }]);
    await ctx.api.dataSource.query(`UPDATE recommendation SET "rulesetVersion" = 'rules-2026.11.1' WHERE "assessmentId" = $1`, [assessmentId]);
    await (await ctx.api.finaliseSteps()).recommendAndReport(assessmentId);
    expect(await versions()).toEqual([{ v: RULESET_VERSION }]);

    // Stored grouped by question: each prompt once, its answers in response order, a quote only when given.
    const [{ evidence: storedShape }] = await ctx.api.dataSource.query(`SELECT evidence FROM capability_gap WHERE "assessmentId" = $1`, [assessmentId]);
    const groups = storedShape as { questionId: string; prompt: string; answers: Record<string, unknown>[] }[];
    expect(groups.map((g) => g.answers.length).reduce((a, b) => a + b, 0)).toBe(6);
    expect(new Set(groups.map((g) => g.questionId)).size).toBe(groups.length);
    expect(groups.flatMap((g) => g.answers).every((a) => Object.keys(a).every((k) => ['respondentRole', 'value', 'answer', 'quote'].includes(k)) && a.quote !== null)).toBe(true);

    // The options cite the stored evidence grouped in SQL: identical answers (prompt and label) counted
    // once, lowest value first and then the first answered (questionnaire, then response order),
    // "don't know", text-only answers and quotes never cited. Hand-made to test that.
    const question = (prompt: string, ...answers: [answer: string, value: number | null, quote?: string][]) => ({
      questionId: '00000000-0000-4000-8000-000000000001',
      prompt,
      answers: answers.map(([answer, value, quote]) => ({ respondentRole: 'ENGINEER', value, answer, ...(quote ? { quote } : {}) })),
    });
    const cited = async (evidence: object[]) => {
      await ctx.api.dataSource.query(`UPDATE capability_gap SET evidence = $2::jsonb WHERE "assessmentId" = $1`, [assessmentId, JSON.stringify(evidence)]);
      await (await ctx.api.finaliseSteps()).recommendAndReport(assessmentId);
      const [{ reasons }] = await ctx.api.dataSource.query(`SELECT reasons FROM recommendation WHERE "assessmentId" = $1 AND rank = 1`, [assessmentId]);
      return (reasons as { code: string; sentence: string }[]).find((x) => x.code === 'EVIDENCE')?.sentence;
    };
    expect(
      await cited([
        question('Who approves a release?', ["Don't know", null]),
        question('Why did the last release fail?', ['', null, 'Nobody owns the pipeline']),
        question('Who decides a rollback?', ['Nobody in particular', 1]),
        question('Is there a runbook?', ['Yes, current', 4], ['An old one', 2]),
        question('How often does a release fail?', ['Most weeks', 1], ['Most weeks', 1], ['Most weeks', 1]),
      ]),
    ).toBe(
      'The evidence is uncertain: 2 respondents, confidence 0.46, spread 0.71; weighing most: “Who decides a rollback?” — “Nobody in particular”; “How often does a release fail?” — “Most weeks” (3 answers); “Is there a runbook?” — “An old one”.',
    );
    // An earlier run's evidence, one item per answer (lowest value first), is cited the same way.
    const item = (prompt: string, answer: string, value: number | null, quote: string | null = null) => ({
      questionId: '00000000-0000-4000-8000-000000000001', prompt, respondentRole: 'ENGINEER', value, answer, quote,
    });
    expect(
      await cited([
        item('Who approves a release?', "Don't know", null),
        item('Why did the last release fail?', '', null, 'Nobody owns the pipeline'),
        item('How often does a release fail?', 'Most weeks', 1),
        item('Who decides a rollback?', 'Nobody in particular', 1),
        item('How often does a release fail?', 'Most weeks', 1),
        item('Is there a runbook?', 'An old one', 2),
        item('How often does a release fail?', 'Most weeks', 1),
        item('Is there a runbook?', 'Yes, current', 4),
      ]),
    ).toBe(
      'The evidence is uncertain: 2 respondents, confidence 0.46, spread 0.71; weighing most: “How often does a release fail?” — “Most weeks” (3 answers); “Who decides a rollback?” — “Nobody in particular”; “Is there a runbook?” — “An old one”.',
    );
  });

  it("regroups an earlier run's evidence by question in its migration, reads it the same, and its down migration restores it", async () => {
    const { assessmentId } = await closedAndScored();
    const read = async () => (await report(assessmentId)).data!.assessmentReport.gaps[0]!.evidence;
    const before = await read();
    const stored = () => ctx.api.dataSource.query(`SELECT evidence FROM capability_gap WHERE "assessmentId" = $1`, [assessmentId]).then((r: { evidence: unknown }[]) => r[0]!.evidence);
    const runner = ctx.api.dataSource.createQueryRunner();
    try {
      await new GapEvidenceByQuestion1766750000000().down(runner);
      const flat = (await stored()) as { questionId: string; prompt: string; value: number | null; quote: unknown }[];
      expect(flat).toHaveLength(6);
      expect(flat.map((e) => e.value)).toEqual([1, 1, 2, 2, 3, null]);
      expect(flat.every((e) => typeof e.prompt === 'string' && e.prompt.length > 0 && 'quote' in e)).toBe(true);
      expect(await read()).toEqual(before);
      // Regrouped from the value-sorted items: a question's answers lowest first, which reads the same.
      await new GapEvidenceByQuestion1766750000000().up(runner);
      const grouped = (await stored()) as { prompt: string; answers: { value: number | null }[] }[];
      expect(grouped.map((g) => g.answers.map((a) => a.value))).toEqual([[1, 3], [1, 2], [2, null]]);
      expect(await read()).toEqual(before);
      await new GapEvidenceByQuestion1766750000000().up(runner); // already grouped: nothing changes
      expect(await stored()).toEqual(grouped);
    } finally {
      await runner.release();
    }
    expect(await read()).toEqual(before);
  });

  it("compresses the gaps' evidence and the report with lz4, as the migration set (a server without lz4 keeps pglz)", async () => {
    const { assessmentId } = await closedAndScored();
    const lz4 = await ctx.api.dataSource.query(`SELECT set_config('default_toast_compression', 'lz4', true)`).then(() => true, () => false);
    const columns = await ctx.api.dataSource.query(
      `SELECT c.relname AS table, a.attname AS column, a.attcompression AS method
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        WHERE (c.relname, a.attname) IN (('capability_gap', 'evidence'), ('assessment_report', 'data')) ORDER BY 1`,
    );
    expect(columns).toEqual([
      { table: 'assessment_report', column: 'data', method: lz4 ? 'l' : '' },
      { table: 'capability_gap', column: 'evidence', method: lz4 ? 'l' : '' },
    ]);
    // A value large enough to be compressed (the bench's gaps carry ~12 kB each) is stored with lz4.
    const answers = Array.from({ length: 200 }, (_, i) => ({ questionId: assessmentId, prompt: `How often does release ${i % 7} fail?`, respondentRole: 'ENGINEER', value: 1, answer: 'Most weeks', quote: null }));
    await ctx.api.dataSource.query(`UPDATE capability_gap SET evidence = $2::jsonb WHERE "assessmentId" = $1`, [assessmentId, JSON.stringify(answers)]);
    const [stored] = await ctx.api.dataSource.query(`SELECT pg_column_compression(evidence) AS method FROM capability_gap WHERE "assessmentId" = $1`, [assessmentId]);
    expect(stored.method).toBe(lz4 ? 'lz4' : 'pglz');
  });

  it('is idempotent: running every step again changes no row and writes nothing twice', async () => {
    const { assessmentId } = await closedAndScored();
    const snapshot = () =>
      ctx.api.dataSource.query(
        `SELECT (SELECT count(*) FROM capability_score WHERE "assessmentId" = $1)::int AS scores,
                (SELECT count(*) FROM capability_gap WHERE "assessmentId" = $1)::int AS gaps,
                (SELECT count(*) FROM recommendation WHERE "assessmentId" = $1)::int AS recommendations,
                (SELECT count(*) FROM notification)::int AS notifications,
                (SELECT count(*) FROM outbox_event WHERE type = 'assessment.scored')::int AS scored,
                (SELECT string_agg(option || rank, ',' ORDER BY option) FROM recommendation WHERE "assessmentId" = $1) AS ranks`,
        [assessmentId],
      );
    const before = await snapshot();
    expect(before[0]).toMatchObject({ scores: 25, gaps: 1, recommendations: 4, notifications: 1, scored: 1 });
    expect(await finalise(assessmentId)).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('shows the report to CLIENT users of the client only once published', async () => {
    const { assessmentId } = await closedAndScored();
    expect(codeOf(await report(assessmentId, Role.CLIENT))).toBe('NOT_FOUND');
    const PUBLISH = `mutation($id: ID!) { publishAssessmentReport(id: $id) { status publishedAt } }`;
    expect(codeOf(await ctx.api.gql(PUBLISH, { id: assessmentId }, { as: Role.CLIENT }))).toBe('FORBIDDEN');
    const published = await ctx.api.gql(PUBLISH, { id: assessmentId }, { as: Role.CONSULTANT });
    expect(published.data).toMatchObject({ publishAssessmentReport: { status: 'PUBLISHED' } });
    expect(codeOf(await ctx.api.gql(PUBLISH, { id: assessmentId }, { as: Role.CONSULTANT }))).toBe('CONFLICT');

    const seen = await report(assessmentId, Role.CLIENT);
    expect(seen.data!.assessmentReport).toMatchObject({ status: 'PUBLISHED', summary: { gaps: 1 } });
    expect(seen.data!.assessmentReport.gaps[0]!.recommendations).toHaveLength(4);
    const list = await ctx.api.gql(`{ publishedReports { assessmentId title } }`, {}, { as: Role.CLIENT });
    expect(list.data).toEqual({ publishedReports: [{ assessmentId, title: 'Release baseline' }] });

    // A CLIENT user of another client sees nothing of it.
    const [globex] = await ctx.api.dataSource.query(`INSERT INTO client (name) VALUES ('Globex') RETURNING id`);
    await ctx.api.dataSource.query(`UPDATE app_user SET "clientId" = $1 WHERE id = $2`, [globex.id, ctx.seeded.users.CLIENT]);
    // Changed behind UserService's back: announce it as UserService.update does.
    await ctx.api.app.get(UserAccess).changed(ctx.seeded.users.CLIENT);
    expect(codeOf(await report(assessmentId, Role.CLIENT))).toBe('NOT_FOUND');
    expect((await ctx.api.gql(`{ publishedReports { assessmentId } }`, {}, { as: Role.CLIENT })).data).toEqual({ publishedReports: [] });
    expect(codeOf(await report(assessmentId, Role.RECRUITER))).toBe('FORBIDDEN');
  });

  it('accepts, overrides and rejects with decision records; staffing options draft roles from the capability skills', async () => {
    const { assessmentId, engagementId } = await closedAndScored();
    const gap = (await report(assessmentId)).data!.assessmentReport.gaps[0]!;
    const byOption = Object.fromEntries(gap.recommendations.map((o) => [o.option, o.id]));
    const ACCEPT = `mutation($id: ID!, $note: String) { acceptRecommendation(id: $id, note: $note) { state decisionNote decisionRecordId draftedRoles { id title status } } }`;

    const accepted = await ctx.api.gql<{ acceptRecommendation: { state: string; decisionRecordId: string; draftedRoles: { id: string; title: string; status: string }[] } }>(
      ACCEPT,
      { id: byOption['AUGMENTATION'], note: 'Coach the team through the next three releases.' },
      { as: Role.CONSULTANT },
    );
    expect(accepted.data!.acceptRecommendation).toMatchObject({ state: 'ACCEPTED', decisionNote: 'Coach the team through the next three releases.' });
    // The answer names the role it drafted, in plain words, as a DRAFT for a recruiter to review.
    const drafted = accepted.data!.acceptRecommendation.draftedRoles;
    expect(drafted).toEqual([{ id: expect.any(String), title: 'Lead engineer — Release practice', status: 'DRAFT' }]);
    expect(codeOf(await ctx.api.gql(ACCEPT, { id: byOption['AUGMENTATION'] }, { as: Role.CONSULTANT }))).toBe('CONFLICT');

    const overridden = await ctx.api.gql(
      `mutation($gap: ID!) { overrideRecommendation(gapId: $gap, option: HIRE, reason: "They want this in-house for good.") { state option } }`,
      { gap: gap.id },
      { as: Role.CONSULTANT },
    );
    expect(overridden.data).toEqual({ overrideRecommendation: { state: 'OVERRIDDEN', option: 'HIRE' } });
    const noReason = await ctx.api.gql(`mutation($id: ID!) { rejectRecommendation(id: $id, reason: " ") { state } }`, { id: byOption['REVIEW'] }, { as: Role.CONSULTANT });
    expect(noReason.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: 'must not be empty' } });
    const rejected = await ctx.api.gql(`mutation($id: ID!) { rejectRecommendation(id: $id, reason: "Reviewed last quarter already.") { state } }`, { id: byOption['REVIEW'] }, { as: Role.CONSULTANT });
    expect(rejected.data).toEqual({ rejectRecommendation: { state: 'REJECTED' } });

    const decisions = await ctx.api.dataSource.query(`SELECT title, reversibility FROM decision_record WHERE "engagementId" = $1 ORDER BY "createdAt", title`, [engagementId]);
    expect(decisions).toEqual([
      { title: 'Augmentation for Release practice', reversibility: 'TWO_WAY' },
      { title: 'Hire for Release practice, over the ranking', reversibility: 'ONE_WAY' },
      { title: 'Not Review for Release practice', reversibility: 'TWO_WAY' },
    ]);
    const roles = await ctx.api.gql<{ allRoles: { title: string; optionType: string; permanent: boolean; seniority: string; allocation: number; requiredSkills: { skill: string; minLevel: number; mustHave: boolean }[] }[] }>(
      `query($e: ID!) { allRoles(filter: { engagementId: $e }, sortField: "title") { title optionType permanent seniority allocation requiredSkills { skill minLevel mustHave } } }`,
      { e: engagementId },
      { as: Role.RECRUITER },
    );
    const [skills] = await ctx.api.dataSource.query(`SELECT skills FROM capability WHERE key = 'release-practice' AND "frameworkId" = $1`, [ctx.seeded.frameworkId]);
    expect(roles.data!.allRoles).toEqual([
      {
        title: 'Lead engineer — Release practice',
        optionType: 'AUGMENTATION',
        permanent: false,
        seniority: 'LEAD',
        allocation: 80,
        requiredSkills: (skills.skills as string[]).map((skill, i) => ({ skill, minLevel: 4, mustHave: i < 2 })),
      },
      expect.objectContaining({ title: 'Lead engineer, permanent hire — Release practice', optionType: 'HIRE', permanent: true }),
    ]);

    // A DRAFT role is not matched (nothing stored, not counted as open) until a recruiter opens it; nothing goes back to DRAFT.
    const roleId = drafted[0]!.id;
    const ROLE = `query($id: ID!) { Role(id: $id) { status matchCounts { stage count } } }`;
    expect((await ctx.api.gql(ROLE, { id: roleId }, { as: Role.RECRUITER })).data).toEqual({ Role: { status: 'DRAFT', matchCounts: [] } });
    const stored = await ctx.api.app.get(MatchingService).recomputeRole(roleId);
    expect(stored).toEqual({ stored: 0, removed: 0 });
    const SET_STATUS = `mutation($id: ID!, $status: RoleStatus) { updateRole(id: $id, status: $status) { status } }`;
    expect((await ctx.api.gql(SET_STATUS, { id: roleId, status: 'OPEN' }, { as: Role.RECRUITER })).data).toEqual({ updateRole: { status: 'OPEN' } });
    const back = await ctx.api.gql(SET_STATUS, { id: roleId, status: 'DRAFT' }, { as: Role.RECRUITER });
    expect(back.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { status: 'a role cannot go back to draft: cancel it instead' } });

    // The report names the drafted roles to staff; a CLIENT user reading the published report gets null, never the roles.
    const DRAFTED = `query($a: ID!) { assessmentReport(assessmentId: $a) { gaps { recommendations { option draftedRoles { title } } } } }`;
    const staff = await ctx.api.gql<{ assessmentReport: { gaps: { recommendations: { option: string; draftedRoles: { title: string }[] | null }[] }[] } }>(
      DRAFTED,
      { a: assessmentId },
      { as: Role.CONSULTANT },
    );
    const byOptionRoles = Object.fromEntries(staff.data!.assessmentReport.gaps[0]!.recommendations.map((r) => [r.option, r.draftedRoles]));
    expect(byOptionRoles).toEqual({
      REVIEW: [],
      AUGMENTATION: [{ title: 'Lead engineer — Release practice' }],
      HIRE: [{ title: 'Lead engineer, permanent hire — Release practice' }],
      SPECIALIST_TEAM: [],
    });
    const published = await ctx.api.gql(`mutation($id: ID!) { publishAssessmentReport(id: $id) { status } }`, { id: assessmentId }, { as: Role.CONSULTANT });
    expect(published.data).toEqual({ publishAssessmentReport: { status: 'PUBLISHED' } });
    const client = await ctx.api.gql<{ assessmentReport: { gaps: { recommendations: { draftedRoles: unknown }[] }[] } }>(DRAFTED, { a: assessmentId }, { as: Role.CLIENT });
    expect(client.errors).toBeUndefined();
    for (const r of client.data!.assessmentReport.gaps[0]!.recommendations) expect(r.draftedRoles).toBeNull();
  });

  it('keeps decisions to ADMIN and CONSULTANT, and refuses them before the assessment is scored', async () => {
    const { assessmentId } = await closedAndScored();
    const gap = (await report(assessmentId)).data!.assessmentReport.gaps[0]!;
    const id = gap.recommendations[0]!.id;
    for (const role of [Role.RECRUITER, Role.CLIENT]) {
      expect(codeOf(await ctx.api.gql(`mutation($id: ID!) { acceptRecommendation(id: $id) { state } }`, { id }, { as: role }))).toBe('FORBIDDEN');
      expect(codeOf(await ctx.api.gql(`{ allCapabilityGaps { id } }`, {}, { as: role }))).toBe('FORBIDDEN');
    }
    await ctx.api.dataSource.query(`UPDATE assessment SET status = 'CLOSED' WHERE id = $1`, [assessmentId]);
    const early = await ctx.api.gql(`mutation($id: ID!) { acceptRecommendation(id: $id) { state } }`, { id }, { as: Role.CONSULTANT });
    expect(early.errors![0]).toMatchObject({ message: 'Assessment "Release baseline" is closed: recommendations are decided once it is scored.', extensions: { code: 'CONFLICT' } });
  });

  it("shows each capability's trend across the engagement's scored assessments (a re-assessment is a new one)", async () => {
    const first = await closedAndScored();
    const again = await openAssessmentWithResponses(ctx.api, ctx.seeded, 'Release re-assessment', first.engagementId);
    // The re-assessment's CTO now releases several times a week (4): (4×1.5 + 2 + 2) / 3.5 = 2.857… → current (2.86 + 1) / 2 = 1.93.
    const [q1] = await ctx.api.dataSource.query(`SELECT id FROM question WHERE key = 'release-practice.q1' AND "templateId" = $1`, [ctx.seeded.templateId]);
    await ctx.api.dataSource.query(
      `UPDATE response r SET answers = jsonb_set(r.answers, '{0}', $2::jsonb) FROM invitation i
        WHERE i.id = r."invitationId" AND i."assessmentId" = $1 AND i."respondentRole" = 'CTO'`,
      [again.assessmentId, JSON.stringify({ questionId: q1.id, choices: ['several-times-a-week'] })],
    );
    await ctx.api.gql(CLOSE, { id: again.assessmentId }, { as: Role.CONSULTANT });
    await finalise(again.assessmentId);
    const res = await ctx.api.gql<{ engagementTrend: { capabilityKey: string; points: { title: string; current: number | null; target: number }[] }[] }>(
      `query($e: ID!) { engagementTrend(engagementId: $e) { capabilityKey points { title current target } } }`,
      { e: first.engagementId },
      { as: Role.CONSULTANT },
    );
    const release = res.data!.engagementTrend.find((t) => t.capabilityKey === 'release-practice')!;
    expect(release.points).toEqual([
      { title: 'Release baseline', current: 1.71, target: 4 },
      { title: 'Release re-assessment', current: 1.93, target: 4 },
    ]);
    expect(res.data!.engagementTrend).toHaveLength(25);
    expect(codeOf(await ctx.api.gql(`query($e: ID!) { engagementTrend(engagementId: $e) { capabilityKey } }`, { e: first.engagementId }, { as: Role.CLIENT }))).toBe('FORBIDDEN');
  });

  it('shows the ADMIN the queues and their failed jobs, and nobody else', async () => {
    const stats = await ctx.api.gql<{ queueStats: { name: string; failed: number }[] }>(`{ queueStats { name waiting active delayed failed completed } }`, {}, { as: Role.ADMIN });
    expect(stats.data!.queueStats.map((q) => q.name).sort()).toEqual(['assessment', 'maintenance', 'matching', 'notification']);
    // The queues are shared by the whole test run (other files leave failed jobs on purpose): the list agrees with the count.
    const failedCount = stats.data!.queueStats.find((q) => q.name === 'assessment')!.failed;
    const failed = await ctx.api.gql<{ failedJobs: { queue: string }[] }>(`{ failedJobs(queue: "assessment") { queue id } }`, {}, { as: Role.ADMIN });
    expect(failed.data!.failedJobs).toHaveLength(Math.min(failedCount, 25));
    for (const job of failed.data!.failedJobs) expect(job.queue).toBe('assessment');
    const unknownQueue = await ctx.api.gql(`{ failedJobs(queue: "nope") { id } }`, {}, { as: Role.ADMIN });
    expect(unknownQueue.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { queue: 'must be one of assessment, matching, notification, maintenance' } });
    expect(codeOf(await ctx.api.gql(`mutation { retryFailedJob(queue: "assessment", jobId: "missing") { id } }`, {}, { as: Role.ADMIN }))).toBe('NOT_FOUND');
    for (const role of [Role.CONSULTANT, Role.RECRUITER, Role.CLIENT]) expect(codeOf(await ctx.api.gql(`{ queueStats { name } }`, {}, { as: role }))).toBe('FORBIDDEN');
  });

  describe('through the real worker', () => {
    let worker: WorkerProcess | undefined;
    afterEach(async () => {
      await worker?.stop('SIGKILL');
      worker = undefined;
    });

    it('closing runs the flow: the run reaches 100%, the assessment is SCORED, the owner is told in the app and by e-mail', async () => {
      const { assessmentId } = await openAssessmentWithResponses(ctx.api, ctx.seeded);
      worker = await WorkerProcess.start();
      clearMails();
      await ctx.api.gql(CLOSE, { id: assessmentId }, { as: Role.CONSULTANT });
      const RUNS = `query($id: ID!) { allWorkflowRuns(filter: { subjectId: $id }) { status progress currentStep attempts error } }`;
      const run = await waitFor(async () => {
        const res = await ctx.api.gql<{ allWorkflowRuns: { status: string }[] }>(RUNS, { id: assessmentId }, { as: Role.CONSULTANT });
        const r = res.data?.allWorkflowRuns[0];
        return r?.status === 'SUCCEEDED' || r?.status === 'FAILED' ? r : undefined;
      }, 'the run to finish', 30_000);
      expect(run).toEqual({ status: 'SUCCEEDED', progress: 100, currentStep: 'recommend-and-report', attempts: 1, error: null });
      const [a] = await ctx.api.dataSource.query(`SELECT status FROM assessment WHERE id = $1`, [assessmentId]);
      expect(a.status).toBe('SCORED');
      const inbox = await ctx.api.gql(`{ myInbox { unread latest { title link } } }`, {}, { as: Role.CONSULTANT });
      expect(inbox.data).toEqual({ myInbox: { unread: 1, latest: [{ title: '"Release baseline" is scored', link: `/Assessment/${assessmentId}/show/report` }] } });
      const mail = await waitFor(() => sentMails().find((m) => m.to === 'consultant@orchestra.local'), 'the scored e-mail');
      expect(mail.subject).toBe('"Release baseline" is scored: 1 gap to review');
      // The relay started the run as it relayed the closing event (the run is named by it): no
      // start-finalise job in between, and the event is done once the flow is added.
      const [event] = await ctx.api.dataSource.query(
        `SELECT e.id, e."sentAt" IS NOT NULL AS sent, e."processedAt" IS NOT NULL AS processed, e."sendCount", (SELECT count(*)::int FROM workflow_run w WHERE w.id = e.id) AS runs
           FROM outbox_event e WHERE e.type = 'assessment.closed' AND e.payload->>'assessmentId' = $1`,
        [assessmentId],
      );
      expect(event).toMatchObject({ sent: true, processed: true, sendCount: 1, runs: 1 });
      const queue = new Queue(QueueName.ASSESSMENT, { connection: { url: process.env['REDIS_URL'] }, prefix: process.env['QUEUE_PREFIX'] });
      try {
        expect(await queue.getJob(event.id)).toBeUndefined();
        expect(await queue.getJob(`${event.id}.0.score-and-find-gaps`)).toBeDefined();
      } finally {
        await queue.close();
      }
    });

    it('a start-finalise job queued by an earlier release still starts its run, once', async () => {
      const { assessmentId } = await openAssessmentWithResponses(ctx.api, ctx.seeded);
      // Closed as the earlier release left it: the event relayed (sent) as a start-finalise job, not yet run.
      await ctx.api.dataSource.query(`UPDATE assessment SET status = 'CLOSED', "closedAt" = now(), "closeReason" = 'Before the upgrade' WHERE id = $1`, [assessmentId]);
      const [{ id: eventId }] = await ctx.api.dataSource.query(
        `INSERT INTO outbox_event (type, payload, "sentAt", "sendCount") VALUES ('assessment.closed', jsonb_build_object('assessmentId', $1::text), now(), 1) RETURNING id`,
        [assessmentId],
      );
      const queue = new Queue(QueueName.ASSESSMENT, { connection: { url: process.env['REDIS_URL'] }, prefix: process.env['QUEUE_PREFIX'] });
      try {
        await queue.add('start-finalise', { assessmentId, outboxEventId: eventId }, { jobId: eventId });
        worker = await WorkerProcess.start();
        const run = await waitFor(async () => {
          const [r] = await ctx.api.dataSource.query(`SELECT status, progress FROM workflow_run WHERE id = $1`, [eventId]);
          return r?.status === 'SUCCEEDED' || r?.status === 'FAILED' ? r : undefined;
        }, 'the run to finish', 30_000);
        expect(run).toEqual({ status: 'SUCCEEDED', progress: 100 });
        const job = await queue.getJob(eventId);
        expect(job?.returnvalue).toMatchObject({ runId: eventId });
      } finally {
        await queue.close();
      }
      const [event] = await ctx.api.dataSource.query(`SELECT "processedAt" IS NOT NULL AS processed, "sendCount" FROM outbox_event WHERE id = $1`, [eventId]);
      expect(event).toEqual({ processed: true, sendCount: 1 });
      const [{ status }] = await ctx.api.dataSource.query(`SELECT status FROM assessment WHERE id = $1`, [assessmentId]);
      expect(status).toBe('SCORED');
    });

    it('parks a closing event that cannot start a run, with what is wrong, and relays the next one', async () => {
      const { assessmentId } = await openAssessmentWithResponses(ctx.api, ctx.seeded);
      const missing = '00000000-0000-4000-8000-000000000001';
      const events = (await ctx.api.dataSource.query(
        `INSERT INTO outbox_event (type, payload) VALUES ('assessment.closed', jsonb_build_object('assessmentId', $1::text)), ('assessment.closed', '{"assessment": "x"}') RETURNING id`,
        [missing],
      )) as { id: string }[];
      worker = await WorkerProcess.start();
      await ctx.api.gql(CLOSE, { id: assessmentId }, { as: Role.CONSULTANT });
      await waitFor(async () => {
        const [a] = await ctx.api.dataSource.query(`SELECT status FROM assessment WHERE id = $1`, [assessmentId]);
        return a.status === 'SCORED' ? true : undefined;
      }, 'the closed assessment to be scored', 30_000);
      const parked = await ctx.api.dataSource.query(
        `SELECT "sentAt" IS NOT NULL AS sent, "failedAt" IS NOT NULL AS failed, error FROM outbox_event WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id)`,
        [events.map((e) => e.id)],
      );
      expect(parked).toEqual([
        { sent: false, failed: true, error: `Assessment ${missing} does not exist.` },
        { sent: false, failed: true, error: 'start-finalise has bad data: assessmentId is missing.' },
      ]);
      const [{ runs }] = await ctx.api.dataSource.query(`SELECT count(*)::int AS runs FROM workflow_run WHERE "subjectId" = $1`, [missing]);
      expect(runs).toBe(0);
    });

    it('completes a flow of the earlier five-step shape still queued at an upgrade, through the steps that now do its work', async () => {
      const { assessmentId } = await openAssessmentWithResponses(ctx.api, ctx.seeded);
      // Closed as the earlier version left it: its run started and its five jobs queued, nothing run yet.
      const [{ clientId }] = await ctx.api.dataSource.query(
        `UPDATE assessment SET status = 'CLOSED', "closedAt" = now(), "closeReason" = 'Before the upgrade' WHERE id = $1 RETURNING "clientId"`,
        [assessmentId],
      );
      const [{ id: runId }] = await ctx.api.dataSource.query(
        `INSERT INTO workflow_run (id, kind, "subjectType", "subjectId", "clientId", status, progress, attempts, "startedAt")
         VALUES (gen_random_uuid(), 'ASSESSMENT_FINALISE', 'Assessment', $1, $2, 'PENDING', 0, 1, now()) RETURNING id`,
        [assessmentId, clientId],
      );
      const names = ['aggregate-scores', 'compute-gaps', 'recommend-options', 'render-report', 'finalise-assessment'];
      const node = (i: number): FlowJob => ({
        name: names[i]!,
        queueName: QueueName.ASSESSMENT,
        data: { runId, assessmentId },
        opts: { jobId: `${runId}.0.${names[i]}`, ...(i < names.length - 1 ? { failParentOnFailure: true } : {}) },
        ...(i > 0 ? { children: [node(i - 1)] } : {}),
      });
      const flows = new FlowProducer({ connection: { url: process.env['REDIS_URL'] }, prefix: process.env['QUEUE_PREFIX'] });
      try {
        await flows.add(node(names.length - 1));
      } finally {
        await flows.close();
      }
      worker = await WorkerProcess.start();
      const run = await waitFor(async () => {
        const [r] = await ctx.api.dataSource.query(`SELECT status, progress, "currentStep", error FROM workflow_run WHERE id = $1`, [runId]);
        return r.status === 'SUCCEEDED' || r.status === 'FAILED' ? r : undefined;
      }, 'the earlier flow to finish', 30_000);
      expect(run).toEqual({ status: 'SUCCEEDED', progress: 100, currentStep: 'recommend-and-report', error: null });
      const [written] = await ctx.api.dataSource.query(
        `SELECT a.status, (SELECT count(*)::int FROM capability_gap WHERE "assessmentId" = a.id) AS gaps,
                (SELECT count(*)::int FROM notification WHERE "sourceKey" = 'assessment-scored:' || a.id) AS notifications
           FROM assessment a WHERE a.id = $1`,
        [assessmentId],
      );
      // Each pair of old jobs ran the same step twice: the same rows, one notification.
      expect(written).toEqual({ status: 'SCORED', gaps: 1, notifications: 1 });
    });

    it('the due date passing closes an open assessment by itself, which finalises it', async () => {
      const { assessmentId } = await openAssessmentWithResponses(ctx.api, ctx.seeded, 'Due today');
      worker = await WorkerProcess.start();
      const [{ dueEventId }] = await ctx.api.dataSource.query(`SELECT "dueEventId" FROM assessment WHERE id = $1`, [assessmentId]);
      const queue = new Queue(QueueName.ASSESSMENT, { connection: { url: process.env['REDIS_URL'] }, prefix: process.env['QUEUE_PREFIX'] });
      try {
        const job = await waitFor(async () => (await queue.getJob(dueEventId)) ?? undefined, 'the delayed due-date job');
        expect(await job.getState()).toBe('delayed');
        await job.promote(); // the end of the due date, now
        await waitFor(async () => {
          const [a] = await ctx.api.dataSource.query(`SELECT status, "closeReason" FROM assessment WHERE id = $1`, [assessmentId]);
          return a.status === 'SCORED' ? a : undefined;
        }, 'the assessment to close and be scored', 30_000);
        const [a] = await ctx.api.dataSource.query(`SELECT "closeReason" FROM assessment WHERE id = $1`, [assessmentId]);
        expect(a.closeReason).toBe('Closed on its due date.');
      } finally {
        await queue.close();
      }
    });
  });
});
