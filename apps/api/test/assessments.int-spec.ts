import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { QueueName, Role, daysFromToday, DAY_MS, formatDay } from '@orchestra/shared';
import { Queue } from 'bullmq';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { issueInvitationToken } from '../src/modules/assessment/invitation-tokens.js';
import { codeOf, useTestApi, type GqlResult } from './support/harness.js';
import { clearMails, sentMails, waitFor, waitForNoPendingJobs, WorkerProcess } from './support/worker-process.js';

const CREATE = `mutation($engagementId: ID!, $templateId: ID!, $title: String!, $dueDate: String!, $minRespondents: Int) {
  createAssessment(engagementId: $engagementId, templateId: $templateId, title: $title, dueDate: $dueDate, minRespondents: $minRespondents) {
    id status clientId dueDate minRespondents targets { capabilityKey target } } }`;
const INVITE = `mutation($assessmentId: ID!, $contactId: ID, $email: String, $name: String, $respondentRole: RespondentRole!) {
  createInvitation(assessmentId: $assessmentId, contactId: $contactId, email: $email, name: $name, respondentRole: $respondentRole) { id email name status } }`;
const OPEN = `mutation($id: ID!, $key: String) { openAssessment(id: $id, idempotencyKey: $key) { id status openedAt } }`;
const CLOSE = `mutation($id: ID!, $force: Boolean, $reason: String) { closeAssessment(id: $id, force: $force, reason: $reason) { id status closeReason } }`;
const VIEW = `query($token: String!) { invitationByToken(token: $token) {
  status assessmentStatus respondentName respondentRole clientName engagementTitle assessmentTitle dueDate anonymityThreshold estimatedMinutes questionCount
  areas { name capabilities { name levels } questions { id type options { key score } allowsDontKnow } } answers { questionId scale choices text dontKnow } savedAt submittedAt } }`;
const SAVE = `mutation($token: String!, $answers: [AnswerInput!]!) { saveResponseDraft(token: $token, answers: $answers) { status answered questionCount } }`;
const SUBMIT = `mutation($token: String!, $answers: [AnswerInput!]!, $key: String!) {
  submitResponse(token: $token, answers: $answers, idempotencyKey: $key) { status answered questionCount submittedAt } }`;

interface ViewQuestion {
  id: string;
  type: string;
  options: { key: string; score: number }[];
  allowsDontKnow: boolean;
}
interface View {
  invitationByToken: {
    status: string;
    areas: { name: string; capabilities: { name: string; levels: string[] }[]; questions: ViewQuestion[] }[];
    answers: { questionId: string; scale: number | null }[];
    [k: string]: unknown;
  };
}

