import { afterEach, describe, expect, it } from '@jest/globals';
import { daysFromToday, FINALISE_STEP_NAMES, Role } from '@orchestra/shared';
import { openAssessmentWithResponses } from './support/assessment-fixture.js';
import { codeOf, useTestApi } from './support/harness.js';
import { createCandidate, skillIds } from './support/talent-fixture.js';
import { waitFor, WorkerProcess } from './support/worker-process.js';

const PLAN_FIELDS = `id status solver solverVersion modelVersion error runId candidatesPerRole excludedCandidateIds budgetCapMinor candidateListMs solverMs
  pins { roleId candidateId } plan { totalScore filled } greedy { totalScore filled }
  roles { roleId title candidates reason plan { candidateId candidateName score } greedy { candidateId candidateName score } }`;

interface PlanView {
  id: string;
  status: string;
  solver: string | null;
  error: string | null;
  runId: string | null;
  plan: { totalScore: number; filled: number } | null;
  greedy: { totalScore: number; filled: number } | null;
  roles: { roleId: string; title: string; candidates: number; reason: string | null; plan: { candidateName: string | null; score: number }; greedy: { candidateName: string | null; score: number } }[];
}

describe('Staffing plans: many open roles, one pool, solved by the matching queue (real worker)', () => {
  const ctx = useTestApi();
  let worker: WorkerProcess | undefined;
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
  });

  /**
   * Two open roles of one engagement, at once and full-time. Ana knows Airflow (5) and Python (4),
   * Bo only Airflow (3). The Airflow role starts first, so greedy gives it Ana, its best, and has
   * nobody left for the Python role; the plan gives the Airflow role Bo and the Python role Ana.
   */
  async function setUp() {
    const [{ id: engagementId }] = await ctx.api.dataSource.query(
      `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed", urgency) VALUES ($1, $2, 'Data platform', 'Pipelines break nightly', 'HIGH') RETURNING id`,
      [ctx.seeded.clientId, ctx.seeded.users.CONSULTANT],
    );
    const ana = await createCandidate(ctx.api, { name: 'Ana Airflow', skills: { 'Apache Airflow': 5, Python: 4 } });
    const bo = await createCandidate(ctx.api, { name: 'Bo Basic', skills: { 'Apache Airflow': 3 } });
    const [airflow, python] = await skillIds(ctx.api.dataSource, 'Apache Airflow', 'Python');
    const role = async (title: string, skillId: string, start: string) => {
      const res = await ctx.api.gql<{ createRole: { id: string } }>(
        `mutation($e: ID!, $t: String!, $s: [RequiredSkillInput!]!, $start: String) { createRole(engagementId: $e, title: $t, optionType: AUGMENTATION, requiredSkills: $s, seniority: SENIOR, startDate: $start) { id } }`,
        { e: engagementId, t: title, s: [{ skillId, minLevel: 3, mustHave: true, weight: 1 }], start },
        { as: Role.RECRUITER },
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.createRole.id;
    };
    const airflowRole = await role('Airflow engineer', airflow!, daysFromToday(7));
    const pythonRole = await role('Python engineer', python!, daysFromToday(8));
    return { engagementId, ana, bo, airflowRole, pythonRole };
  }

  const read = async (id: string) => (await ctx.api.gql<{ StaffingPlan: PlanView }>(`query($id: ID!) { StaffingPlan(id: $id) { ${PLAN_FIELDS} } }`, { id }, { as: Role.RECRUITER })).data!.StaffingPlan;
  const settled = (id: string) => waitFor(async () => {
    const plan = await read(id);
    return plan.status === 'PENDING' ? undefined : plan;
  }, 'the plan solved').catch((e: Error) => {
    throw new Error(`${e.message}; the worker said:\n${worker?.logs.slice(-3000)}`);
  });
  const score = async (roleId: string, name: string) => {
    const res = await ctx.api.gql<{ rankCandidates: { candidates: { score: number; candidate: { name: string } }[] } }>(
      `query($r: ID!) { rankCandidates(roleId: $r) { candidates { score candidate { name } } } }`,
      { r: roleId },
      { as: Role.RECRUITER },
    );
    return res.data!.rankCandidates.candidates.find((c) => c.candidate.name === name)!.score;
  };

  it('solves beside greedy, explains the difference, and accepting shortlists every pick once', async () => {
    const { engagementId, airflowRole, pythonRole } = await setUp();
    worker = await WorkerProcess.start();
    const created = await ctx.api.gql<{ createStaffingPlan: { id: string; status: string } }>(`mutation($e: ID!) { createStaffingPlan(engagementId: $e) { id status } }`, { e: engagementId }, { as: Role.RECRUITER });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createStaffingPlan.status).toBe('PENDING');
    const plan = await settled(created.data!.createStaffingPlan.id);

    const [anaOnAirflow, boOnAirflow, anaOnPython] = [await score(airflowRole, 'Ana Airflow'), await score(airflowRole, 'Bo Basic'), await score(pythonRole, 'Ana Airflow')];
    expect(plan).toMatchObject({ status: 'SOLVED', solver: 'HUNGARIAN', error: null });
    expect(plan.plan).toEqual({ totalScore: Math.round((boOnAirflow + anaOnPython) * 10) / 10, filled: 2 });
    expect(plan.greedy).toEqual({ totalScore: anaOnAirflow, filled: 1 });
    const gain = Math.round(anaOnPython * 10) / 10;
    const loss = Math.round((anaOnAirflow - boOnAirflow) * 10) / 10;
    expect(plan.roles).toMatchObject([
      {
        roleId: airflowRole,
        title: 'Airflow engineer',
        candidates: 2,
        plan: { candidateName: 'Bo Basic', score: boOnAirflow },
        greedy: { candidateName: 'Ana Airflow', score: anaOnAirflow },
        reason: `Ana Airflow goes to Python engineer instead, because this role's next choice, Bo Basic, loses only ${loss} points here while Python engineer gains ${gain} points`,
      },
      {
        roleId: pythonRole,
        title: 'Python engineer',
        candidates: 1,
        plan: { candidateName: 'Ana Airflow', score: anaOnPython },
        greedy: { candidateName: null, score: 0 },
        reason: `Greedy had nobody left for this role; the plan fills it with Ana Airflow (score ${anaOnPython}) by moving people where they lose least`,
      },
    ]);
    // The run a person watches.
    const [run] = await ctx.api.dataSource.query(`SELECT kind, status, progress, "subjectId" FROM workflow_run WHERE id = $1`, [plan.runId]);
    expect(run).toEqual({ kind: 'STAFFING_PLAN', status: 'SUCCEEDED', progress: 100, subjectId: plan.id });

    const accept = () => ctx.api.gql<{ acceptStaffingPlan: { status: string } }>(`mutation($id: ID!) { acceptStaffingPlan(id: $id) { status } }`, { id: plan.id }, { as: Role.RECRUITER });
    expect((await accept()).data!.acceptStaffingPlan.status).toBe('ACCEPTED');
    expect((await accept()).data!.acceptStaffingPlan.status).toBe('ACCEPTED');
    const matches = await ctx.api.dataSource.query(
      `SELECT r.title, c.name, m.stage FROM match m JOIN role r ON r.id = m."roleId" JOIN candidate c ON c.id = m."candidateId" WHERE m.stage <> 'SUGGESTED' ORDER BY r.title`,
    );
    expect(matches).toEqual([
      { title: 'Airflow engineer', name: 'Bo Basic', stage: 'SHORTLISTED' },
      { title: 'Python engineer', name: 'Ana Airflow', stage: 'SHORTLISTED' },
    ]);
    const decisions = await ctx.api.dataSource.query(`SELECT title, decision FROM decision_record WHERE "engagementId" = $1`, [engagementId]);
    expect(decisions).toEqual([
      { title: 'Staffing plan accepted for 2 roles', decision: `Shortlisted the plan's picks for Airflow engineer (score ${boOnAirflow}) and Python engineer (score ${anaOnPython}).` },
    ]);
    const rerun = await ctx.api.gql(`mutation($id: ID!) { rerunStaffingPlan(id: $id) { id } }`, { id: plan.id }, { as: Role.RECRUITER });
    expect(rerun.errors![0]).toMatchObject({ message: 'This plan is accepted and its picks are shortlisted: start a new plan instead.', extensions: { code: 'CONFLICT' } });
  });

  it('a pin keeps Ana on the Airflow role; a pin on someone ineligible fails the plan in words, not by retrying', async () => {
    const { airflowRole, pythonRole, ana, bo } = await setUp();
    worker = await WorkerProcess.start();
    const create = (pins: { roleId: string; candidateId: string }[]) =>
      ctx.api.gql<{ createStaffingPlan: { id: string } }>(`mutation($r: [ID!], $p: [StaffingPinInput!]) { createStaffingPlan(roleIds: $r, pins: $p) { id } }`, { r: [airflowRole, pythonRole], p: pins }, { as: Role.RECRUITER });
    const pinned = await settled((await create([{ roleId: airflowRole, candidateId: ana.id }])).data!.createStaffingPlan.id);
    expect(pinned).toMatchObject({ status: 'SOLVED', solver: 'MILP' });
    expect(pinned.roles.map((r) => r.plan.candidateName)).toEqual(['Ana Airflow', null]);
    expect(pinned.roles[1]!.reason).toBe('Every eligible candidate is placed where they count for more (Ana Airflow on Airflow engineer)');

    const refused = await settled((await create([{ roleId: pythonRole, candidateId: bo.id }])).data!.createStaffingPlan.id);
    expect(refused).toMatchObject({ status: 'FAILED', error: 'Bo Basic cannot be pinned to Python engineer: they are not among its eligible candidates' });
    const [run] = await ctx.api.dataSource.query(`SELECT status, error, attempts FROM workflow_run WHERE id = $1`, [refused.runId]);
    expect(run).toEqual({ status: 'FAILED', error: refused.error, attempts: 1 });

    // Run again without the pin: solved.
    const again = await ctx.api.gql<{ rerunStaffingPlan: { status: string } }>(`mutation($id: ID!) { rerunStaffingPlan(id: $id, pins: []) { status } }`, { id: refused.id }, { as: Role.RECRUITER });
    expect(again.data!.rerunStaffingPlan.status).toBe('PENDING');
    expect((await settled(refused.id)).status).toBe('SOLVED');
  });

  it('refuses bad input by field, and nobody but recruiters and ADMINs plans; CLIENT users see no plan', async () => {
    const { airflowRole, engagementId } = await setUp();
    // Declares only the variables the arguments use (GraphQL refuses unused ones).
    const create = (args: string, as: Role = Role.RECRUITER) => {
      const vars = { ...(args.includes('$r') ? { r: airflowRole } : {}), ...(args.includes('$e') ? { e: engagementId } : {}) };
      const header = Object.keys(vars).map((k) => `$${k}: ID!`).join(', ');
      return ctx.api.gql(`mutation${header ? `(${header})` : ''} { createStaffingPlan(${args}) { id } }`, vars, { as });
    };
    const fieldsOf = async (args: string) => (await create(args)).errors![0]!.extensions;
    expect(await fieldsOf('roleIds: [$r], engagementId: $e')).toMatchObject({ code: 'BAD_USER_INPUT', fields: { roleIds: 'give either roleIds (the open roles to staff) or engagementId (all its open roles), not both and not neither' } });
    expect(await fieldsOf('roleIds: [$r], candidatesPerRole: 0')).toMatchObject({ code: 'BAD_USER_INPUT', fields: { candidatesPerRole: expect.any(String) } });
    expect(await fieldsOf('roleIds: [$r], budgetCapMinor: -1')).toMatchObject({ code: 'BAD_USER_INPUT', fields: { budgetCapMinor: expect.any(String) } });
    expect(await fieldsOf('roleIds: [$r], pins: [{ roleId: $e, candidateId: $e }]')).toMatchObject({ code: 'BAD_USER_INPUT', fields: { pins: `pin a person to one of the plan's roles (${engagementId} is not one)` } });
    await ctx.api.dataSource.query(`UPDATE role SET status = 'DRAFT' WHERE id = $1`, [airflowRole]);
    expect(await fieldsOf('roleIds: [$r]')).toMatchObject({ code: 'BAD_USER_INPUT', fields: { roleIds: '“Airflow engineer” is draft: a plan staffs open roles only' } });
    await ctx.api.dataSource.query(`UPDATE role SET status = 'OPEN' WHERE id = $1`, [airflowRole]);

    expect(codeOf(await create('roleIds: [$r]', Role.CONSULTANT))).toBe('FORBIDDEN');
    const plan = await create('roleIds: [$r]', Role.ADMIN);
    const id = (plan.data as { createStaffingPlan: { id: string } }).createStaffingPlan.id;
    // CLIENT users: every staffing query and mutation is refused.
    for (const [query, vars] of [
      ['query($id: ID!) { StaffingPlan(id: $id) { id } }', { id }],
      ['query { allStaffingPlans { id } }', {}],
      ['query { _allStaffingPlansMeta { count } }', {}],
      ['mutation($r: [ID!]) { createStaffingPlan(roleIds: $r) { id } }', { r: [airflowRole] }],
      ['mutation($id: ID!) { rerunStaffingPlan(id: $id) { id } }', { id }],
      ['mutation($id: ID!) { acceptStaffingPlan(id: $id) { id } }', { id }],
    ] as const) {
      const res = await ctx.api.gql(query, vars, { as: Role.CLIENT });
      expect([query, codeOf(res), Boolean(res.data && Object.values(res.data).some((v) => v !== null))]).toEqual([query, 'FORBIDDEN', false]);
    }
    // A consultant reads plans; the list is capped and newest first.
    const list = await ctx.api.gql<{ allStaffingPlans: { id: string; status: string }[] }>('query { allStaffingPlans(perPage: 5) { id status } }', {}, { as: Role.CONSULTANT });
    expect(list.data!.allStaffingPlans).toEqual([{ id, status: 'PENDING' }]);
  });

  /**
   * A specialist team over four skills (Go, Rust, Kotlin, Scala; minimum 3, weight 1 each, from two
   * drafted roles), exactly two people. Xavi covers Rust and Kotlin at 5 and scores highest; Uma
   * covers Go and Rust at 3, Vic Kotlin and Scala at 3. Greedy takes Xavi (2 new skills; ties broken
   * by score), then Uma or Vic for one more: 3 of 4. The exact team, Uma and Vic, covers all four.
   */
  it('builds a team greedy beside exact, and accepting drafts a role per member and shortlists them', async () => {
    const { assessmentId } = await openAssessmentWithResponses(ctx.api, ctx.seeded, 'Team baseline');
    expect((await ctx.api.gql(`mutation($id: ID!) { closeAssessment(id: $id, reason: "Both seats answered") { status } }`, { id: assessmentId }, { as: Role.CONSULTANT })).errors).toBeUndefined();
    const steps = await ctx.api.finaliseSteps();
    for (const step of FINALISE_STEP_NAMES) await steps.run(step, assessmentId);
    const [rec] = await ctx.api.dataSource.query(
      `SELECT r.id, a."engagementId", a."clientId" FROM recommendation r JOIN assessment a ON a.id = r."assessmentId" WHERE r."assessmentId" = $1 AND r.option = 'SPECIALIST_TEAM' LIMIT 1`,
      [assessmentId],
    );
    const [go, rust, kotlin, scala] = await skillIds(ctx.api.dataSource, 'Go', 'Rust', 'Kotlin', 'Scala');
    const skill = (skillId: string, name: string) => ({ skillId, skill: name, minLevel: 3, mustHave: true, weight: 1 });
    for (const skills of [[skill(go!, 'Go'), skill(rust!, 'Rust')], [skill(kotlin!, 'Kotlin'), skill(scala!, 'Scala')]]) {
      await ctx.api.dataSource.query(
        `INSERT INTO role ("clientId", "engagementId", "recommendationId", title, "optionType", "requiredSkills", seniority, "startDate", "durationWeeks", status)
         VALUES ($1, $2, $3, 'Specialist team — Platform', 'SPECIALIST_TEAM', $4, 'SENIOR', $5, 12, 'DRAFT')`,
        [rec.clientId, rec.engagementId, rec.id, JSON.stringify(skills), daysFromToday(7)],
      );
    }
    await createCandidate(ctx.api, { name: 'Xavi Wide', skills: { Rust: 5, Kotlin: 5 } });
    const uma = await createCandidate(ctx.api, { name: 'Uma Left', skills: { Go: 3, Rust: 3 } });
    const vic = await createCandidate(ctx.api, { name: 'Vic Right', skills: { Kotlin: 3, Scala: 3 } });
    const TEAM = `query($r: ID!) { specialistTeam(recommendationId: $r, minSize: 2, maxSize: 2) {
      minSize maxSize candidatesConsidered bound skills { name minLevel weight }
      greedy { coverage uncovered members { candidateName } }
      exact { coverage uncovered sharedHours members { candidateName uniqueSkills explanation alternative { candidateName coverageLoss } } skills { name coveredBy { candidateName level } } } } }`;
    const team = await ctx.api.gql<{ specialistTeam: Record<string, unknown> }>(TEAM, { r: rec.id }, { as: Role.RECRUITER });
    expect(team.errors).toBeUndefined();
    expect(team.data!.specialistTeam).toMatchObject({
      minSize: 2,
      maxSize: 2,
      candidatesConsidered: 3,
      bound: 'Greedy covers at least 63% of the best possible weighted coverage for a team of 2 (without a budget); the exact team is the best within the budget.',
      skills: [{ name: 'Go', minLevel: 3, weight: 1 }, { name: 'Rust', minLevel: 3, weight: 1 }, { name: 'Kotlin', minLevel: 3, weight: 1 }, { name: 'Scala', minLevel: 3, weight: 1 }],
      greedy: { coverage: 0.75, members: [{ candidateName: 'Xavi Wide' }, {}] },
      exact: {
        coverage: 1,
        uncovered: [],
        sharedHours: 8,
        members: [
          { candidateName: 'Uma Left', uniqueSkills: ['Go', 'Rust'], alternative: { candidateName: 'Xavi Wide', coverageLoss: 0.25 } },
          { candidateName: 'Vic Right', uniqueSkills: ['Kotlin', 'Scala'], alternative: { candidateName: 'Xavi Wide', coverageLoss: 0.25 } },
        ],
        skills: [
          { name: 'Go', coveredBy: [{ candidateName: 'Uma Left', level: 3 }] },
          { name: 'Rust', coveredBy: [{ candidateName: 'Uma Left', level: 3 }] },
          { name: 'Kotlin', coveredBy: [{ candidateName: 'Vic Right', level: 3 }] },
          { name: 'Scala', coveredBy: [{ candidateName: 'Vic Right', level: 3 }] },
        ],
      },
    });
    expect(codeOf(await ctx.api.gql(TEAM, { r: rec.id }, { as: Role.CLIENT }))).toBe('FORBIDDEN');
    const unknown = await ctx.api.gql(TEAM, { r: '00000000-0000-4000-8000-000000000000' }, { as: Role.RECRUITER });
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { recommendationId: 'has no drafted specialist-team roles: accept the specialist-team option on the report first' } });

    const ACCEPT = `mutation($r: ID!, $c: [ID!]!) { acceptSpecialistTeam(recommendationId: $r, candidateIds: $c, minSize: 2, maxSize: 2) { title status } }`;
    expect(codeOf(await ctx.api.gql(ACCEPT, { r: rec.id, c: [uma.id, vic.id] }, { as: Role.CLIENT }))).toBe('FORBIDDEN');
    expect((await ctx.api.gql(ACCEPT, { r: rec.id, c: [uma.id] }, { as: Role.RECRUITER })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { candidateIds: 'a team of 2 to 2 people, not 1' } });
    const accepted = await ctx.api.gql(ACCEPT, { r: rec.id, c: [uma.id, vic.id] }, { as: Role.RECRUITER });
    expect(accepted.data).toEqual({
      acceptSpecialistTeam: [
        { title: 'Specialist team member — Go and Rust', status: 'OPEN' },
        { title: 'Specialist team member — Kotlin and Scala', status: 'OPEN' },
      ],
    });
    // Again: the same roles, nothing new.
    expect((await ctx.api.gql(ACCEPT, { r: rec.id, c: [uma.id, vic.id] }, { as: Role.RECRUITER })).data).toEqual(accepted.data);
    const rows = await ctx.api.dataSource.query(
      `SELECT r.title, r.status, r."teamMember", c.name, m.stage FROM role r LEFT JOIN match m ON m."roleId" = r.id AND m.stage <> 'SUGGESTED' LEFT JOIN candidate c ON c.id = m."candidateId"
        WHERE r."recommendationId" = $1 ORDER BY r."teamMember", r.title`,
      [rec.id],
    );
    expect(rows).toEqual([
      { title: 'Specialist team — Platform', status: 'CANCELLED', teamMember: false, name: null, stage: null },
      { title: 'Specialist team — Platform', status: 'CANCELLED', teamMember: false, name: null, stage: null },
      { title: 'Specialist team member — Go and Rust', status: 'OPEN', teamMember: true, name: 'Uma Left', stage: 'SHORTLISTED' },
      { title: 'Specialist team member — Kotlin and Scala', status: 'OPEN', teamMember: true, name: 'Vic Right', stage: 'SHORTLISTED' },
    ]);
  });
});
