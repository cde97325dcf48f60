import { beforeEach, describe, expect, it } from '@jest/globals';
import { Role, addDays, daysFromToday } from '@orchestra/shared';
import { codeOf, useTestApi } from './support/harness.js';
import { createCandidate, platformRole, submitMatch } from './support/talent-fixture.js';

// The recruiter's pipeline beyond single moves: submitting to the client, closing out a filled
// role's other matches, the "Not eligible" filter by constraint, and "My pipeline".

const SHORTLIST = `mutation($roleId: ID!, $candidateId: ID!) { shortlistCandidate(roleId: $roleId, candidateId: $candidateId) { id stage } }`;
const MOVE = `mutation($id: ID!, $stage: MatchStage!, $reason: String, $placement: PlacementInput, $closeOthersReason: String) {
  moveMatchStage(id: $id, stage: $stage, reason: $reason, placement: $placement, closeOthersReason: $closeOthersReason) { id stage } }`;
const SUBMIT = `mutation($id: ID!, $contactIds: [ID!]!, $note: String!, $idempotencyKey: String) {
  submitToClient(id: $id, contactIds: $contactIds, note: $note, idempotencyKey: $idempotencyKey) {
    id stage submittedContactIds submissionNote submittedAt stageChanges { fromStage toStage reason changedBy { name } } } }`;
const EXCLUDED = `query($roleId: ID!, $constraint: String) { excludedCandidates(roleId: $roleId, constraint: $constraint) {
  total byConstraint { constraint count } candidates { candidate { name } failed { constraint } } } }`;
const MY_PIPELINE = `{ myPipeline { byStage { stage count } stuckCount stuck { roleTitle candidateName stage daysInStage } } }`;
const HISTORY = `query($id: ID!) { Match(id: $id) { stage stageChanges { fromStage toStage reason } } }`;

const D = daysFromToday(14);