describe('Assessments, invitations and the respondent journey', () => {
  const ctx = useTestApi();
  let engagementId: string;
  let notification: Queue;

  beforeAll(() => {
    notification = new Queue(QueueName.NOTIFICATION, { connection: { url: process.env['REDIS_URL'] }, prefix: process.env['QUEUE_PREFIX'] });
  });
  afterAll(() => notification.close());

  beforeEach(async () => {
    [{ id: engagementId }] = await ctx.api.dataSource.query(
      `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed") VALUES ($1, $2, 'Platform team rescue', 'No one owns architecture') RETURNING id`,
      [ctx.seeded.clientId, ctx.seeded.users.CONSULTANT],
    );
    clearMails();
  });

  const create = async (vars: Record<string, unknown> = {}) => {
    const res = await ctx.api.gql<{ createAssessment: { id: string; targets: { capabilityKey: string; target: number }[] } & Record<string, unknown> }>(
      CREATE,
      { engagementId, templateId: ctx.seeded.templateId, title: 'Baseline', dueDate: daysFromToday(10), ...vars },
      { as: Role.CONSULTANT },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createAssessment;
  };
  const invite = async (assessmentId: string, email: string, respondentRole = 'ENGINEER', name: string | null = null) => {
    const res = await ctx.api.gql<{ createInvitation: { id: string } }>(INVITE, { assessmentId, email, respondentRole, name }, { as: Role.CONSULTANT });
    expect(res.errors).toBeUndefined();
    return res.data!.createInvitation.id;
  };
  /** An OPEN assessment with one invitation and a link token for it (issued as the worker would). */
  const openWithToken = async (email = 'eng@northwind.example') => {
    const assessment = await create();
    const invitationId = await invite(assessment.id, email, 'ENGINEER', 'Erin Engineer');
    expect((await ctx.api.gql(OPEN, { id: assessment.id }, { as: Role.CONSULTANT })).errors).toBeUndefined();
    const token = await ctx.api.dataSource.transaction((m) => issueInvitationToken(m, invitationId, daysFromToday(10), false));
    return { assessmentId: assessment.id, invitationId, token };
  };
  const questionsOf = async (token: string) => {
    const res = await ctx.api.gql<View>(VIEW, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.invitationByToken.areas.flatMap((a) => a.questions);
  };
  const scaleAnswers = (questions: ViewQuestion[], n: number, value = 3) =>
    questions.filter((q) => q.type === 'SCALE').slice(0, n).map((q) => ({ questionId: q.id, scale: value }));
  const reasonOf = (res: GqlResult) => (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;

  describe('creating and planning', () => {
    it('creates a DRAFT with a target per capability from the framework defaults', async () => {
      const a = await create();
      expect(a).toMatchObject({ status: 'DRAFT', clientId: ctx.seeded.clientId, dueDate: daysFromToday(10), minRespondents: 3 });
      expect(a.targets).toHaveLength(25);
      expect(a.targets.find((t) => t.capabilityKey === 'release-practice')).toEqual({ capabilityKey: 'release-practice', target: 4 });
      expect(a.targets.find((t) => t.capabilityKey === 'technology-choices')).toEqual({ capabilityKey: 'technology-choices', target: 3 });
    });

    it('sets targets per capability, refusing levels outside 1–5 and capabilities of another framework', async () => {
      const a = await create();
      const [cap] = await ctx.api.dataSource.query(`SELECT id FROM capability WHERE key = 'release-practice'`);
      const SET = `mutation($id: ID!, $targets: [AssessmentTargetInput!]!) { setAssessmentTargets(id: $id, targets: $targets) { targets { capabilityKey target } } }`;
      const ok = await ctx.api.gql<{ setAssessmentTargets: { targets: { capabilityKey: string; target: number }[] } }>(
        SET,
        { id: a.id, targets: [{ capabilityId: cap.id, target: 5 }] },
        { as: Role.CONSULTANT },
      );
      expect(ok.data!.setAssessmentTargets.targets.find((t) => t.capabilityKey === 'release-practice')!.target).toBe(5);
      const high = await ctx.api.gql(SET, { id: a.id, targets: [{ capabilityId: cap.id, target: 6 }] }, { as: Role.CONSULTANT });
      expect(high.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'targets.0.target': 'must be a whole level from 1 to 5' } });
      const stranger = '00000000-0000-4000-8000-000000000000';
      const unknown = await ctx.api.gql(SET, { id: a.id, targets: [{ capabilityId: stranger, target: 2 }] }, { as: Role.CONSULTANT });
      expect(unknown.errors![0]!.extensions).toMatchObject({ fields: { 'targets.0.capabilityId': `is not a capability of this assessment's framework (${stranger})` } });
    });

    it.each([
      ['a due date in the past', { dueDate: '2020-01-01' }, { dueDate: 'must be today or later (got 2020-01-01)' }],
      ['an unknown engagement', { engagementId: '00000000-0000-4000-8000-000000000000' }, { engagementId: 'does not match any engagement (00000000-0000-4000-8000-000000000000)' }],
      ['no respondents', { minRespondents: 0 }, { minRespondents: 'must be at least 1' }],
      ['an empty title', { title: ' ' }, { title: 'must not be empty' }],
    ] as [string, Record<string, unknown>, Record<string, string>][])('refuses %s with BAD_USER_INPUT and writes nothing', async (_l, override, fields) => {
      const res = await ctx.api.gql(CREATE, { engagementId, templateId: ctx.seeded.templateId, title: 'Baseline', dueDate: daysFromToday(10), ...override }, { as: Role.CONSULTANT });
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields });
      const [row] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM assessment`);
      expect(row.n).toBe(0);
    });

    it('refuses a template of a DRAFT framework', async () => {
      const COPY = `mutation($id: ID!) { newCapabilityFrameworkVersion(id: $id) { id version status } }`;
      const copy = await ctx.api.gql<{ newCapabilityFrameworkVersion: { id: string; version: number; status: string } }>(COPY, { id: ctx.seeded.frameworkId }, { as: Role.ADMIN });
      expect(copy.data!.newCapabilityFrameworkVersion).toMatchObject({ version: 2, status: 'DRAFT' });
      const [template] = await ctx.api.dataSource.query(`SELECT id FROM assessment_template WHERE "frameworkId" = $1`, [copy.data!.newCapabilityFrameworkVersion.id]);
      const res = await ctx.api.gql(CREATE, { engagementId, templateId: template.id, title: 'T', dueDate: daysFromToday(5) }, { as: Role.CONSULTANT });
      expect(res.errors![0]!.extensions).toMatchObject({ fields: { templateId: 'belongs to Engineering Orchestration v2, which is a draft: publish it first' } });
    });
  });

  describe('opening and closing', () => {
    it('cannot open without invitations', async () => {
      const a = await create();
      const res = await ctx.api.gql(OPEN, { id: a.id }, { as: Role.CONSULTANT });
      expect(res.errors![0]).toMatchObject({ message: 'Assessment "Baseline" has no invitations: invite at least one person before opening it.', extensions: { code: 'CONFLICT' } });
    });

    it('opens: sends every invitation through the outbox, schedules two reminders, moves the engagement to ASSESSING; a retry with the key replays', async () => {
      const a = await create();
      await invite(a.id, 'cto@northwind.example', 'CTO');
      await invite(a.id, 'eng@northwind.example', 'ENGINEER');
      const first = await ctx.api.gql<{ openAssessment: { status: string } }>(OPEN, { id: a.id, key: 'open-1' }, { as: Role.CONSULTANT });
      expect(first.data!.openAssessment.status).toBe('OPEN');
      const again = await ctx.api.gql(OPEN, { id: a.id, key: 'open-1' }, { as: Role.CONSULTANT });
      expect(again.data).toEqual(first.data);
      const events = await ctx.api.dataSource.query(`SELECT type, count(*)::int AS n FROM outbox_event GROUP BY type ORDER BY type`);
      expect(events).toEqual([
        { type: 'assessment.due-scheduled', n: 1 },
        { type: 'assessment.reminder-scheduled', n: 2 },
        { type: 'invitation.email-requested', n: 2 },
      ]);
      const [engagement] = await ctx.api.dataSource.query(`SELECT stage FROM engagement WHERE id = $1`, [engagementId]);
      expect(engagement.stage).toBe('ASSESSING');
      const timeline = await ctx.api.dataSource.query(`SELECT "fromStage", "toStage", note FROM engagement_stage_change WHERE "engagementId" = $1`, [engagementId]);
      expect(timeline).toEqual([{ fromStage: 'LEAD', toStage: 'ASSESSING', note: 'Assessment "Baseline" opened' }]);
      const twice = await ctx.api.gql(OPEN, { id: a.id }, { as: Role.CONSULTANT });
      expect(codeOf(twice)).toBe('CONFLICT');
    });

    it('cannot close with no submitted response unless forced with a reason; closing expires the unanswered invitations and cancels reminders', async () => {
      const { assessmentId, invitationId } = await openWithToken();
      const plain = await ctx.api.gql(CLOSE, { id: assessmentId }, { as: Role.CONSULTANT });
      expect(plain.errors![0]).toMatchObject({
        message: 'Assessment "Baseline" has no submitted response yet: wait for one, or close with force and a reason.',
        extensions: { code: 'CONFLICT' },
      });
      const noReason = await ctx.api.gql(CLOSE, { id: assessmentId, force: true }, { as: Role.CONSULTANT });
      expect(noReason.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: 'is required: say why the assessment is closed now (e.g. "Enough responses to score")' } });
      const forced = await ctx.api.gql(CLOSE, { id: assessmentId, force: true, reason: 'Client paused the engagement' }, { as: Role.CONSULTANT });
      expect(forced.data).toEqual({ closeAssessment: { id: assessmentId, status: 'CLOSED', closeReason: 'Client paused the engagement' } });
      const [inv] = await ctx.api.dataSource.query(`SELECT status FROM invitation WHERE id = $1`, [invitationId]);
      expect(inv.status).toBe('EXPIRED');
      const cancels = await ctx.api.dataSource.query(`SELECT payload->>'queue' AS queue FROM outbox_event WHERE type = 'job.cancelled' ORDER BY queue`);
      expect(cancels).toEqual([{ queue: 'assessment' }, { queue: 'notification' }, { queue: 'notification' }]);
      // Closing starts the finalise workflow, in the same transaction.
      const [closed] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'assessment.closed' AND payload->>'assessmentId' = $1`, [assessmentId]);
      expect(closed.n).toBe(1);
    });
  });

  describe('invitations', () => {
    it("invites a contact of the client by id, refuses another client's contact and a second invitation of the same e-mail", async () => {
      const a = await create();
      const [contact] = await ctx.api.dataSource.query(`INSERT INTO contact ("clientId", name, email) VALUES ($1, 'Nina Product', 'nina@northwind.example') RETURNING id`, [
        ctx.seeded.clientId,
      ]);
      const res = await ctx.api.gql(INVITE, { assessmentId: a.id, contactId: contact.id, respondentRole: 'PRODUCT' }, { as: Role.CONSULTANT });
      expect(res.data).toMatchObject({ createInvitation: { email: 'nina@northwind.example', name: 'Nina Product', status: 'PENDING' } });
      const [globex] = await ctx.api.dataSource.query(`INSERT INTO client (name) VALUES ('Globex') RETURNING id`);
      const [foreign] = await ctx.api.dataSource.query(`INSERT INTO contact ("clientId", name, email) VALUES ($1, 'G', 'g@globex.example') RETURNING id`, [globex.id]);
      const bad = await ctx.api.gql(INVITE, { assessmentId: a.id, contactId: foreign.id, respondentRole: 'CTO' }, { as: Role.CONSULTANT });
      expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { contactId: `is not a contact of this assessment's client (${foreign.id})` } });
      const dup = await ctx.api.gql(INVITE, { assessmentId: a.id, email: 'NINA@northwind.example', respondentRole: 'PRODUCT' }, { as: Role.CONSULTANT });
      expect(dup.errors![0]).toMatchObject({ message: 'nina@northwind.example is already invited to "Baseline".', extensions: { code: 'CONFLICT' } });
      const none = await ctx.api.gql(INVITE, { assessmentId: a.id, respondentRole: 'CTO' }, { as: Role.CONSULTANT });
      expect(none.errors![0]!.extensions).toMatchObject({ fields: { email: 'is required when no contactId is given' } });
    });

    it('shows progress per respondent role, in a constant number of SQL statements per list', async () => {
      const { assessmentId, token } = await openWithToken();
      await invite(assessmentId, 'cto@northwind.example', 'CTO');
      const questions = await questionsOf(token);
      await ctx.api.gql(SUBMIT, { token, answers: scaleAnswers(questions, 3), key: 'k' });
      const PROGRESS = `query($perPage: Int) { allAssessments(perPage: $perPage) { title progress { invited started submitted rate byRole { respondentRole invited submitted } } targets { target } engagement { title } } }`;
      const res = await ctx.api.gql<{ allAssessments: { progress: unknown }[] }>(PROGRESS, { perPage: 10 }, { as: Role.CONSULTANT });
      expect(res.data!.allAssessments[0]!.progress).toEqual({
        invited: 2,
        started: 0,
        submitted: 1,
        rate: 0.5,
        byRole: [
          { respondentRole: 'CTO', invited: 1, submitted: 0 },
          { respondentRole: 'ENGINEER', invited: 1, submitted: 1 },
        ],
      });
      for (let i = 0; i < 12; i++) await create({ title: `Wave ${i}` });
      const token2 = await ctx.api.tokenFor(Role.CONSULTANT);
      // The user check is cached after a token's first request (UserAccess): count the steady state.
      await ctx.api.gql(`{ me { id } }`, {}, { token: token2 });
      const statements = async (perPage: number) => {
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        const r = await ctx.api.gql<{ allAssessments: unknown[] }>(PROGRESS, { perPage }, { token: token2 });
        const n = spy.mock.calls.length;
        spy.mockRestore();
        expect(r.data!.allAssessments).toHaveLength(Math.min(perPage, 13));
        return n;
      };
      expect(await statements(13)).toBe(await statements(5));
      expect(await statements(5)).toBe(4); // the list, progress, targets, engagements
    });
  });

  describe('answering by link', () => {
    it("shows the respondent their questionnaire, area by area, with the client's and engagement's names and nothing of other respondents", async () => {
      const { token } = await openWithToken();
      const res = await ctx.api.gql<View>(VIEW, { token });
      const view = res.data!.invitationByToken;
      expect(view).toMatchObject({
        status: 'PENDING',
        assessmentStatus: 'OPEN',
        respondentName: 'Erin Engineer',
        respondentRole: 'ENGINEER',
        clientName: 'Northwind Logistics',
        engagementTitle: 'Platform team rescue',
        assessmentTitle: 'Baseline',
        anonymityThreshold: 3,
        questionCount: 59,
        answers: [],
      });
      expect(view.areas).toHaveLength(8);
      expect(view.areas[0]!.capabilities[0]!.levels).toHaveLength(5);
      expect(view.areas.reduce((n, a) => n + a.questions.length, 0)).toBe(59);
    });

    it('autosaves a partial draft (STARTED) and finds it again; answers that do not fit are BAD_USER_INPUT naming the question', async () => {
      const { token, invitationId } = await openWithToken();
      const questions = await questionsOf(token);
      const draft = scaleAnswers(questions, 4, 2);
      const saved = await ctx.api.gql(SAVE, { token, answers: draft });
      expect(saved.data).toEqual({ saveResponseDraft: { status: 'STARTED', answered: 4, questionCount: 59 } });
      const again = await ctx.api.gql<View>(VIEW, { token });
      expect(again.data!.invitationByToken.status).toBe('STARTED');
      expect(again.data!.invitationByToken.answers.map((a) => [a.questionId, a.scale])).toEqual(draft.map((a) => [a.questionId, 2]));

      const scale = questions.find((q) => q.type === 'SCALE')!;
      const multi = questions.find((q) => q.type === 'MULTI')!;
      const [keys] = await ctx.api.dataSource.query(`SELECT (SELECT key FROM question WHERE id = $1) AS s, (SELECT key FROM question WHERE id = $2) AS m`, [scale.id, multi.id]);
      const bad = await ctx.api.gql(SAVE, {
        token,
        answers: [
          { questionId: scale.id, scale: 7 },
          { questionId: multi.id, scale: 2 },
        ],
      });
      expect(bad.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { [`answers.${keys.s}`]: 'scale must be a whole number from 1 to 5 (got 7)', [`answers.${keys.m}`]: 'is a multiple choice question: send choices, not scale' },
      });
      const onScale = await ctx.api.gql(SAVE, { token, answers: [{ questionId: scale.id, choices: ['1', '2'] }] });
      expect(onScale.errors![0]!.extensions).toMatchObject({ fields: { [`answers.${keys.s}`]: 'is a scale question: send scale (1–5), not choices' } });
      const [row] = await ctx.api.dataSource.query(`SELECT jsonb_array_length(answers) AS n FROM response WHERE "invitationId" = $1`, [invitationId]);
      expect(row.n).toBe(4);
    });

    it('submits once: the same key replays, another key is CONFLICT, and the answers never change', async () => {
      const { token, invitationId } = await openWithToken();
      const questions = await questionsOf(token);
      const answers = [...scaleAnswers(questions, 5, 4), { questionId: questions.find((q) => q.type === 'TEXT')!.id, text: 'We roll back by hand.' }];
      const first = await ctx.api.gql<{ submitResponse: Record<string, unknown> }>(SUBMIT, { token, answers, key: 'submit-1' });
      expect(first.data!.submitResponse).toMatchObject({ status: 'SUBMITTED', answered: 6, questionCount: 59 });
      const replay = await ctx.api.gql(SUBMIT, { token, answers: [], key: 'submit-1' });
      expect(replay.data).toEqual(first.data);
      const other = await ctx.api.gql(SUBMIT, { token, answers, key: 'submit-2' });
      expect(other.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_SUBMITTED' });
      const draft = await ctx.api.gql(SAVE, { token, answers: [] });
      expect(draft.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_SUBMITTED' });
      const [row] = await ctx.api.dataSource.query(`SELECT jsonb_array_length(answers) AS n, "submittedAt" IS NOT NULL AS done FROM response WHERE "invitationId" = $1`, [
        invitationId,
      ]);
      expect(row).toEqual({ n: 6, done: true });
      const view = await ctx.api.gql<View>(VIEW, { token });
      expect(view.data!.invitationByToken.status).toBe('SUBMITTED');
    });

    it('refuses to submit an empty draft (no answers, or only blank ones) and keeps the invitation open', async () => {
      const { token, invitationId } = await openWithToken();
      const questions = await questionsOf(token);
      const text = questions.find((q) => q.type === 'TEXT')!;
      expect((await ctx.api.gql(SAVE, { token, answers: [] })).errors).toBeUndefined();
      for (const answers of [[], [{ questionId: text.id, text: '   ' }]]) {
        const res = await ctx.api.gql(SUBMIT, { token, answers, key: 'empty' });
        expect(res.errors![0]).toMatchObject({
          message: 'Invalid input: answers are empty: answer at least one question before submitting.',
          extensions: { code: 'BAD_USER_INPUT', fields: { answers: 'are empty: answer at least one question before submitting' } },
        });
      }
      const [invitation] = await ctx.api.dataSource.query(`SELECT status, "submittedAt" FROM invitation WHERE id = $1`, [invitationId]);
      expect(invitation).toEqual({ status: 'STARTED', submittedAt: null });
      // One answer is enough.
      const one = await ctx.api.gql(SUBMIT, { token, answers: scaleAnswers(questions, 1, 3), key: 'one' });
      expect(one.data).toMatchObject({ submitResponse: { status: 'SUBMITTED', answered: 1 } });
    });

    it('twenty identical submits at once write exactly one response and all answer the same', async () => {
      const { token } = await openWithToken();
      const answers = scaleAnswers(await questionsOf(token), 3);
      const results = await Promise.all(Array.from({ length: 20 }, () => ctx.api.gql(SUBMIT, { token, answers, key: 'double-click' })));
      for (const r of results) expect(r.errors).toBeUndefined();
      expect(new Set(results.map((r) => JSON.stringify(r.data))).size).toBe(1);
      const [row] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM response`);
      expect(row.n).toBe(1);
    });

    it('answers unknown, replaced and expired links and a closed assessment with clear codes', async () => {
      const { token, invitationId, assessmentId } = await openWithToken();
      const unknown = await ctx.api.gql(VIEW, { token: 'x'.repeat(43) });
      expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'TOKEN_UNKNOWN' });
      const bad = await ctx.api.gql(VIEW, { token: 'short' });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');

      // Re-sending rotates: the old link stops working, the new one works.
      const fresh = await ctx.api.dataSource.transaction((m) => issueInvitationToken(m, invitationId, daysFromToday(10), true));
      expect(reasonOf(await ctx.api.gql(VIEW, { token }))).toBe('TOKEN_UNKNOWN');
      expect((await ctx.api.gql(VIEW, { token: fresh })).errors).toBeUndefined();

      await ctx.api.dataSource.query(`UPDATE invitation_token SET "expiresAt" = now() - interval '1 minute' WHERE "invitationId" = $1`, [invitationId]);
      const expired = await ctx.api.gql(VIEW, { token: fresh });
      expect(expired.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOKEN_EXPIRED' });

      await ctx.api.dataSource.query(`UPDATE invitation_token SET "expiresAt" = now() + interval '1 day' WHERE "invitationId" = $1`, [invitationId]);
      await ctx.api.dataSource.query(`UPDATE assessment SET status = 'CLOSED' WHERE id = $1`, [assessmentId]);
      const closed = await ctx.api.gql(SAVE, { token: fresh, answers: [] });
      expect(closed.errors![0]).toMatchObject({ message: '"Baseline" is closed: answers are no longer accepted.', extensions: { code: 'CONFLICT', reason: 'ASSESSMENT_CLOSED' } });
    });

    it("a token reaches only its own invitation: another respondent's draft is untouched", async () => {
      const mine = await openWithToken('eng@northwind.example');
      const [otherInvitation] = await ctx.api.dataSource.query(
        `INSERT INTO invitation ("clientId", "assessmentId", email, "respondentRole", status) VALUES ($1, $2, 'other@northwind.example', 'CTO', 'PENDING') RETURNING id`,
        [ctx.seeded.clientId, mine.assessmentId],
      );
      const otherToken = await ctx.api.dataSource.transaction((m) => issueInvitationToken(m, otherInvitation.id, daysFromToday(10), false));
      const questions = await questionsOf(mine.token);
      await ctx.api.gql(SAVE, { token: otherToken, answers: scaleAnswers(questions, 2, 5) });
      await ctx.api.gql(SAVE, { token: mine.token, answers: scaleAnswers(questions, 1, 1) });
      const theirs = await ctx.api.gql<View>(VIEW, { token: otherToken });
      expect(theirs.data!.invitationByToken.answers.map((a) => a.scale)).toEqual([5, 5]);
      expect(theirs.data!.invitationByToken['respondentRole']).toBe('CTO');
    });

    it('limits requests per link', async () => {
      const { token } = await openWithToken();
      const limit = Number(process.env['RESPOND_MAX_PER_TOKEN'] ?? 120);
      const LIGHT = `mutation($token: String!) { saveResponseDraft(token: $token, answers: []) { answered } }`;
      for (let i = 0; i < limit; i++) expect((await ctx.api.gql(LIGHT, { token })).errors).toBeUndefined();
      const over = await ctx.api.gql(LIGHT, { token });
      expect(codeOf(over)).toBe('RATE_LIMITED');
    });
  });

  describe('a signed-in client user', () => {
    it('sees the assessments addressed to their e-mail and answers through a link of their own', async () => {
      const { assessmentId } = await openWithToken('cto@northwind.example');
      const MINE = `{ myInvitations { id status assessmentStatus assessmentTitle engagementTitle dueDate } }`;
      const mine = await ctx.api.gql<{ myInvitations: { id: string }[] }>(MINE, {}, { as: Role.CLIENT });
      expect(mine.data!.myInvitations).toEqual([
        expect.objectContaining({ status: 'PENDING', assessmentStatus: 'OPEN', assessmentTitle: 'Baseline', engagementTitle: 'Platform team rescue', dueDate: daysFromToday(10) }),
      ]);
      const START = `mutation($id: ID!) { startMyInvitation(id: $id) { token } }`;
      const link = await ctx.api.gql<{ startMyInvitation: { token: string } }>(START, { id: mine.data!.myInvitations[0]!.id }, { as: Role.CLIENT });
      const view = await ctx.api.gql<View>(VIEW, { token: link.data!.startMyInvitation.token });
      expect(view.data!.invitationByToken['assessmentTitle']).toBe('Baseline');

      // Nobody else can use it: another signed-in user does not see it, and staff have no "mine".
      expect((await ctx.api.gql<{ myInvitations: unknown[] }>(MINE, {}, { as: Role.ADMIN })).data!.myInvitations).toEqual([]);
      expect(codeOf(await ctx.api.gql(START, { id: mine.data!.myInvitations[0]!.id }, { as: Role.ADMIN }))).toBe('NOT_FOUND');
      expect(codeOf(await ctx.api.gql(MINE, {}, { as: Role.CONSULTANT }))).toBe('FORBIDDEN');
      // CLIENT users never read assessments or invitations as resources.
      for (const q of [`{ allAssessments { id } }`, `{ allInvitations { id } }`]) expect(codeOf(await ctx.api.gql(q, {}, { as: Role.CLIENT }))).toBe('FORBIDDEN');
      expect(codeOf(await ctx.api.gql(`query($id: ID!) { Assessment(id: $id) { id } }`, { id: assessmentId }, { as: Role.CLIENT }))).toBe('FORBIDDEN');
    });
  });

  it('is for ADMIN and CONSULTANT: RECRUITER and CLIENT are FORBIDDEN for every operation, anonymous UNAUTHENTICATED', async () => {
    const a = await create();
    const invitationId = await invite(a.id, 'x@northwind.example');
    const operations: [string, Record<string, unknown>][] = [
      [`query($id: ID!) { Assessment(id: $id) { id } }`, { id: a.id }],
      [`{ allAssessments { id } _allAssessmentsMeta { count } }`, {}],
      [CREATE, { engagementId, templateId: ctx.seeded.templateId, title: 'T', dueDate: daysFromToday(3) }],
      [`mutation($id: ID!) { updateAssessment(id: $id, title: "X") { id } }`, { id: a.id }],
      [OPEN, { id: a.id }],
      [CLOSE, { id: a.id }],
      [`mutation($id: ID!) { deleteAssessment(id: $id) { id } }`, { id: a.id }],
      [INVITE, { assessmentId: a.id, email: 'y@northwind.example', respondentRole: 'CTO' }],
      [`query($id: ID!) { Invitation(id: $id) { id } }`, { id: invitationId }],
      [`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, { id: invitationId }],
      [`mutation($id: ID!) { deleteInvitation(id: $id) { id } }`, { id: invitationId }],
    ];
    for (const [query, vars] of operations) {
      for (const role of [Role.RECRUITER, Role.CLIENT]) expect([query, role, codeOf(await ctx.api.gql(query, vars, { as: role }))]).toEqual([query, role, 'FORBIDDEN']);
      expect(codeOf(await ctx.api.gql(query, vars))).toBe('UNAUTHENTICATED');
    }
    const [row] = await ctx.api.dataSource.query(`SELECT (SELECT count(*) FROM assessment)::int AS a, (SELECT count(*) FROM invitation)::int AS i, (SELECT status FROM assessment LIMIT 1) AS s`);
    expect(row).toEqual({ a: 1, i: 1, s: 'DRAFT' });
  });

  describe('through the real worker', () => {
    let worker: WorkerProcess | undefined;
    afterEach(async () => {
      await worker?.stop('SIGKILL');
      worker = undefined;
    });
    const mailsTo = (email: string) => sentMails().filter((m) => m.to === email);

    it('e-mails each invitation with a working link; re-sending replaces the link', async () => {
      worker = await WorkerProcess.start();
      const a = await create();
      const invitationId = await invite(a.id, 'eng@northwind.example', 'ENGINEER', 'Erin Engineer');
      await ctx.api.gql(OPEN, { id: a.id }, { as: Role.CONSULTANT });
      const [mail] = await waitFor(() => (mailsTo('eng@northwind.example').length ? mailsTo('eng@northwind.example') : undefined), 'the invitation e-mail');
      expect(mail!.subject).toBe('Northwind Logistics: your view on "Baseline"');
      // Dates in words, roles as people say them.
      expect(mail!.text).toContain(`Please answer by ${formatDay(daysFromToday(10))}.`);
      expect(mail!.text).toContain('would like your view as an engineer.');
      const token = decodeURIComponent(/\/respond\/(.+)$/.exec(mail!.link!)![1]!);
      expect((await ctx.api.gql<View>(VIEW, { token })).data!.invitationByToken['respondentName']).toBe('Erin Engineer');
      await waitFor(async () => ((await ctx.api.dataSource.query(`SELECT "sentAt" FROM invitation WHERE id = $1`, [invitationId]))[0].sentAt ? true : undefined), 'sentAt');

      await ctx.api.gql(`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, { id: invitationId }, { as: Role.CONSULTANT });
      const second = await waitFor(() => (mailsTo('eng@northwind.example').length === 2 ? mailsTo('eng@northwind.example')[1] : undefined), 'the re-sent e-mail');
      const newToken = decodeURIComponent(/\/respond\/(.+)$/.exec(second.link!)![1]!);
      expect(reasonOf(await ctx.api.gql(VIEW, { token }))).toBe('TOKEN_UNKNOWN');
      expect((await ctx.api.gql(VIEW, { token: newToken })).errors).toBeUndefined();
    });

    it('reminds those who have not submitted as delayed jobs, and cancels the reminders on close', async () => {
      worker = await WorkerProcess.start();
      const a = await create({ dueDate: daysFromToday(5) });
      await invite(a.id, 'done@northwind.example', 'CTO');
      await invite(a.id, 'late@northwind.example', 'ENGINEER');
      await ctx.api.gql(OPEN, { id: a.id }, { as: Role.CONSULTANT });
      const [{ reminderEventIds }] = await ctx.api.dataSource.query(`SELECT "reminderEventIds" FROM assessment WHERE id = $1`, [a.id]);
      expect(reminderEventIds).toHaveLength(2);
      const jobs = await waitFor(async () => {
        const found = await Promise.all((reminderEventIds as string[]).map((id) => notification.getJob(id)));
        return found.every(Boolean) ? found : undefined;
      }, 'the two delayed reminder jobs');
      for (const job of jobs) expect(await job!.getState()).toBe('delayed');
      // 3 days and 1 day before the due date (5 days out), at the reminder hour, whatever the time of day now.
      const [{ due }] = await ctx.api.dataSource.query(`SELECT to_char("dueDate", 'YYYY-MM-DD') AS due FROM assessment WHERE id = $1`, [a.id]);
      const dueDay = Date.parse(`${due}T${String(ctx.api.config.REMINDER_HOUR_UTC).padStart(2, '0')}:00:00.000Z`);
      const runsAt = jobs.map((j) => j!.timestamp + j!.delay).sort((x, y) => x - y);
      expect(runsAt).toEqual([dueDay - 3 * DAY_MS, dueDay - DAY_MS]);

      // One submits; the 3-days-before reminder is brought forward and reaches only the other.
      await waitFor(() => (mailsTo('done@northwind.example').length ? true : undefined), 'the invitation');
      const doneToken = decodeURIComponent(/\/respond\/(.+)$/.exec(mailsTo('done@northwind.example')[0]!.link!)![1]!);
      await ctx.api.gql(SUBMIT, { token: doneToken, answers: scaleAnswers(await questionsOf(doneToken), 2), key: 'k' });
      const early = jobs.find((j) => j!.data.daysBefore === 3)!;
      await early.promote();
      await waitFor(() => (mailsTo('late@northwind.example').some((m) => m.subject.startsWith('Reminder')) ? true : undefined), 'the reminder');
      await waitForNoPendingJobs([QueueName.NOTIFICATION], a.id, 'the reminder job to finish', [jobs.find((j) => j!.data.daysBefore === 1)!.id!]);
      expect(mailsTo('late@northwind.example').map((m) => m.subject)).toEqual(['Northwind Logistics: your view on "Baseline"', 'Reminder: "Baseline" is due in 3 days']);
      expect(mailsTo('done@northwind.example').map((m) => m.subject)).toEqual(['Northwind Logistics: your view on "Baseline"']);

      await ctx.api.gql(CLOSE, { id: a.id, reason: 'Enough responses' }, { as: Role.CONSULTANT });
      const late = jobs.find((j) => j!.data.daysBefore === 1)!;
      await waitFor(async () => ((await notification.getJob(late.id!)) ? undefined : true), 'the 1-day reminder to be removed');
    });
  });
});
