import { beforeAll, describe, expect, it } from '@jest/globals';
import { lpSolver } from './solver.js';
import { greedyPlan, type LpSolve, type PlanInput, type PlanRole, PlanInfeasibleError, solveStaffingPlan } from './staffing.js';

let solve: LpSolve;
beforeAll(async () => {
  solve = await lpSolver();
});

const names = { p: 'Pat', q: 'Quinn', r: 'Robin', s: 'Sam' };
const option = (candidateId: string, score: number, costMinor: number | null = null, freeAllocation = 100) => ({ candidateId, score, freeAllocation, costMinor });
const role = (id: string, urgency: number, candidates: PlanRole['candidates'], extra: Partial<PlanRole> = {}): PlanRole => ({
  id,
  title: `${id.toUpperCase()} role`,
  allocation: 100,
  start: '2027-01-04',
  end: '2027-06-30',
  urgency,
  candidates,
  ...extra,
});
const picks = (side: { assignments: { roleId: string; candidateId: string | null }[] }) => Object.fromEntries(side.assignments.map((a) => [a.roleId, a.candidateId]));

/*
 * 3 × 3, all full-time and at once. Scores (role: p q r):
 *   a (most urgent): 90 85 50     b: 88 60 40     c: 70 62 30
 * Greedy: a takes p (90), b takes q (60), c takes r (30) = 180.
 * Every assignment of the three: a-q b-p c-r 203 · a-r b-p c-q 200 · a-q b-r c-p 195 ·
 * a-p b-r c-q 192 · a-p b-q c-r 180 · a-r b-q c-p 180. Optimal: 203, unique.
 */
const costs = { p: 1000, q: 800, r: 500 };
const threeByThree = (): PlanRole[] => [
  role('a', 3, [option('p', 90, costs.p), option('q', 85, costs.q), option('r', 50, costs.r)]),
  role('b', 2, [option('p', 88, costs.p), option('q', 60, costs.q), option('r', 40, costs.r)]),
  role('c', 1, [option('p', 70, costs.p), option('q', 62, costs.q), option('r', 30, costs.r)]),
];