describe('Pipeline: submit to client, close-out on placement, exclusions by constraint, my pipeline', () => {
  const ctx = useTestApi();
  let roleId: string;
  let pool: Record<string, string>;

  beforeEach(async () => {
    roleId = await platformRole(ctx.api, ctx.seeded, {
      startDate: D,
      skills: [
        { skill: 'Kubernetes', minLevel: 3, mustHave: true, weight: 2 },
        { skill: 'Go', minLevel: 3, mustHave: true, weight: 2 },
      ],
    });
    pool = {};
    // Three eligible; then one failing each of KIND, SKILL, CONSENT, AVAILABILITY, ALLOCATION.
    for (const [key, spec] of [
      ['ana', { name: 'Ana Principal', availableFrom: D, skills: { Kubernetes: 4, Go: 4 } }],
      ['ben', { name: 'Ben Bench', kind: 'BENCH', availableFrom: D, skills: { Kubernetes: 3, Go: 3 } }],
      ['ivy', { name: 'Ivy Associate', kind: 'ASSOCIATE', availableFrom: D, skills: { Kubernetes: 3, Go: 4 } }],
      ['dee', { name: 'Dee Permanent', kind: 'PERMANENT_SEEKER', skills: { Kubernetes: 5, Go: 5 } }],
      ['eve', { name: 'Eve Short', skills: { Kubernetes: 2, Go: 3 } }],
      ['fay', { name: 'Fay Lapsed', consent: 'expired', skills: { Kubernetes: 5, Go: 5 } }],
      ['gus', { name: 'Gus Later', availableFrom: addDays(D, 30), skills: { Kubernetes: 5, Go: 5 } }],
      ['hal', { name: 'Hal Partial', allocation: 60, skills: { Kubernetes: 5, Go: 5 } }],
    ] as const) {
      pool[key] = (await createCandidate(ctx.api, spec as Parameters<typeof createCandidate>[1])).id;
    }
  });

  const shortlist = async (candidate: string) => {
    const res = await ctx.api.gql<{ shortlistCandidate: { id: string } }>(SHORTLIST, { roleId, candidateId: pool[candidate] }, { as: Role.RECRUITER });
    expect(res.errors).toBeUndefined();
    return res.data!.shortlistCandidate.id;
  };
  const contact = async (clientId: string, name: string) =>
    ((await ctx.api.dataSource.query(`INSERT INTO contact ("clientId", name, email) VALUES ($1, $2, $3) RETURNING id`, [clientId, name, `${name.split(' ')[0]!.toLowerCase()}@example.com`])) as { id: string }[])[0]!.id;

  it('submits a shortlisted match to contacts of the role’s client, recorded on the match and in its history', async () => {
    const id = await shortlist('ana');
    const alice = await contact(ctx.seeded.clientId, 'Alice Adams');
    const bob = await contact(ctx.seeded.clientId, 'Bob Brown');
    const [{ id: globex }] = await ctx.api.dataSource.query(`INSERT INTO client (name) VALUES ('Globex') RETURNING id`);
    const oscar = await contact(globex, 'Oscar Other');
    const submit = (vars: Record<string, unknown>, as: Role = Role.RECRUITER) => ctx.api.gql<{ submitToClient: Record<string, unknown> }>(SUBMIT, { id, ...vars }, { as });

    // Who may: the pipeline's managers only.
    expect(codeOf(await submit({ contactIds: [alice], note: 'Strong on Go' }, Role.CLIENT))).toBe('FORBIDDEN');
    expect(codeOf(await submit({ contactIds: [alice], note: 'Strong on Go' }, Role.CONSULTANT))).toBe('FORBIDDEN');
    // Bad input names the field and the fix.
    const none = await submit({ contactIds: [], note: 'Strong on Go' });
    expect(none.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { contactIds: 'must name at least one contact of the client' } });
    const blank = await submit({ contactIds: [alice], note: '   ' });
    expect(blank.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { note: 'must not be empty' } });
    const foreign = await submit({ contactIds: [alice, oscar], note: 'Strong on Go' });
    expect(foreign.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { contactIds: `${oscar} is not a contact of the role's client: pick its contacts` } });
    // Nothing was written by the refused attempts.
    expect((await ctx.api.gql<{ Match: { stage: string } }>(HISTORY, { id }, { as: Role.RECRUITER })).data!.Match.stage).toBe('SHORTLISTED');

    const done = await submit({ contactIds: [bob, alice], note: 'Strong on Go; free from the start date', idempotencyKey: 'submit-ana' });
    expect(done.errors).toBeUndefined();
    expect(done.data!.submitToClient).toMatchObject({
      stage: 'SUBMITTED',
      submittedContactIds: [bob, alice],
      submissionNote: 'Strong on Go; free from the start date',
      submittedAt: expect.any(String),
      stageChanges: [
        { fromStage: null, toStage: 'SHORTLISTED', reason: null, changedBy: { name: 'Rita Recruiter' } },
        { fromStage: 'SHORTLISTED', toStage: 'SUBMITTED', reason: 'Submitted to Bob Brown, Alice Adams: Strong on Go; free from the start date', changedBy: { name: 'Rita Recruiter' } },
      ],
    });
    // A retry with the same key answers the first result; a new submission of a submitted match is refused.
    expect((await submit({ contactIds: [bob, alice], note: 'Strong on Go; free from the start date', idempotencyKey: 'submit-ana' })).data!.submitToClient).toMatchObject({ stage: 'SUBMITTED' });
    const again = await submit({ contactIds: [alice], note: 'Once more' });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { id: 'is submitted: only a shortlisted match can be submitted to the client' } });
  });

  it('refuses a plain move to Submitted, whatever the stage (only "Submit to client" records whom and why), and writes nothing', async () => {
    const ana = await shortlist('ana');
    const ben = await shortlist('ben');
    await submitMatch(ctx.api, ben);
    await ctx.api.gql(MOVE, { id: ben, stage: 'INTERVIEWING' }, { as: Role.RECRUITER });
    const state = () =>
      ctx.api.dataSource.query(
        `SELECT m.id, m.stage, m."stageChangedAt", (SELECT count(*)::int FROM match_stage_change c WHERE c."matchId" = m.id) AS moves,
                (SELECT count(*)::int FROM audit_event a WHERE a."targetId" = m.id) AS audits
           FROM match m WHERE m.id = ANY($1) ORDER BY m.id`,
        [[ana, ben]],
      );
    const before = await state();
    for (const id of [ana, ben]) {
      const res = await ctx.api.gql(MOVE, { id, stage: 'SUBMITTED', reason: 'Sent by e-mail' }, { as: Role.RECRUITER });
      expect(res.errors![0]).toMatchObject({
        message: 'Invalid input: stage cannot be set to submitted by a move: use "Submit to client", which records the client contacts and the note.',
        extensions: { code: 'BAD_USER_INPUT', fields: { stage: 'cannot be set to submitted by a move: use "Submit to client", which records the client contacts and the note' } },
      });
    }
    expect(await state()).toEqual(before);
    // Other moves still go: the refusal is only of Submitted.
    const rejected = await ctx.api.gql<{ moveMatchStage: { stage: string } }>(MOVE, { id: ana, stage: 'REJECTED', reason: 'Client wants on-site' }, { as: Role.RECRUITER });
    expect(rejected.data!.moveMatchStage.stage).toBe('REJECTED');
  });

  it('placing one candidate closes the role’s other open matches with the reason, in one transaction', async () => {
    const ana = await shortlist('ana');
    const ben = await shortlist('ben');
    const ivy = await shortlist('ivy');
    await ctx.api.gql(MOVE, { id: ivy, stage: 'REJECTED', reason: 'Client wants on-site' }, { as: Role.RECRUITER });
    await submitMatch(ctx.api, ana);
    for (const stage of ['INTERVIEWING', 'OFFERED']) expect((await ctx.api.gql(MOVE, { id: ana, stage }, { as: Role.RECRUITER })).errors).toBeUndefined();
    const placement = { startDate: D, rateMinor: 72000, currency: 'EUR' };
    const place = (vars: Record<string, unknown>, as: Role = Role.RECRUITER) => ctx.api.gql<{ moveMatchStage: { stage: string } }>(MOVE, { id: ana, stage: 'PLACED', placement, ...vars }, { as });

    expect(codeOf(await place({ closeOthersReason: 'Filled' }, Role.CLIENT))).toBe('FORBIDDEN');
    const notPlacing = await ctx.api.gql(MOVE, { id: ben, stage: 'WITHDRAWN', reason: 'Took another job', closeOthersReason: 'Filled' }, { as: Role.RECRUITER });
    expect(notPlacing.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { closeOthersReason: 'is only for placing a match (it closes the role’s other open matches)' } });
    const empty = await place({ closeOthersReason: '  ' });
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { closeOthersReason: expect.stringContaining('must not be empty') } });
    // A placement that fails (Ana's consent lapsed meanwhile) writes nothing: Ben stays open, the role too.
    await ctx.api.dataSource.query(`UPDATE candidate SET "consentExpiresAt" = now() - interval '1 day' WHERE id = $1`, [pool['ana']]);
    expect(codeOf(await place({ closeOthersReason: 'Role filled by Ana' }))).toBe('CONFLICT');
    expect((await ctx.api.gql<{ Match: { stage: string } }>(HISTORY, { id: ben }, { as: Role.RECRUITER })).data!.Match.stage).toBe('SHORTLISTED');
    await ctx.api.dataSource.query(`UPDATE candidate SET "consentExpiresAt" = now() + interval '1 year' WHERE id = $1`, [pool['ana']]);

    const placed = await place({ closeOthersReason: 'Role filled by Ana' });
    expect(placed.errors).toBeUndefined();
    expect(placed.data!.moveMatchStage.stage).toBe('PLACED');
    const history = async (id: string) => (await ctx.api.gql<{ Match: { stage: string; stageChanges: unknown[] } }>(HISTORY, { id }, { as: Role.RECRUITER })).data!.Match;
    expect(await history(ben)).toEqual({
      stage: 'REJECTED',
      stageChanges: [
        { fromStage: null, toStage: 'SHORTLISTED', reason: null },
        { fromStage: 'SHORTLISTED', toStage: 'REJECTED', reason: 'Role filled by Ana' },
      ],
    });
    // Already closed: left as it was.
    expect(await history(ivy)).toEqual({
      stage: 'REJECTED',
      stageChanges: [
        { fromStage: null, toStage: 'SHORTLISTED', reason: null },
        { fromStage: 'SHORTLISTED', toStage: 'REJECTED', reason: 'Client wants on-site' },
      ],
    });
    const open = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM match WHERE "roleId" = $1 AND stage NOT IN ('PLACED', 'REJECTED', 'WITHDRAWN')`, [roleId]);
    expect(open).toEqual([{ n: 0 }]);
    const audit = await ctx.api.dataSource.query(`SELECT action FROM audit_event WHERE "targetId" = $1 AND action = 'role.close_out'`, [roleId]);
    expect(audit).toEqual([{ action: 'role.close_out' }]);
  });

  it('filters the excluded candidates by one constraint, keeping the counts of all', async () => {
    const all = await ctx.api.gql<{ excludedCandidates: { total: number; byConstraint: { constraint: string; count: number }[]; candidates: { candidate: { name: string } }[] } }>(EXCLUDED, { roleId }, { as: Role.RECRUITER });
    expect(all.errors).toBeUndefined();
    const counts = [
      { constraint: 'CONSENT', count: 1 },
      { constraint: 'KIND', count: 1 },
      { constraint: 'AVAILABILITY', count: 1 },
      { constraint: 'ALLOCATION', count: 1 },
      { constraint: 'SKILL', count: 1 },
    ];
    expect(all.data!.excludedCandidates).toMatchObject({ total: 5, byConstraint: counts });
    const only = async (constraint: string) => {
      const res = await ctx.api.gql<{ excludedCandidates: { total: number; byConstraint: unknown[]; candidates: { candidate: { name: string } }[] } }>(EXCLUDED, { roleId, constraint }, { as: Role.RECRUITER });
      expect(res.errors).toBeUndefined();
      return res.data!.excludedCandidates;
    };
    expect(await only('SKILL')).toEqual({ total: 1, byConstraint: counts, candidates: [{ candidate: { name: 'Eve Short' }, failed: [{ constraint: 'SKILL' }] }] });
    expect(await only('CONSENT')).toMatchObject({ total: 1, candidates: [{ candidate: { name: 'Fay Lapsed' } }] });
    // The role sets no minimum overlap the client could fail: nobody.
    expect(await only('TIME_ZONE')).toEqual({ total: 0, byConstraint: counts, candidates: [] });
    const bad = await ctx.api.gql(EXCLUDED, { roleId, constraint: 'NOPE' }, { as: Role.RECRUITER });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { constraint: expect.stringContaining('must be one of CONSENT, KIND') } });
    expect(codeOf(await ctx.api.gql(EXCLUDED, { roleId, constraint: 'SKILL' }, { as: Role.CLIENT }))).toBe('FORBIDDEN');
  });

  it('"My pipeline" counts the open matches the user moved, by stage, and those stuck over 7 days', async () => {
    const ana = await shortlist('ana');
    await shortlist('ben');
    const ivy = await shortlist('ivy');
    await ctx.api.gql(MOVE, { id: ivy, stage: 'REJECTED', reason: 'No' }, { as: Role.RECRUITER });
    await ctx.api.dataSource.query(`UPDATE match SET "stageChangedAt" = now() - interval '10 days' WHERE id = $1`, [ana]);
    const mine = await ctx.api.gql<{ myPipeline: unknown }>(MY_PIPELINE, {}, { as: Role.RECRUITER });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myPipeline).toEqual({
      byStage: [
        { stage: 'SUGGESTED', count: 0 },
        { stage: 'SHORTLISTED', count: 2 },
        { stage: 'SUBMITTED', count: 0 },
        { stage: 'INTERVIEWING', count: 0 },
        { stage: 'OFFERED', count: 0 },
      ],
      stuckCount: 1,
      stuck: [{ roleTitle: 'Platform engineer', candidateName: 'Ana Principal', stage: 'SHORTLISTED', daysInStage: 10 }],
    });
    // Someone else's pipeline is not mine.
    const admin = await ctx.api.gql<{ myPipeline: { byStage: { count: number }[]; stuckCount: number } }>(MY_PIPELINE, {}, { as: Role.ADMIN });
    expect(admin.data!.myPipeline.byStage.every((s) => s.count === 0)).toBe(true);
    expect(admin.data!.myPipeline.stuckCount).toBe(0);
    expect(codeOf(await ctx.api.gql(MY_PIPELINE, {}, { as: Role.CLIENT }))).toBe('FORBIDDEN');
  });
});
