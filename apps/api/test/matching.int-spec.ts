import { beforeEach, describe, expect, it } from '@jest/globals';
import { exactMatchScore, hardConstraintFailures, MATCH_FACTORS, MATCH_MODEL_VERSION, Role, standardUtcOffsetMinutes, type MatchCandidateInput, addDays, daysFromToday, formatDay } from '@orchestra/shared';
import fc from 'fast-check';
import type { EntityManager } from 'typeorm';
import { CandidateService, consentValid, type CandidateFields } from '../src/modules/candidate/candidate.service.js';
import { MATCH_TABLE, MatchQuery } from '../src/modules/matching/match-query.js';
import { MatchingService } from '../src/modules/matching/matching.service.js';
import { Role as RoleEntity, type RequiredSkill } from '../src/modules/role/role.entity.js';
import { openAssessmentWithResponses } from './support/assessment-fixture.js';
import { codeOf, useTestApi } from './support/harness.js';
import { parityScenarioArb, PARITY_SKILL_COUNT, type GeneratedCandidate, type GeneratedRole, type ParityScenario } from './support/matching-arbitraries.js';
import { createCandidate, skillIds, submitMatch } from './support/talent-fixture.js';

const ROLE_FIELDS = `id title optionType status seniority startDate allocation budgetMaxMinor minOverlapHours gapStatus
  requiredSkills { skillId skill minLevel mustHave weight } matchCounts { stage count }`;
const CREATE_ROLE = `mutation($engagementId: ID!, $title: String!, $optionType: RecommendationOption!, $requiredSkills: [RequiredSkillInput!]!,
  $seniority: Seniority!, $startDate: String, $allocation: Int, $budgetMaxMinor: Int, $budgetMinMinor: Int, $minOverlapHours: Int, $durationWeeks: Int, $permanent: Boolean) {
  createRole(engagementId: $engagementId, title: $title, optionType: $optionType, requiredSkills: $requiredSkills, seniority: $seniority,
    startDate: $startDate, allocation: $allocation, budgetMaxMinor: $budgetMaxMinor, budgetMinMinor: $budgetMinMinor, minOverlapHours: $minOverlapHours,
    durationWeeks: $durationWeeks, permanent: $permanent) { ${ROLE_FIELDS} } }`;
const RANK = `query($roleId: ID!, $page: Int, $perPage: Int) { rankCandidates(roleId: $roleId, page: $page, perPage: $perPage) {
  roleId modelVersion total candidates { rank candidateId score whatWouldChange candidate { name } factors { factor label value weight contribution detail } match { stage } } } }`;
const EXCLUDED = `query($roleId: ID!, $page: Int, $perPage: Int) { excludedCandidates(roleId: $roleId, page: $page, perPage: $perPage) {
  total byConstraint { constraint count } candidates { candidate { name } failed { constraint detail } whatWouldChange } } }`;
const FIT = `query($roleId: ID!, $candidateId: ID!) { candidateFit(roleId: $roleId, candidateId: $candidateId) { eligible score failed { constraint detail } whatWouldChange factors { factor contribution } } }`;
const SHORTLIST = `mutation($roleId: ID!, $candidateId: ID!, $reason: String) { shortlistCandidate(roleId: $roleId, candidateId: $candidateId, reason: $reason) { id stage score } }`;
const MOVE = `mutation($id: ID!, $stage: MatchStage!, $reason: String, $placement: PlacementInput, $idempotencyKey: String) {
  moveMatchStage(id: $id, stage: $stage, reason: $reason, placement: $placement, idempotencyKey: $idempotencyKey) {
    id stage stageChanges { fromStage toStage reason changedBy { name } } placement { startDate endDate rateMinor currency allocation } } }`;

const D = daysFromToday(14);

/**
 * The parity property: fixed seed (override with MATCH_PARITY_SEED to explore), and a run count
 * that keeps it well under a minute on a busy 2-core machine.
 */
const PARITY_SEED = Number(process.env['MATCH_PARITY_SEED'] ?? 20_261_201);
const PARITY_RUNS = Number(process.env['MATCH_PARITY_RUNS'] ?? 150);
/** Roles start this many days after this date (or have no start date: matching then uses today). */
const PARITY_BASE = '2027-03-01';
/**
 * SQL and the model both compute in IEEE 754 doubles (the SQL is float8 throughout, and
 * PostgreSQL ≥ 12 returns float8 as the shortest text that reads back to the same double), so
 * they differ only by the order of operations: 100 · Σ w·v in SQL, Σ v·w·100 in the model — a
 * few ulps of 100, about 1e-14. 1e-9 leaves room for that and is still 10^7 times finer than the
 * 0.1 the score is shown to.
 */
const SCORE_TOLERANCE = 1e-9;

