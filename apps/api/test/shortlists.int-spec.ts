import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { QueueName, Role, daysFromNow, daysFromToday, shortlistAlias } from '@orchestra/shared';
import { codeOf, useTestApi } from './support/harness.js';
import { createCandidate, platformRole } from './support/talent-fixture.js';
import { clearMails, sentMails, waitFor, waitForNoPendingJobs, WorkerProcess } from './support/worker-process.js';

// Client shortlists: what a CLIENT user reads of the candidates submitted to it (redacted, under
// an alias), their answer, and what the recruiter learns from it.

const SHORTLIST = `mutation($roleId: ID!, $candidateId: ID!) { shortlistCandidate(roleId: $roleId, candidateId: $candidateId) { id } }`;
const SUBMIT = `mutation($id: ID!, $contactIds: [ID!]!, $note: String!, $summary: String) {
  submitToClient(id: $id, contactIds: $contactIds, note: $note, summary: $summary) { id stage clientAlias clientSummary } }`;
const PROFILE_FIELDS = `id roleId roleTitle roleSeniority alias summary stage score submittedAt seniority availableFrom allocation rateAgainstBudget
  skills { skill level minLevel mustHave } factors { factor label detail } answer reason note slots answeredAt`;
const LIST = `query($filter: ShortlistProfileFilter) { allShortlistProfiles(filter: $filter, sortField: "alias", sortOrder: "ASC") { ${PROFILE_FIELDS} } _allShortlistProfilesMeta(filter: $filter) { count } }`;
const ONE = `query($id: ID!) { ShortlistProfile(id: $id) { ${PROFILE_FIELDS} } }`;
const ANSWER = `mutation($id: ID!, $answer: ShortlistAnswer!, $reason: ShortlistReason, $note: String, $slots: [DateTime!]) {
  answerShortlistProfile(id: $id, answer: $answer, reason: $reason, note: $note, slots: $slots) { id stage answer reason note slots answeredAt } }`;
const FEEDBACK = `query($id: ID!) { Role(id: $id) { shortlistFeedback { submitted answered interested notNow declined reasons { reason count } summary } } }`;
const MATCH = `query($id: ID!) { Match(id: $id) { stage clientAlias clientAnswer clientReason clientNote clientSlots stageChanges { toStage reason } } }`;