describe('staffing plan', () => {
  it('3 × 3: the Hungarian method finds 203 where greedy stops at 180, and says why each role differs', () => {
    const result = solveStaffingPlan({ roles: threeByThree(), names }, solve);
    expect(result.solver).toBe('HUNGARIAN');
    expect(picks(result.plan)).toEqual({ a: 'q', b: 'p', c: 'r' });
    expect(result.plan.totalScore).toBe(203);
    expect(picks(result.greedy)).toEqual({ a: 'p', b: 'q', c: 'r' });
    expect(result.greedy.totalScore).toBe(180);
    expect(result.roles.map((r) => r.reason)).toEqual([
      "Pat goes to B role instead, because this role's next choice, Quinn, loses only 5 points here while B role gains 28 points",
      'Pat (score 88) instead of Quinn (60): greedy gave Pat to A role first',
      null,
    ]);
  });

  it('the MILP agrees with the Hungarian method on the same case', () => {
    // A cap nobody reaches sends the case to the MILP without changing it.
    const result = solveStaffingPlan({ roles: threeByThree(), names, constraints: { budgetCapMinor: 10_000 } }, solve);
    expect(result.solver).toBe('MILP');
    expect(picks(result.plan)).toEqual({ a: 'q', b: 'p', c: 'r' });
    expect(result.plan.totalScore).toBe(203);
  });

  /*
   * Cap 2000: all three people cost 2300, so one role stays empty. Pairs within the cap and their
   * best scores: {p,q} 1800 → a-q 85 + b-p 88 = 173 · {p,r} 1500 → a-r 50 + b-p 88 = 138, a-p 90 + b-r 40 = 130 ·
   * {q,r} 1300 → a-q 85 + b-r 40 = 125 … Best: a-q, b-p, c empty (173, cost 1800).
   * Greedy: a-p (1000), b-q (1800), c: r would make 2300 → empty; 150.
   */
  it('a budget cap changes the answer and leaves a role empty, saying so', () => {
    const result = solveStaffingPlan({ roles: threeByThree(), names, constraints: { budgetCapMinor: 2000 } }, solve);
    expect(picks(result.plan)).toEqual({ a: 'q', b: 'p', c: null });
    expect(result.plan).toMatchObject({ totalScore: 173, filled: 2, totalCostMinor: 1800 });
    expect(picks(result.greedy)).toEqual({ a: 'p', b: 'q', c: null });
    expect(result.greedy).toMatchObject({ totalScore: 150, totalCostMinor: 1800 });
    expect(result.roles[2].reason).toBe('Left unfilled to stay within the budget cap: each eligible candidate still free would take the plan over it');
  });

  /* Pin Robin to a: a-r 50, then b-p 88 + c-q 62 = 200 (the alternative b-q 60 + c-p 70 = 130). */
  it('a pinned person stays where pinned and the rest is optimised around them', () => {
    const input: PlanInput = { roles: threeByThree(), names, constraints: { pins: { a: 'r' } } };
    const result = solveStaffingPlan(input, solve);
    expect(result.solver).toBe('MILP');
    expect(picks(result.plan)).toEqual({ a: 'r', b: 'p', c: 'q' });
    expect(result.plan.totalScore).toBe(200);
    expect(picks(greedyPlan(input))).toEqual({ a: 'r', b: 'p', c: 'q' });
  });

  it('an excluded person is nobody’s; a pin on someone ineligible is refused in words', () => {
    const result = solveStaffingPlan({ roles: threeByThree(), names, constraints: { excluded: ['p'] } }, solve);
    // Without Pat: a-q 85 + b-r 40 = 125 beats a-r 50 + b-q 60 = 110; c has nobody left.
    expect(picks(result.plan)).toEqual({ a: 'q', b: 'r', c: null });
    expect(result.roles[2].reason).toBe('Every eligible candidate is placed where they count for more (Quinn on A role and Robin on B role)');
    const roles = [role('a', 1, [option('p', 90)]), role('b', 1, [option('q', 70)])];
    expect(() => solveStaffingPlan({ roles, names, constraints: { pins: { b: 'p' } } }, solve)).toThrow(new PlanInfeasibleError('Pat cannot be pinned to B role: they are not among its eligible candidates'));
  });

  /*
   * Partial allocations. Two 50 % roles at once, Pat free at 100 % scores 90 and 80 on them, Quinn
   * 70 on the second: Pat takes both (170 > 90 + 70). With Pat free at only 50 % (placed elsewhere at
   * 50 %), Pat takes one: 90 + 70 = 160 (Pat on d) beats 80 + nothing.
   */
  it('one person free at 100 % takes two 50 % roles that overlap; at 50 % free, only one', () => {
    const half = (free: number): PlanRole[] => [
      role('d', 2, [option('p', 90, null, free)], { allocation: 50 }),
      role('e', 1, [option('p', 80, null, free), option('q', 70)], { allocation: 50, start: '2027-03-01' }),
    ];
    const both = solveStaffingPlan({ roles: half(100), names }, solve);
    expect(both.solver).toBe('MILP');
    expect(picks(both.plan)).toEqual({ d: 'p', e: 'p' });
    expect(both.plan.totalScore).toBe(170);
    const one = solveStaffingPlan({ roles: half(50), names }, solve);
    expect(picks(one.plan)).toEqual({ d: 'p', e: 'q' });
    expect(one.plan.totalScore).toBe(160);
  });

  it('a full-time person takes two full-time roles one after the other', () => {
    const roles = [role('f', 1, [option('p', 90)], { end: '2027-02-28' }), role('g', 1, [option('p', 85)], { start: '2027-03-01', end: null })];
    const result = solveStaffingPlan({ roles, names }, solve);
    expect(result.solver).toBe('MILP');
    expect(picks(result.plan)).toEqual({ f: 'p', g: 'p' });
  });

  it('a role nobody is eligible for stays empty and says so', () => {
    const roles = [...threeByThree(), role('h', 5, [])];
    const result = solveStaffingPlan({ roles, names }, solve);
    expect(picks(result.plan).h).toBeNull();
    expect(result.roles[3].reason).toBe('Nobody eligible is left for this role: no candidate in the pool meets its hard constraints, or they are excluded');
    expect(result.plan.totalScore).toBe(203);
  });

  it('among plans of the same total, greedy’s picks stand: no difference is shown that gains nothing', () => {
    const roles = [role('a', 2, [option('p', 90), option('q', 90)]), role('b', 1, [option('p', 90), option('q', 90)])];
    const result = solveStaffingPlan({ roles, names, constraints: { budgetCapMinor: 1_000 } }, solve);
    expect(picks(result.plan)).toEqual(picks(result.greedy));
    expect(result.roles.map((r) => r.reason)).toEqual([null, null]);
    expect(solveStaffingPlan({ roles, names }, solve).roles.map((r) => r.reason)).toEqual([null, null]);
  });
});