describe('Matching: ranked candidates with their explanation, the pipeline and placements', () => {
  const ctx = useTestApi();
  let engagementId: string;

  beforeEach(async () => {
    // The demo client works 09:00–17:00 in Berlin: 08:00–16:00 UTC.
    await ctx.api.dataSource.query(`UPDATE client SET "timeZone" = 'Europe/Berlin', "coreHoursStart" = '09:00', "coreHoursEnd" = '17:00' WHERE id = $1`, [ctx.seeded.clientId]);
    [{ id: engagementId }] = await ctx.api.dataSource.query(
      `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed") VALUES ($1, $2, 'Platform rebuild', 'Nobody can ship the cluster') RETURNING id`,
      [ctx.seeded.clientId, ctx.seeded.users.CONSULTANT],
    );
  });

  /** Kubernetes ≥3 (must, w2), Go ≥3 (must, w2), Terraform ≥2 (nice, w1); Senior; start D; 80%; €800/day; 4 h overlap. */
  const platformRole = async (extra: Record<string, unknown> = {}) => {
    const [k8s, go, tf] = await skillIds(ctx.api.dataSource, 'Kubernetes', 'Go', 'Terraform');
    const res = await ctx.api.gql<{ createRole: { id: string } & Record<string, unknown> }>(
      CREATE_ROLE,
      {
        engagementId,
        title: 'Senior platform engineer',
        optionType: 'AUGMENTATION',
        requiredSkills: [
          { skillId: k8s, minLevel: 3, mustHave: true, weight: 2 },
          { skillId: go, minLevel: 3, mustHave: true, weight: 2 },
          { skillId: tf, minLevel: 2, mustHave: false, weight: 1 },
        ],
        seniority: 'SENIOR',
        startDate: D,
        allocation: 80,
        budgetMaxMinor: 80000,
        minOverlapHours: 4,
        durationWeeks: 12,
        ...extra,
      },
      { as: Role.RECRUITER },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createRole;
  };

  /** Three eligible candidates and one failing each hard constraint. */
  const pool = async () => {
    const c = {
      ana: await createCandidate(ctx.api, { name: 'Ana Principal', kind: 'CONTRACTOR', seniority: 'PRINCIPAL', availableFrom: D, dayRateMinor: 72000, skills: { Kubernetes: 3, Go: 3, Terraform: 2 } }),
      ben: await createCandidate(ctx.api, { name: 'Ben Paris', kind: 'BENCH', timeZone: 'Europe/Paris', availableFrom: D, dayRateMinor: 88000, skills: { Kubernetes: 3, Go: 4 } }),
      ivy: await createCandidate(ctx.api, { name: 'Ivy London', kind: 'CONTRACTOR', timeZone: 'Europe/London', availableFrom: addDays(D, 3), dayRateMinor: null, skills: { Kubernetes: 3, Go: 3 } }),
      cy: await createCandidate(ctx.api, { name: 'Cy New York', kind: 'ASSOCIATE', timeZone: 'America/New_York', skills: { Kubernetes: 5, Go: 5 } }),
      dee: await createCandidate(ctx.api, { name: 'Dee Permanent', kind: 'PERMANENT_SEEKER', skills: { Kubernetes: 5, Go: 5 } }),
      eve: await createCandidate(ctx.api, { name: 'Eve Short', skills: { Kubernetes: 2, Go: 3 } }),
      fay: await createCandidate(ctx.api, { name: 'Fay Lapsed', consent: 'expired', skills: { Kubernetes: 5, Go: 5 } }),
      gus: await createCandidate(ctx.api, { name: 'Gus Later', availableFrom: addDays(D, 30), skills: { Kubernetes: 5, Go: 5 } }),
      hal: await createCandidate(ctx.api, { name: 'Hal Partial', allocation: 60, skills: { Kubernetes: 5, Go: 5 } }),
    };
    return c;
  };

  it('ranks eligible candidates with every factor worked out by hand', async () => {
    const role = await platformRole();
    await pool();
    const res = await ctx.api.gql<{ rankCandidates: { total: number; modelVersion: string; candidates: { rank: number; score: number; candidate: { name: string }; whatWouldChange: string[]; factors: Record<string, unknown>[] }[] } }>(
      RANK,
      { roleId: role.id },
      { as: Role.RECRUITER },
    );
    expect(res.errors).toBeUndefined();
    const r = res.data!.rankCandidates;
    expect(r.modelVersion).toBe(MATCH_MODEL_VERSION);
    expect(r.total).toBe(3);
    expect(r.candidates.map((c) => [c.rank, c.candidate.name, c.score])).toEqual([
      // Ana: skills (2·1 + 2·1 + 1·1) / (1.25·5) = 0.8 → 36; Principal for Senior 0.6 → 9; on time 15; €720 ≤ €800 15; 8 h overlap 10 → 85.0
      [1, 'Ana Principal', 85],
      // Ben: skills (2·1 + 2·1.25 + 0) / 6.25 = 0.72 → 32.4; 15; 15; €880 is 10% over → 0.8 · (1 − 0.1/0.2) = 0.4 → 6; Paris 8 h → 10 → 78.4
      [2, 'Ben Paris', 78.4],
      // Ivy: skills 4/6.25 = 0.64 → 28.8; 15; 3 days late 1 − 3/28 → 13.39; no rate 0.5 → 7.5; London 7 h → 0.875 → 8.75 → 73.4
      [3, 'Ivy London', 73.4],
    ]);
    expect(r.candidates[0]!.factors).toEqual([
      { factor: 'skills', label: 'Skills', value: 0.8, weight: 0.45, contribution: 36, detail: 'Kubernetes 3/3 · Go 3/3 · Terraform 2/2' },
      { factor: 'seniority', label: 'Seniority', value: 0.6, weight: 0.15, contribution: 9, detail: expect.stringContaining('Principal') },
      { factor: 'availability', label: 'Availability', value: 1, weight: 0.15, contribution: 15, detail: 'Available on the start date' },
      { factor: 'budget', label: 'Budget', value: 1, weight: 0.15, contribution: 15, detail: 'Within budget at €720/day (budget €800)' },
      { factor: 'timeZone', label: 'Time zone', value: 1, weight: 0.1, contribution: 10, detail: expect.stringContaining('8 h') },
    ]);
    expect(r.candidates[2]!.factors.map((f) => [f.factor, f.value, f.contribution])).toEqual([
      ['skills', 0.64, 28.8],
      ['seniority', 1, 15],
      ['availability', 0.893, 13.4],
      ['budget', 0.5, 7.5],
      ['timeZone', 0.875, 8.8],
    ]);
    // Every row gets the smallest change (smallestImprovement). Kubernetes 3 → 4 (cap 1.25): skills + 0.5·2/6.25 · 45 = +3.6.
    // Ana (rank 1): nothing to pass; her best one-step gain is Kubernetes (+3.6; Go ties, Terraform 2 → 3 gives +1.8).
    // Ben (78.4): one step passes nobody (Kubernetes 4 or Terraform 1 → 82.0; 5% lower, 4.5% over → 0.62 → 81.7); in two,
    // Terraform 2 → 85.6 and 10% lower (€792, within budget → 15) → 87.4 both pass Ana's 85: the higher score wins.
    // Ivy (73.4): one step reaches 77.0 at most (3rd); in two, Terraform 2 → 80.6 passes Ben: 2nd.
    expect(r.candidates.map((c) => c.whatWouldChange)).toEqual([
      ['+1 level in Kubernetes: score +3.6'],
      ['Day rate 10% lower: would rank 1st'],
      ['Terraform at level 2: would rank 2nd'],
    ]);
    // Pages: zero-based, capped.
    const page1 = await ctx.api.gql<{ rankCandidates: { total: number; candidates: { rank: number; candidate: { name: string } }[] } }>(RANK, { roleId: role.id, page: 1, perPage: 2 }, { as: Role.RECRUITER });
    expect(page1.data!.rankCandidates).toMatchObject({ total: 3, candidates: [{ rank: 3, candidate: { name: 'Ivy London' } }] });
  });

  it('lists everyone the hard constraints keep out, with the constraint and what would let them in', async () => {
    const role = await platformRole();
    await pool();
    const res = await ctx.api.gql<{ excludedCandidates: { total: number; byConstraint: unknown[]; candidates: { candidate: { name: string }; failed: { constraint: string; detail: string }[]; whatWouldChange: string[] }[] } }>(
      EXCLUDED,
      { roleId: role.id },
      { as: Role.RECRUITER },
    );
    expect(res.errors).toBeUndefined();
    const ex = res.data!.excludedCandidates;
    expect(ex.total).toBe(6);
    expect(ex.byConstraint).toEqual(['CONSENT', 'KIND', 'AVAILABILITY', 'ALLOCATION', 'SKILL', 'TIME_ZONE'].map((constraint) => ({ constraint, count: 1 })));
    const byName = Object.fromEntries(ex.candidates.map((c) => [c.candidate.name, c]));
    expect(byName['Eve Short']).toEqual({ candidate: { name: 'Eve Short' }, failed: [{ constraint: 'SKILL', detail: 'Kubernetes 2, needs 3' }], whatWouldChange: ['Meets the role if the Kubernetes minimum drops to 2'] });
    expect(byName['Gus Later']!.failed).toEqual([{ constraint: 'AVAILABILITY', detail: `Available from ${formatDay(addDays(D, 30))}, 30 days after the start` }]);
    expect(byName['Gus Later']!.whatWouldChange).toEqual([`Meets the role if the start moves to ${formatDay(addDays(D, 16))}`]);
    expect(byName['Hal Partial']).toMatchObject({ failed: [{ constraint: 'ALLOCATION', detail: '60% free, the role needs 80%' }], whatWouldChange: ['Meets the role at 60% allocation'] });
    expect(byName['Cy New York']!.failed).toEqual([{ constraint: 'TIME_ZONE', detail: expect.stringMatching(/^2 h .*needs 4 h$/) }]);
    expect(byName['Dee Permanent']!.failed.map((f) => f.constraint)).toEqual(['KIND']);
    // The fixture's consent expired yesterday (UTC): the reason names the day.
    expect(byName['Fay Lapsed']).toMatchObject({ failed: [{ constraint: 'CONSENT', detail: `Consent expired on ${formatDay(daysFromToday(-1))}` }], whatWouldChange: [] });

    // "Why is Eve not here?" has the same answer one at a time.
    const eveId = (await ctx.api.dataSource.query(`SELECT id FROM candidate WHERE name = 'Eve Short'`))[0].id;
    const fit = await ctx.api.gql<{ candidateFit: Record<string, unknown> }>(FIT, { roleId: role.id, candidateId: eveId }, { as: Role.CONSULTANT });
    expect(fit.data!.candidateFit).toMatchObject({ eligible: false, score: null, failed: [{ constraint: 'SKILL', detail: 'Kubernetes 2, needs 3' }] });
  });

  it('pages the excluded list in the order of a plain sort over everyone, across groups with one, two and three failures', async () => {
    const role = await platformRole();
    await pool();
    // Two and three failures, with ties in score (same person twice) that the name and id break.
    for (const name of ['Kim Twice', 'Kim Twice', 'Lou Twice']) await createCandidate(ctx.api, { name, kind: 'PERMANENT_SEEKER', timeZone: 'America/New_York', skills: { Kubernetes: 5, Go: 5 } });
    await createCandidate(ctx.api, { name: 'Max Thrice', kind: 'PERMANENT_SEEKER', timeZone: 'Asia/Kolkata', skills: { Kubernetes: 1 } });
    const matching = ctx.api.app.get(MatchingService);
    const q = new MatchQuery(await matching.context(await ctx.api.dataSource.manager.findOneByOrFail(RoleEntity, { id: role.id })));
    const booked = q.bookedJoin();
    const constraints = q.constraints();
    const score = q.score();
    // The reference: every excluded candidate in one sort, no grouping.
    const all = ((await ctx.api.dataSource.query(
      `SELECT c.id FROM ${MATCH_TABLE} c ${booked} WHERE NOT (${constraints.map((k) => k.sql).join(' AND ')}) ORDER BY ${q.failed(constraints)}, ${score} DESC, c.name, c.id`,
      q.params,
    )) as { id: string }[]).map((r) => r.id);
    expect(all).toHaveLength(10);
    const PAGE = `query($roleId: ID!, $page: Int, $perPage: Int) { excludedCandidates(roleId: $roleId, page: $page, perPage: $perPage) { total candidates { candidateId } } }`;
    for (const perPage of [1, 3, 4, 7, 25]) {
      const seen: string[] = [];
      for (let page = 0; page * perPage < all.length + perPage; page++) {
        const res = await ctx.api.gql<{ excludedCandidates: { total: number; candidates: { candidateId: string }[] } }>(PAGE, { roleId: role.id, page, perPage }, { as: Role.RECRUITER });
        expect(res.data!.excludedCandidates.total).toBe(10);
        seen.push(...res.data!.excludedCandidates.candidates.map((c) => c.candidateId));
      }
      expect(seen).toEqual(all);
    }
    // Filtered by a constraint: those failing it, in the same order.
    const FILTERED = `query($roleId: ID!, $page: Int, $perPage: Int, $constraint: String) { excludedCandidates(roleId: $roleId, page: $page, perPage: $perPage, constraint: $constraint) { total candidates { candidateId } } }`;
    const kinds = [...new Set(constraints.map((k) => k.constraint))];
    expect(kinds).toEqual(expect.arrayContaining(['KIND', 'SKILL', 'TIME_ZONE']));
    for (const kind of kinds) {
      const own = constraints.filter((k) => k.constraint === kind).map((k) => k.sql);
      const failing = ((await ctx.api.dataSource.query(
        `SELECT c.id FROM ${MATCH_TABLE} c ${booked} WHERE NOT (${own.join(' AND ')}) ORDER BY ${q.failed(constraints)}, ${score} DESC, c.name, c.id`,
        q.params,
      )) as { id: string }[]).map((r) => r.id);
      for (const perPage of [1, 3]) {
        const seen: string[] = [];
        for (let page = 0; page * perPage < failing.length + perPage; page++) {
          const res = await ctx.api.gql<{ excludedCandidates: { total: number; candidates: { candidateId: string }[] } }>(FILTERED, { roleId: role.id, page, perPage, constraint: kind }, { as: Role.RECRUITER });
          expect(res.data!.excludedCandidates.total).toBe(failing.length);
          seen.push(...res.data!.excludedCandidates.candidates.map((c) => c.candidateId));
        }
        expect({ kind, perPage, seen }).toEqual({ kind, perPage, seen: failing });
      }
    }
  });

  it('ranks and filters in SQL exactly as the shared model does, over generated roles and pools (property)', async () => {
    const ds = ctx.api.dataSource;
    const candidates = ctx.api.app.get(CandidateService);
    const matching = ctx.api.app.get(MatchingService);
    // Skills from both ends of the taxonomy, so skillLevels is read at small and large indexes.
    const taxonomy = (await ds.query(`SELECT id, name FROM skill ORDER BY no`)) as { id: string; name: string }[];
    const half = PARITY_SKILL_COUNT / 2;
    const skills = [...taxonomy.slice(0, half), ...taxonomy.slice(-half)];
    expect(skills).toHaveLength(PARITY_SKILL_COUNT);

    /** Builds one scenario inside `m` and returns every candidate whose SQL verdict differs from the model's. */
    const mismatches = async (m: EntityManager, { role, pool }: ParityScenario) => {
      await m.query(`UPDATE client SET "timeZone" = $2, "coreHoursStart" = $3, "coreHoursEnd" = $4 WHERE id = $1`, [
        ctx.seeded.clientId,
        role.client.timeZone,
        role.client.coreHoursStart,
        role.client.coreHoursEnd,
      ]);
      const insertRole = async (title: string, r: Partial<Omit<GeneratedRole, 'requiredSkills'>> & { requiredSkills?: RequiredSkill[] }) =>
        ((await m.query(
          `INSERT INTO role ("clientId", "engagementId", title, "optionType", seniority, "requiredSkills", "startDate", permanent, "durationWeeks", allocation, "budgetMaxMinor", currency, "minOverlapHours")
           VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
          [ctx.seeded.clientId, engagementId, title, r.optionType ?? 'AUGMENTATION', r.seniority ?? 'SENIOR', JSON.stringify(r.requiredSkills ?? []),
            r.startOffset == null ? null : addDays(PARITY_BASE, r.startOffset), r.permanent ?? false, r.durationWeeks ?? null, r.allocation ?? 100, r.budgetMaxMinor ?? null, r.currency ?? 'EUR', r.minOverlapHours ?? 0],
        )) as [{ id: string }])[0].id;
      const requiredSkills: RequiredSkill[] = role.requiredSkills.map((s) => ({ skillId: skills[s.skill]!.id, skill: skills[s.skill]!.name, minLevel: s.minLevel, mustHave: s.mustHave, weight: s.weight }));
      const roleId = await insertRole('Parity role', { ...role, requiredSkills });
      const bookingRoles = [await insertRole('Booked elsewhere 1', {}), await insertRole('Booked elsewhere 2', {})];
      const mctx = await matching.context(await m.findOneByOrFail(RoleEntity, { id: roleId }), m);
      const start = mctx.input.startDate;
      const rateBase = role.budgetMaxMinor ?? 100_000;
      const money = (rate: GeneratedCandidate['dayRate']) => (rate === null ? null : Math.max(0, Math.round((rateBase * rate.percent) / 100) + rate.jitter));
      const now = Date.now();
      const hours = (n: number) => new Date(now + n * 3_600_000);

      // The pool, written by the candidate service (skills arrays included), and the shared model's view of each candidate.
      const expected = new Map<string, { spec: GeneratedCandidate; input: MatchCandidateInput }>();
      for (const [i, spec] of pool.entries()) {
        const consent = {
          none: { consentGivenAt: null, consentExpiresAt: null },
          expired: { consentGivenAt: hours(-24 * 400), consentExpiresAt: hours(-1) },
          valid: { consentGivenAt: hours(-24 * 30), consentExpiresAt: hours(24 * 30) },
          'open-ended': { consentGivenAt: hours(-24 * 30), consentExpiresAt: null },
        }[spec.consent];
        const fields: CandidateFields = {
          kind: spec.kind,
          name: `Parity Person ${i}`,
          email: `parity.${i}@talent.example`,
          phone: null,
          profileUrl: null,
          location: null,
          timeZone: spec.timeZone,
          seniority: spec.seniority,
          availableFrom: addDays(start, spec.availableOffset),
          allocation: spec.allocation,
          dayRateMinor: money(spec.dayRate),
          salaryMinor: money(spec.salary),
          currency: spec.currency ?? role.currency,
          cvText: null,
          consentBasis: 'CONSENT',
          ...consent,
          lastContactAt: null,
          tags: [],
        };
        const held = spec.levels.flatMap((level, s) => (level === null ? [] : [{ skillId: skills[s]!.id, level }]));
        const { id } = await candidates.insert(m, fields, held);
        const placements = spec.placements.map((p) => ({ startDate: addDays(start, p.startOffset), endDate: p.days === null ? null : addDays(start, p.startOffset + p.days), allocation: p.allocation }));
        for (const [j, p] of placements.entries()) {
          const [{ id: matchId }] = (await m.query(`INSERT INTO match ("roleId", "candidateId", score, stage, "modelVersion") VALUES ($1, $2, 0, 'PLACED', $3) RETURNING id`, [
            bookingRoles[j],
            id,
            MATCH_MODEL_VERSION,
          ])) as [{ id: string }];
          await m.query(`INSERT INTO placement ("matchId", "roleId", "candidateId", "startDate", "endDate", "rateMinor", currency, allocation) VALUES ($1, $2, $3, $4, $5, 0, 'EUR', $6)`, [
            matchId,
            bookingRoles[j],
            id,
            p.startDate,
            p.endDate,
            p.allocation,
          ]);
        }
        // Booked in the role's window: the placement starts before the window ends and ends after it starts.
        const booked = placements
          .filter((p) => (mctx.windowEnd === null || p.startDate <= mctx.windowEnd) && (p.endDate === null || p.endDate >= mctx.windowStart))
          .reduce((sum, p) => sum + p.allocation, 0);
        expected.set(id, {
          spec,
          input: {
            kind: fields.kind,
            seniority: fields.seniority,
            availableFrom: fields.availableFrom,
            freeAllocation: spec.allocation - booked,
            dayRateMinor: fields.dayRateMinor,
            salaryMinor: fields.salaryMinor,
            currency: fields.currency,
            utcOffsetMinutes: standardUtcOffsetMinutes(spec.timeZone),
            consentValid: consentValid(fields),
            skills: Object.fromEntries(held.map((h) => [h.skillId, h.level])),
          },
        });
      }

      // The app's SQL, verbatim, on the table it reads (kept in step with the candidate by triggers):
      // each hard constraint, the failure count, the eligibility filter, each factor and the score.
      // The context again, now that the placements exist (it lists who they leave short of the role's allocation).
      const q = new MatchQuery(await matching.context(await m.findOneByOrFail(RoleEntity, { id: roleId }), m));
      const bookedJoin = q.bookedJoin();
      const constraints = q.constraints();
      const factors = q.factors();
      const rows = (await m.query(
        `SELECT c.id, ${constraints.map((k, i) => `${k.sql} AS "pass${i}"`).join(', ')}, (${constraints.map((k) => k.sql).join(' AND ')}) AS eligible,
                ${q.failed(constraints)} AS "failedCount", ${q.failsBetween([...constraints].reverse(), 1, 1)} AS "failsOne",
                ${MATCH_FACTORS.map((f) => `${factors[f]} AS "${f}"`).join(', ')}, ${q.score()} AS score
           FROM ${MATCH_TABLE} c ${bookedJoin} WHERE c.id = ANY(${q.param([...expected.keys()], '::uuid[]')})`,
        q.params,
      )) as ({ id: string; eligible: boolean | null; score: number } & Record<string, unknown>)[];
      expect(rows).toHaveLength(pool.length);

      const mustHaves = mctx.input.requiredSkills.filter((s) => s.mustHave).map((s) => s.skill);
      return rows.flatMap((row) => {
        const { spec, input } = expected.get(row.id)!;
        // A NULL verdict would drop the candidate from both the ranking and the excluded list.
        const verdicts = constraints.map((_, i) => row[`pass${i}`]);
        // Which constraints fail, SKILL named by its must-have skill (one predicate per must-have, in the role's order).
        const sql = {
          eligible: row.eligible,
          failed: constraints.flatMap((k, i) => {
            const name = k.constraint === 'SKILL' ? `SKILL ${mustHaves[constraints.slice(0, i).filter((c) => c.constraint === 'SKILL').length]}` : k.constraint;
            return verdicts[i] === true ? [] : [verdicts[i] === false ? name : `${name} (NULL)`];
          }),
        };
        const failures = hardConstraintFailures(mctx.input, input);
        const model = {
          eligible: failures.length === 0,
          failed: failures.map((f) => (f.constraint === 'SKILL' ? `SKILL ${f.detail.replace(/ (missing|\d+), needs \d+$/, '')}` : f.constraint)),
        };
        const exact = exactMatchScore(mctx.input, input);
        const off = [
          ...MATCH_FACTORS.filter((f) => !(Math.abs(Number(row[f]) - exact.values[f]) <= SCORE_TOLERANCE)).map((f) => `${f}: SQL ${row[f]}, model ${exact.values[f]}`),
          ...(Math.abs(Number(row.score) - exact.score) <= SCORE_TOLERANCE ? [] : [`score: SQL ${row.score}, model ${exact.score}`]),
        ];
        // The excluded list orders by the failure count, and finds its first page by "exactly one failed" (a chain that stops at the second): both must count what failed.
        const failedCount = verdicts.filter((v) => v !== true).length;
        const counted = row['failedCount'] === failedCount && row['failsOne'] === (failedCount === 1);
        const agree = sql.eligible === model.eligible && JSON.stringify(sql.failed) === JSON.stringify(model.failed) && off.length === 0 && counted;
        return agree ? [] : [{ candidate: spec, input, sql, model, scores: off, failedCount: row['failedCount'], failsOne: row['failsOne'] }];
      });
    };

    await fc.assert(
      fc.asyncProperty(parityScenarioArb, async (scenario) => {
        // Each run in its own transaction, rolled back: the next run starts from the seeded database.
        const runner = ds.createQueryRunner();
        await runner.connect();
        await runner.startTransaction();
        try {
          expect({ role: scenario.role, mismatches: await mismatches(runner.manager, scenario) }).toEqual({ role: scenario.role, mismatches: [] });
        } finally {
          await runner.rollbackTransaction();
          await runner.release();
        }
      }),
      // On failure fast-check prints the seed and the path of the counterexample; rerun with MATCH_PARITY_SEED=<seed>.
      { seed: PARITY_SEED, numRuns: PARITY_RUNS },
    );
    // Every run rolled back: nothing of the generated pools is left.
    expect(await ds.query(`SELECT count(*)::int AS n FROM candidate`)).toEqual([{ n: 0 }]);
    expect(standardUtcOffsetMinutes('America/Sao_Paulo')).toBe(-180);
  }, 120_000);

  it('keeps consent-expired candidates out at once, even from stored suggestions', async () => {
    const role = await platformRole();
    const { ana } = await pool();
    await ctx.api.app.get(MatchingService).recomputeRole(role.id);
    const LIST = `query($roleId: ID!) { allMatches(filter: { roleId: $roleId }) { candidate { name } stage rank score } }`;
    const stored = await ctx.api.gql<{ allMatches: { candidate: { name: string }; stage: string; rank: number }[] }>(LIST, { roleId: role.id }, { as: Role.RECRUITER });
    expect(stored.data!.allMatches.map((m) => [m.candidate.name, m.stage, m.rank])).toEqual([
      ['Ana Principal', 'SUGGESTED', 1],
      ['Ben Paris', 'SUGGESTED', 2],
      ['Ivy London', 'SUGGESTED', 3],
    ]);
    await ctx.api.dataSource.query(`UPDATE candidate SET "consentExpiresAt" = now() - interval '1 minute' WHERE id = $1`, [ana.id]);
    const ranked = await ctx.api.gql<{ rankCandidates: { candidates: { candidate: { name: string } }[] } }>(RANK, { roleId: role.id }, { as: Role.RECRUITER });
    expect(ranked.data!.rankCandidates.candidates.map((c) => c.candidate.name)).toEqual(['Ben Paris', 'Ivy London']);
    const after = await ctx.api.gql<{ allMatches: { candidate: { name: string } }[] }>(LIST, { roleId: role.id }, { as: Role.RECRUITER });
    expect(after.data!.allMatches.map((m) => m.candidate.name)).toEqual(['Ben Paris', 'Ivy London']);
  });

  it('recomputes stored matches: suggestions follow the pool, matches in the pipeline keep their stage', async () => {
    const role = await platformRole();
    const { ana, ben } = await pool();
    const matching = ctx.api.app.get(MatchingService);
    expect(await matching.recomputeRole(role.id)).toEqual({ stored: 3, removed: 0 });
    const shortlisted = await ctx.api.gql<{ shortlistCandidate: { id: string; stage: string } }>(SHORTLIST, { roleId: role.id, candidateId: ben.id }, { as: Role.RECRUITER });
    expect(shortlisted.data!.shortlistCandidate.stage).toBe('SHORTLISTED');
    // Ana's skills drop below the must-have; Ben moves to New York: both fail now.
    const [go] = await skillIds(ctx.api.dataSource, 'Go');
    await ctx.api.gql(`mutation($id: ID!, $s: [CandidateSkillInput!]) { updateCandidate(id: $id, skills: $s) { id } }`, { id: ana.id, s: [{ skillId: go, level: 5 }] }, { as: Role.RECRUITER });
    await ctx.api.gql(`mutation($id: ID!) { updateCandidate(id: $id, timeZone: "America/New_York") { id } }`, { id: ben.id }, { as: Role.RECRUITER });
    expect(await matching.recomputeRole(role.id)).toEqual({ stored: 2, removed: 1 });
    const rows = await ctx.api.dataSource.query(
      `SELECT c.name, m.stage, m.rank, m."failedConstraints" FROM match m JOIN candidate c ON c.id = m."candidateId" WHERE m."roleId" = $1 ORDER BY c.name`,
      [role.id],
    );
    expect(rows).toEqual([
      { name: 'Ben Paris', stage: 'SHORTLISTED', rank: null, failedConstraints: [{ constraint: 'TIME_ZONE', detail: expect.stringContaining('needs 4 h') }] },
      { name: 'Ivy London', stage: 'SUGGESTED', rank: 1, failedConstraints: [] },
    ]);
  });

  it('moves a match through the pipeline one stage at a time, recording who and why; placing fills the role and books the candidate', async () => {
    const role = await platformRole();
    const { ana, eve } = await pool();
    expect(codeOf(await ctx.api.gql(SHORTLIST, { roleId: role.id, candidateId: eve.id }, { as: Role.RECRUITER }))).toBe('CONFLICT');
    const { id } = (await ctx.api.gql<{ shortlistCandidate: { id: string } }>(SHORTLIST, { roleId: role.id, candidateId: ana.id, reason: 'Strong Go' }, { as: Role.RECRUITER })).data!.shortlistCandidate;
    expect(codeOf(await ctx.api.gql(SHORTLIST, { roleId: role.id, candidateId: ana.id }, { as: Role.RECRUITER }))).toBe('CONFLICT');
    const move = (vars: Record<string, unknown>, as: Role = Role.RECRUITER) => ctx.api.gql<{ moveMatchStage: Record<string, unknown> & { stageChanges: unknown[] } }>(MOVE, { id, ...vars }, { as });

    const skip = await move({ stage: 'OFFERED' });
    const words = 'A match cannot go from Shortlisted to Offered: next is Submitted, Rejected or Withdrawn.';
    expect(skip.errors![0]).toMatchObject({ message: words, extensions: { code: 'BAD_USER_INPUT', fields: { stage: words } } });
    expect(codeOf(await move({ stage: 'REJECTED', reason: 'x' }, Role.CONSULTANT))).toBe('FORBIDDEN');
    expect(codeOf(await move({ stage: 'REJECTED', reason: 'x' }, Role.CLIENT))).toBe('FORBIDDEN');
    // Submitted only through "Submit to client" (see the pipeline spec).
    const submitted = await submitMatch(ctx.api, id);
    expect((await move({ stage: 'INTERVIEWING', idempotencyKey: 'interview-ana-1' })).data!.moveMatchStage.stage).toBe('INTERVIEWING');
    // A retried request is answered, not applied twice.
    expect((await move({ stage: 'INTERVIEWING', idempotencyKey: 'interview-ana-1' })).data!.moveMatchStage.stage).toBe('INTERVIEWING');
    await move({ stage: 'OFFERED', reason: 'Client liked the design round' });
    expect(codeOf(await move({ stage: 'PLACED' }))).toBe('BAD_USER_INPUT');
    const placed = await move({ stage: 'PLACED', placement: { startDate: D, rateMinor: 72000, currency: 'EUR' } });
    expect(placed.errors).toBeUndefined();
    expect(placed.data!.moveMatchStage).toMatchObject({
      stage: 'PLACED',
      placement: { startDate: D, endDate: addDays(D, 84), rateMinor: 72000, currency: 'EUR', allocation: 80 },
      stageChanges: [
        { fromStage: null, toStage: 'SHORTLISTED', reason: 'Strong Go', changedBy: { name: 'Rita Recruiter' } },
        { fromStage: 'SHORTLISTED', toStage: 'SUBMITTED', reason: submitted, changedBy: { name: 'Rita Recruiter' } },
        { fromStage: 'SUBMITTED', toStage: 'INTERVIEWING', reason: null, changedBy: { name: 'Rita Recruiter' } },
        { fromStage: 'INTERVIEWING', toStage: 'OFFERED', reason: 'Client liked the design round', changedBy: { name: 'Rita Recruiter' } },
        { fromStage: 'OFFERED', toStage: 'PLACED', reason: null, changedBy: { name: 'Rita Recruiter' } },
      ],
    });
    expect(codeOf(await move({ stage: 'WITHDRAWN', reason: 'x' }))).toBe('BAD_USER_INPUT');
    const dash = await ctx.api.gql<{ recruiterDashboard: { placementsThisMonth: number } }>(`{ recruiterDashboard { placementsThisMonth } }`, {}, { as: Role.RECRUITER });
    expect(dash.data!.recruiterDashboard.placementsThisMonth).toBe(1);
    const after = await ctx.api.gql<{ Role: { status: string; matchCounts: unknown[] } }>(`query($id: ID!) { Role(id: $id) { status matchCounts { stage count } } }`, { id: role.id }, { as: Role.RECRUITER });
    expect(after.data!.Role).toEqual({ status: 'FILLED', matchCounts: [{ stage: 'PLACED', count: 1 }] });
    // Ana's 100% now has 80% booked from D for 12 weeks: a second role in that window needs more than she has left.
    const second = await platformRole({ title: 'Second platform role', allocation: 50 });
    const fit = await ctx.api.gql<{ candidateFit: { failed: unknown[] } }>(FIT, { roleId: second.id, candidateId: ana.id }, { as: Role.RECRUITER });
    expect(fit.data!.candidateFit.failed).toEqual([{ constraint: 'ALLOCATION', detail: '20% free, the role needs 50%' }]);
    const later = await platformRole({ title: 'Later platform role', startDate: addDays(D, 100) });
    expect((await ctx.api.gql<{ candidateFit: { eligible: boolean } }>(FIT, { roleId: later.id, candidateId: ana.id }, { as: Role.RECRUITER })).data!.candidateFit.eligible).toBe(true);
    // The filled role's pipeline is closed.
    const { ben } = { ben: (await ctx.api.dataSource.query(`SELECT id FROM candidate WHERE name = 'Ben Paris'`))[0] };
    expect(codeOf(await ctx.api.gql(SHORTLIST, { roleId: role.id, candidateId: ben.id }, { as: Role.RECRUITER }))).toBe('CONFLICT');
    expect(codeOf(await ctx.api.gql(`mutation($id: ID!) { deleteRole(id: $id) { id } }`, { id: role.id }, { as: Role.RECRUITER }))).toBe('CONFLICT');
  });

  it('rejects and withdraws only with a reason', async () => {
    const role = await platformRole();
    const { ana } = await pool();
    const { id } = (await ctx.api.gql<{ shortlistCandidate: { id: string } }>(SHORTLIST, { roleId: role.id, candidateId: ana.id }, { as: Role.RECRUITER })).data!.shortlistCandidate;
    const noReason = await ctx.api.gql(MOVE, { id, stage: 'REJECTED' }, { as: Role.RECRUITER });
    expect(noReason.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: 'is required to mark a match rejected' } });
    const rejected = await ctx.api.gql<{ moveMatchStage: { stage: string } }>(MOVE, { id, stage: 'REJECTED', reason: 'Client wants on-site' }, { as: Role.RECRUITER });
    expect(rejected.data!.moveMatchStage.stage).toBe('REJECTED');
    expect(codeOf(await ctx.api.gql(MOVE, { id, stage: 'INTERVIEWING' }, { as: Role.RECRUITER }))).toBe('BAD_USER_INPUT');
  });

  it('placing a role drafted from an accepted recommendation closes its gap as ADDRESSED', async () => {
    const fixture = await openAssessmentWithResponses(ctx.api, ctx.seeded);
    await ctx.api.gql(`mutation($id: ID!) { closeAssessment(id: $id, reason: "Enough responses") { status } }`, { id: fixture.assessmentId }, { as: Role.CONSULTANT });
    const steps = await ctx.api.finaliseSteps();
    await steps.scoreAndFindGaps(fixture.assessmentId);
    await steps.recommendAndReport(fixture.assessmentId);
    const [rec] = await ctx.api.dataSource.query(`SELECT r.id FROM recommendation r WHERE r."assessmentId" = $1 AND r.option = 'AUGMENTATION'`, [fixture.assessmentId]);
    const accepted = await ctx.api.gql(`mutation($id: ID!) { acceptRecommendation(id: $id) { state } }`, { id: rec.id }, { as: Role.CONSULTANT });
    expect(accepted.errors).toBeUndefined();
    const [drafted] = await ctx.api.dataSource.query(`SELECT id FROM role WHERE "recommendationId" = $1`, [rec.id]);
    const role = (await ctx.api.gql<{ Role: { requiredSkills: { skill: string; minLevel: number }[]; startDate: string; gapStatus: string; allocation: number } }>(`query($id: ID!) { Role(id: $id) { ${ROLE_FIELDS} } }`, { id: drafted.id }, { as: Role.RECRUITER })).data!.Role;
    expect(role.gapStatus).toBe('OPEN');
    expect(role.requiredSkills.length).toBeGreaterThan(0);
    // A drafted role is a DRAFT until a recruiter opens it: its pipeline is closed until then.
    const status = async () => (await ctx.api.dataSource.query(`SELECT status FROM role WHERE id = $1`, [drafted.id]))[0].status;
    expect(await status()).toBe('DRAFT');
    await ctx.api.gql(`mutation($id: ID!) { updateRole(id: $id, status: OPEN) { status } }`, { id: drafted.id }, { as: Role.RECRUITER });
    expect(await status()).toBe('OPEN');
    const fit = await createCandidate(ctx.api, {
      name: 'Fitting Person',
      kind: 'ASSOCIATE',
      seniority: 'LEAD',
      availableFrom: role.startDate,
      skills: Object.fromEntries(role.requiredSkills.map((s) => [s.skill, Math.max(s.minLevel, 3)])),
    });
    const ranked = await ctx.api.gql<{ rankCandidates: { candidates: { candidate: { name: string }; score: number }[] } }>(RANK, { roleId: drafted.id }, { as: Role.RECRUITER });
    expect(ranked.data!.rankCandidates.candidates.map((c) => c.candidate.name)).toEqual(['Fitting Person']);
    const { id } = (await ctx.api.gql<{ shortlistCandidate: { id: string } }>(SHORTLIST, { roleId: drafted.id, candidateId: fit.id }, { as: Role.RECRUITER })).data!.shortlistCandidate;
    await submitMatch(ctx.api, id);
    for (const stage of ['INTERVIEWING', 'OFFERED']) await ctx.api.gql(MOVE, { id, stage }, { as: Role.RECRUITER });
    const placed = await ctx.api.gql(MOVE, { id, stage: 'PLACED', placement: { startDate: role.startDate, rateMinor: 70000, currency: 'EUR' } }, { as: Role.RECRUITER });
    expect(placed.errors).toBeUndefined();
    const done = (await ctx.api.gql<{ Role: { status: string; gapStatus: string } }>(`query($id: ID!) { Role(id: $id) { status gapStatus } }`, { id: drafted.id }, { as: Role.RECRUITER })).data!.Role;
    expect(done).toEqual({ status: 'FILLED', gapStatus: 'ADDRESSED' });
  });

  it('creates and edits roles with their checks; CONSULTANT reads and manages roles but not the pipeline; CLIENT sees none of it', async () => {
    const role = await platformRole();
    const [k8s] = await skillIds(ctx.api.dataSource, 'Kubernetes');
    const bad: [Record<string, unknown>, string][] = [
      [{ requiredSkills: [{ skillId: k8s, minLevel: 6, mustHave: true, weight: 1 }] }, 'requiredSkills.0.minLevel'],
      [{ requiredSkills: [{ skillId: k8s, minLevel: 3, mustHave: true, weight: 1 }, { skillId: k8s, minLevel: 2, mustHave: false, weight: 1 }] }, 'requiredSkills'],
      [{ minOverlapHours: 9 }, 'minOverlapHours'],
      [{ budgetMinMinor: 90000, budgetMaxMinor: 80000 }, 'budgetMaxMinor'],
      [{ permanent: true, durationWeeks: 12 }, 'durationWeeks'],
      [{ engagementId: '00000000-0000-4000-8000-000000000000' }, 'engagementId'],
    ];
    for (const [vars, field] of bad) {
      const res = await ctx.api.gql(CREATE_ROLE, { engagementId, title: 'x', optionType: 'AUGMENTATION', requiredSkills: [], seniority: 'SENIOR', ...vars }, { as: Role.RECRUITER });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors![0]!.extensions.fields ?? {})).toContain(field);
    }
    const UPDATE = `mutation($id: ID!, $status: RoleStatus, $title: String) { updateRole(id: $id, status: $status, title: $title) { status title } }`;
    expect(codeOf(await ctx.api.gql(UPDATE, { id: role.id, status: 'FILLED' }, { as: Role.RECRUITER }))).toBe('BAD_USER_INPUT');
    expect((await ctx.api.gql(UPDATE, { id: role.id, title: 'Platform engineer (EU)' }, { as: Role.CONSULTANT })).data).toEqual({ updateRole: { status: 'OPEN', title: 'Platform engineer (EU)' } });
    const events = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'role.changed' AND payload->>'roleId' = $1`, [role.id]);
    expect(events).toEqual([{ n: 2 }]);
    const cancelled = await ctx.api.gql(UPDATE, { id: role.id, status: 'CANCELLED' }, { as: Role.RECRUITER });
    expect(cancelled.data).toEqual({ updateRole: { status: 'CANCELLED', title: 'Platform engineer (EU)' } });
    // Open roles first, oldest first.
    const newer = await platformRole({ title: 'Newer role' });
    const list = await ctx.api.gql<{ allRoles: { title: string }[] }>(`{ allRoles { title } }`, {}, { as: Role.RECRUITER });
    expect(list.data!.allRoles.map((r) => r.title)).toEqual(['Newer role', 'Platform engineer (EU)']);
    for (const [q, v] of [
      [RANK, { roleId: newer.id }],
      [EXCLUDED, { roleId: newer.id }],
      [`{ allRoles { id } }`, {}],
      [`{ allMatches { id } }`, {}],
      [`{ allPlacements { id } }`, {}],
      [`{ recruiterDashboard { placementsThisMonth } }`, {}],
    ] as const) {
      expect((await ctx.api.gql(q, v, { as: Role.CONSULTANT })).errors).toBeUndefined();
      expect(codeOf(await ctx.api.gql(q, v, { as: Role.CLIENT }))).toBe('FORBIDDEN');
      expect(codeOf(await ctx.api.gql(q, v))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await ctx.api.gql(CREATE_ROLE, { engagementId, title: 'x', optionType: 'HIRE', requiredSkills: [], seniority: 'LEAD' }, { as: Role.CLIENT }))).toBe('FORBIDDEN');
    expect((await ctx.api.gql(`mutation($id: ID!) { deleteRole(id: $id) { title } }`, { id: newer.id }, { as: Role.RECRUITER })).data).toEqual({ deleteRole: { title: 'Newer role' } });
  });

  it("shows the recruiter's dashboard figures", async () => {
    await platformRole();
    await ctx.api.dataSource.query(`UPDATE role SET "createdAt" = now() - interval '10 days'`);
    await platformRole({ title: 'Fresh role' });
    const soon = await createCandidate(ctx.api, { name: 'Soon Expiring' });
    await ctx.api.dataSource.query(`UPDATE candidate SET "consentExpiresAt" = now() + interval '5 days' WHERE id = $1`, [soon.id]);
    const res = await ctx.api.gql<{ recruiterDashboard: Record<string, unknown> }>(
      `{ recruiterDashboard { openRolesByAge { label count } consentExpiring { name } placementsThisMonth dueForErasure } }`,
      {},
      { as: Role.RECRUITER },
    );
    expect(res.data!.recruiterDashboard).toEqual({
      openRolesByAge: [
        { label: '< 1 week', count: 1 },
        { label: '1–4 weeks', count: 1 },
        { label: '> 4 weeks', count: 0 },
      ],
      consentExpiring: [{ name: 'Soon Expiring' }],
      placementsThisMonth: 0,
      dueForErasure: 0,
    });
  });
});