const D = daysFromToday(14);
/** Interview times in the coming days, on the hour. */
const slot = (days: number, hour: number) => {
  const d = daysFromNow(days);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

describe('Client shortlists: redacted profiles, the client’s answer, the recruiter’s feedback', () => {
  const ctx = useTestApi();
  let roleId: string;
  let ana: string;
  let ben: string;
  let ivy: string;

  const shortlist = async (candidateId: string) => {
    const res = await ctx.api.gql<{ shortlistCandidate: { id: string } }>(SHORTLIST, { roleId, candidateId }, { as: Role.RECRUITER });
    expect(res.errors).toBeUndefined();
    return res.data!.shortlistCandidate.id;
  };
  const submit = async (matchId: string, summary: string | null) => {
    const [contact] = (await ctx.api.dataSource.query(`INSERT INTO contact ("clientId", name, email) VALUES ($1, 'Alice Adams', $2) RETURNING id`, [
      ctx.seeded.clientId,
      `alice.${matchId.slice(0, 8)}@example.com`,
    ])) as { id: string }[];
    const res = await ctx.api.gql<{ submitToClient: { clientAlias: string } }>(SUBMIT, { id: matchId, contactIds: [contact!.id], note: 'Strong fit', summary }, { as: Role.RECRUITER });
    expect(res.errors).toBeUndefined();
    return res.data!.submitToClient.clientAlias;
  };
  /** A CLIENT user of another client, signed in. */
  const globexToken = async () => {
    const [{ id }] = await ctx.api.dataSource.query(`INSERT INTO client (name) VALUES ('Globex Corporation') RETURNING id`);
    await ctx.api.dataSource.query(
      `INSERT INTO app_user (email, name, role, "clientId", "passwordHash") SELECT 'it@globex.example', 'Globex IT', 'CLIENT', $1, "passwordHash" FROM app_user WHERE role = 'CLIENT'`,
      [id],
    );
    const login = await ctx.api.login('it@globex.example', 'orchestra-client-demo');
    return login.data!.login.accessToken;
  };

  beforeEach(async () => {
    roleId = await platformRole(ctx.api, ctx.seeded, {
      startDate: D,
      budgetMinMinor: 60000,
      skills: [
        { skill: 'Kubernetes', minLevel: 3, mustHave: true, weight: 2 },
        { skill: 'Go', minLevel: 3, mustHave: false, weight: 1 },
      ],
    });
    const spec = { availableFrom: D, phone: '+49 30 1234567', profileUrl: 'https://example.com/in/someone', location: 'Berlin', cvText: 'Worked at Initech on the payments platform' };
    ana = (await createCandidate(ctx.api, { ...spec, name: 'Ana Principal', dayRateMinor: 65000, skills: { Kubernetes: 4, Go: 3, SQL: 2 } })).id;
    ben = (await createCandidate(ctx.api, { ...spec, name: 'Ben Bench', dayRateMinor: 90000, skills: { Kubernetes: 3, Go: 4 } })).id;
    ivy = (await createCandidate(ctx.api, { ...spec, name: 'Ivy Associate', dayRateMinor: 70000, skills: { Kubernetes: 5 } })).id;
  });

  it('shows a CLIENT user only the submitted candidates of their client, under an alias, with nothing that names them', async () => {
    const anaMatch = await shortlist(ana);
    const benMatch = await shortlist(ben);
    await shortlist(ivy); // shortlisted, never submitted: the client never sees it
    expect(await submit(anaMatch, 'Ran the cluster migration at a logistics firm; calm under pressure.')).toBe(shortlistAlias(anaMatch, 0));
    expect(await submit(benMatch, null)).toBe(shortlistAlias(benMatch, 1));
    expect(shortlistAlias(anaMatch, 0)).toMatch(/^Candidate [A-Z]-10$/);

    const seen = await ctx.api.gql<{ allShortlistProfiles: Record<string, unknown>[]; _allShortlistProfilesMeta: { count: number } }>(LIST, {}, { as: Role.CLIENT });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!._allShortlistProfilesMeta).toEqual({ count: 2 });
    const [first, second] = [...seen.data!.allShortlistProfiles].sort((a, b) => String(a['alias']).localeCompare(String(b['alias']), 'en', { numeric: true }));
    const byId = Object.fromEntries(seen.data!.allShortlistProfiles.map((p) => [p['id'], p]));
    expect(new Set([first!['id'], second!['id']])).toEqual(new Set([anaMatch, benMatch]));
    expect(byId[anaMatch]).toMatchObject({
      roleId,
      roleTitle: 'Platform engineer',
      roleSeniority: 'SENIOR',
      alias: shortlistAlias(anaMatch, 0),
      summary: 'Ran the cluster migration at a logistics firm; calm under pressure.',
      stage: 'SUBMITTED',
      seniority: 'SENIOR',
      availableFrom: D,
      allocation: 100,
      rateAgainstBudget: '€650/day, within the €600–€800 budget',
      skills: [
        { skill: 'Kubernetes', level: 4, minLevel: 3, mustHave: true },
        { skill: 'Go', level: 3, minLevel: 3, mustHave: false },
        { skill: 'SQL', level: 2, minLevel: null, mustHave: false },
      ],
      answer: null,
      reason: null,
      slots: [],
      answeredAt: null,
    });
    expect((byId[anaMatch]!['factors'] as { label: string }[]).map((f) => f.label)).toEqual(['Skills', 'Seniority', 'Availability', 'Budget', 'Time zone']);
    expect(byId[benMatch]).toMatchObject({ summary: null, rateAgainstBudget: '€900/day, 13% above the €600–€800 budget' });
    // Nothing in what the client reads names the person, reaches them or shows their CV.
    const text = JSON.stringify(seen.data);
    for (const secret of ['Ana', 'Ben', 'Ivy', 'talent.example', '+49', 'example.com/in', 'Berlin', 'Initech', ana, ben, ivy]) expect(text).not.toContain(secret);
    // The type has no field for them either.
    const leak = await ctx.api.gql(`query($id: ID!) { ShortlistProfile(id: $id) { name } }`, { id: anaMatch }, { as: Role.CLIENT });
    expect(codeOf(leak)).toBe('BAD_USER_INPUT');

    // Filters: by role, awaiting an answer.
    expect((await ctx.api.gql<{ _allShortlistProfilesMeta: { count: number } }>(LIST, { filter: { roleId, awaiting: true } }, { as: Role.CLIENT })).data!._allShortlistProfilesMeta).toEqual({ count: 2 });
    expect((await ctx.api.gql<{ _allShortlistProfilesMeta: { count: number } }>(LIST, { filter: { awaiting: false } }, { as: Role.CLIENT })).data!._allShortlistProfilesMeta).toEqual({ count: 0 });
    expect(codeOf(await ctx.api.gql(LIST, { filter: { answer: 'MAYBE' } }, { as: Role.CLIENT }))).toBe('BAD_USER_INPUT');

    // Staff: the recruiter sees what the client sees; a consultant has no shortlist access.
    expect((await ctx.api.gql<{ _allShortlistProfilesMeta: { count: number } }>(LIST, {}, { as: Role.RECRUITER })).data!._allShortlistProfilesMeta).toEqual({ count: 2 });
    expect(codeOf(await ctx.api.gql(LIST, {}, { as: Role.CONSULTANT }))).toBe('FORBIDDEN');

    // Another client's user: nothing listed, and one record is not found.
    const token = await globexToken();
    expect((await ctx.api.gql(LIST, {}, { token })).data).toEqual({ allShortlistProfiles: [], _allShortlistProfilesMeta: { count: 0 } });
    expect(codeOf(await ctx.api.gql(ONE, { id: anaMatch }, { token }))).toBe('NOT_FOUND');
    expect(codeOf(await ctx.api.gql(ANSWER, { id: anaMatch, answer: 'NO', reason: 'BUDGET' }, { token }))).toBe('NOT_FOUND');
    // The pool stays closed to CLIENT users.
    expect(codeOf(await ctx.api.gql(`query($id: ID!) { Match(id: $id) { id } }`, { id: anaMatch }, { as: Role.CLIENT }))).toBe('FORBIDDEN');
    expect(codeOf(await ctx.api.gql(`{ allCandidates { id } }`, {}, { as: Role.CLIENT }))).toBe('FORBIDDEN');
  });

  it('takes an interview request and a decline on budget, moves both matches, keeps the answers and counts the reasons for the recruiter', async () => {
    const anaMatch = await shortlist(ana);
    const benMatch = await shortlist(ben);
    const ivyMatch = await shortlist(ivy);
    for (const id of [anaMatch, benMatch, ivyMatch]) await submit(id, null);
    const answer = (vars: Record<string, unknown>, as: Role = Role.CLIENT) => ctx.api.gql<{ answerShortlistProfile: Record<string, unknown> }>(ANSWER, vars, { as });

    // Bad input names the field and the fix, and writes nothing.
    const noSlots = await answer({ id: anaMatch, answer: 'INTERESTED' });
    expect(noSlots.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { slots: 'must propose 1 to 5 interview times' } });
    const past = await answer({ id: anaMatch, answer: 'INTERESTED', slots: [slot(-1, 10)] });
    expect(past.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { slots: 'must all be in the future' } });
    const far = await answer({ id: anaMatch, answer: 'INTERESTED', slots: [slot(120, 10)] });
    expect(far.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { slots: 'must all be within the next 90 days' } });
    const tooMany = await answer({ id: anaMatch, answer: 'INTERESTED', slots: [1, 2, 3, 4, 5, 6].map((d) => slot(d, 10)) });
    expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { slots: 'must propose at most 5 interview times' } });
    const noReason = await answer({ id: benMatch, answer: 'NO' });
    expect(noReason.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: 'is required to answer "No": pick the closest reason' } });
    const other = await answer({ id: benMatch, answer: 'NO', reason: 'OTHER', note: '  ' });
    expect(other.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { note: 'is required when the reason is "Other": say what it is' } });
    expect(codeOf(await answer({ id: benMatch, answer: 'NO', reason: 'PRICE' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await answer({ id: 'nope', answer: 'NO', reason: 'BUDGET' }))).toBe('BAD_USER_INPUT');
    // Only the client (and admins) answer: the recruiter and the consultant are refused.
    expect(codeOf(await answer({ id: benMatch, answer: 'NO', reason: 'BUDGET' }, Role.RECRUITER))).toBe('FORBIDDEN');
    expect(codeOf(await answer({ id: benMatch, answer: 'NO', reason: 'BUDGET' }, Role.CONSULTANT))).toBe('FORBIDDEN');
    const [{ n: untouched }] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM match WHERE "clientAnswer" IS NOT NULL OR stage <> 'SUBMITTED'`);
    expect(untouched).toBe(0);

    const slots = [slot(3, 14), slot(2, 9)];
    const interested = await answer({ id: anaMatch, answer: 'INTERESTED', note: 'Keen to meet', slots });
    expect(interested.errors).toBeUndefined();
    expect(interested.data!.answerShortlistProfile).toMatchObject({ stage: 'INTERVIEWING', answer: 'INTERESTED', reason: null, note: 'Keen to meet', slots: [slots[1], slots[0]] });
    const declined = await answer({ id: benMatch, answer: 'NO', reason: 'BUDGET', note: 'Above our band' });
    expect(declined.data!.answerShortlistProfile).toMatchObject({ stage: 'REJECTED', answer: 'NO', reason: 'BUDGET', note: 'Above our band', slots: [] });
    // "Not now" keeps the match submitted, and can still become a request or a no.
    expect((await answer({ id: ivyMatch, answer: 'NOT_NOW', reason: 'AVAILABILITY' })).data!.answerShortlistProfile).toMatchObject({ stage: 'SUBMITTED', answer: 'NOT_NOW' });

    // The matches carry the answers, and their history says who answered and why.
    const anaSeen = await ctx.api.gql<{ Match: Record<string, unknown> }>(MATCH, { id: anaMatch }, { as: Role.RECRUITER });
    expect(anaSeen.data!.Match).toMatchObject({
      stage: 'INTERVIEWING',
      clientAnswer: 'INTERESTED',
      clientNote: 'Keen to meet',
      clientSlots: [slots[1], slots[0]],
      stageChanges: [{ toStage: 'SHORTLISTED' }, { toStage: 'SUBMITTED' }, { toStage: 'INTERVIEWING', reason: 'Interview requested by Nora Northwind (CTO): Keen to meet' }],
    });
    const benSeen = await ctx.api.gql<{ Match: { stageChanges: { toStage: string; reason: string }[] } }>(MATCH, { id: benMatch }, { as: Role.RECRUITER });
    expect(benSeen.data!.Match.stageChanges.at(-1)).toEqual({ toStage: 'REJECTED', reason: 'Declined by Nora Northwind (CTO): Budget — Above our band' });

    // A profile that moved on cannot be answered again.
    const again = await answer({ id: benMatch, answer: 'INTERESTED', slots: [slot(4, 10)] });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0]!.message).toMatch(/^Candidate [A-Z]-11 is rejected already: the answer can no longer change\.$/);

    // The recruiter's counts per role.
    const feedback = await ctx.api.gql<{ Role: { shortlistFeedback: unknown } }>(FEEDBACK, { id: roleId }, { as: Role.RECRUITER });
    expect(feedback.data!.Role.shortlistFeedback).toEqual({
      submitted: 3,
      answered: 3,
      interested: 1,
      notNow: 1,
      declined: 1,
      reasons: [
        { reason: 'BUDGET', count: 1 },
        { reason: 'AVAILABILITY', count: 1 },
      ],
      summary: '1 of 3 declined or deferred on budget or availability; 1 asked for an interview',
    });

    // The recruiter who submitted them is told in the app, once per answer; each answer is audited.
    const bells = (await ctx.api.dataSource.query(`SELECT title, body, link FROM notification WHERE "userId" = $1 AND "sourceKey" LIKE 'shortlist-answer:%' ORDER BY "createdAt", title`, [
      ctx.seeded.users.RECRUITER,
    ])) as { title: string; body: string; link: string }[];
    expect(bells).toHaveLength(3);
    expect(bells[0]).toEqual({ title: `Interview requested: ${shortlistAlias(anaMatch, 0)} for "Platform engineer"`, body: 'Interview requested by Nora Northwind (CTO): Keen to meet', link: `/Role/${roleId}/show` });
    const events = await ctx.api.dataSource.query(`SELECT payload->>'matchId' AS "matchId" FROM outbox_event WHERE type = 'shortlist.answered' ORDER BY "createdAt"`);
    expect(events).toEqual([{ matchId: anaMatch }, { matchId: benMatch }, { matchId: ivyMatch }]);
    const audit = await ctx.api.dataSource.query(`SELECT "targetId", changes FROM audit_event WHERE action = 'shortlist.answer' AND "targetId" = $1`, [benMatch]);
    expect(audit).toEqual([
      {
        targetId: benMatch,
        changes: { clientAnswer: { old: null, new: 'NO' }, clientReason: { old: null, new: 'BUDGET' }, clientNote: { old: null, new: 'Above our band' } },
      },
    ]);
  });

  describe('through the real worker', () => {
    let worker: WorkerProcess | undefined;
    afterEach(async () => {
      await worker?.stop('SIGKILL');
      worker = undefined;
    });

    it('e-mails the recruiter the answer, naming the candidate behind the alias', async () => {
      const anaMatch = await shortlist(ana);
      await submit(anaMatch, null);
      clearMails();
      worker = await WorkerProcess.start();
      const slots = [slot(5, 15)];
      expect((await ctx.api.gql(ANSWER, { id: anaMatch, answer: 'INTERESTED', slots }, { as: Role.CLIENT })).errors).toBeUndefined();
      const mail = await waitFor(() => sentMails().find((m) => m.subject === 'Northwind Logistics: interview requested for Ana Principal (Platform engineer)'), 'the answer e-mail');
      expect(mail.to).toBe('recruiter@orchestra.local');
      expect(mail.text).toContain(`shown to them as ${shortlistAlias(anaMatch, 0)}`);
      expect(mail.text).toContain(`  - ${slots[0]!.slice(0, 16).replace('T', ' ')} UTC`);
      await waitForNoPendingJobs([QueueName.NOTIFICATION], anaMatch, 'the answer e-mail to finish');
      expect(sentMails().filter((m) => m.subject.includes('Ana Principal'))).toHaveLength(1);
    });
  });
});
