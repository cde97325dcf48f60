import { beforeAll, describe, expect, it } from '@jest/globals';
import { lpSolver } from './solver.js';
import type { LpSolve } from './staffing.js';
import { buildTeam, sharedWorkingHours, type TeamCandidate, type TeamRequest } from './team.js';

let solve: LpSolve;
beforeAll(async () => {
  solve = await lpSolver();
});

const skill = (n: number) => ({ skillId: `s${n}`, name: `S${n}`, minLevel: 3, weight: 1 });
const person = (id: string, name: string, score: number, covered: number[], extra: Partial<TeamCandidate> = {}): TeamCandidate => ({
  candidateId: id,
  name,
  score,
  costMinor: null,
  skills: Object.fromEntries(covered.map((n) => [`s${n}`, 4])),
  availableFrom: '2027-01-04',
  utcOffsetMinutes: 0,
  ...extra,
});

/*
 * Six skills of weight 1, a team of exactly two. Xavi covers S2–S5, Uma S1–S3, Vic S4–S6, Zed none.
 * Greedy takes Xavi (4 new), then one more skill at best: Uma or Vic (+1), tie broken by score → Vic.
 * {Xavi, Vic}: 5 of 6 skills, score 155. The exact team {Uma, Vic} covers all six (score 125):
 * coverage comes before score.
 */
const request: TeamRequest = { skills: [1, 2, 3, 4, 5, 6].map(skill), minSize: 2, maxSize: 2, budgetMinor: null };
const pool = [
  person('x', 'Xavi', 90, [2, 3, 4, 5], { utcOffsetMinutes: -300 }),
  person('u', 'Uma', 60, [1, 2, 3], { costMinor: 600, availableFrom: '2027-02-01' }),
  person('v', 'Vic', 65, [4, 5, 6], { costMinor: 600, utcOffsetMinutes: 60 }),
  person('z', 'Zed', 99, []),
];

describe('specialist team', () => {
  it('greedy set cover stops at 5 of 6 skills; the exact team covers all six', () => {
    const { greedy, exact } = buildTeam(request, pool, solve);
    expect(greedy).toMatchObject({ memberIds: ['x', 'v'], coverage: 0.833, totalScore: 155, uncovered: ['S1'] });
    expect(exact).toMatchObject({ memberIds: ['u', 'v'], coverage: 1, totalScore: 125, totalCostMinor: 1200, uncovered: [] });
    // Uma starts on 1 February; Uma (UTC) and Vic (UTC+1) share 09:00–16:00 UTC.
    expect(exact).toMatchObject({ availableFrom: '2027-02-01', sharedHours: 7 });
    expect(exact.skills[0]).toEqual({ skillId: 's1', name: 'S1', minLevel: 3, coveredBy: [{ candidateId: 'u', name: 'Uma', level: 4 }] });
    // Uma's replacement: Xavi (with Vic: S2–S6, 5 of 6, score 155) beats Zed (S4–S6, 3 of 6).
    expect(exact.members[0]).toEqual({
      candidateId: 'u',
      uniqueSkills: ['S1', 'S2', 'S3'],
      alternative: { candidateId: 'x', name: 'Xavi', coverageLoss: 0.167, scoreLoss: -30 },
      explanation: 'Only Uma covers S1, S2 and S3; Xavi would replace them with 16.7% less coverage and 30 points more match score.',
    });
  });

  /* Budget 1,100: Uma and Vic (1,200) no longer fit; {Xavi, Vic} and {Xavi, Uma} both cover 5, Vic scores more. */
  it('a budget changes the team', () => {
    const { exact } = buildTeam({ ...request, budgetMinor: 1100 }, [...pool.slice(0, 3).map((p) => (p.candidateId === 'x' ? { ...p, costMinor: 500 } : p)), pool[3]], solve);
    expect(exact).toMatchObject({ memberIds: ['x', 'v'], coverage: 0.833, totalCostMinor: 1100 });
  });

  it('shared working hours of a team across time zones', () => {
    expect(sharedWorkingHours([0, 60])).toBe(7);
    expect(sharedWorkingHours([0, -300])).toBe(3);
    expect(sharedWorkingHours([540, -300])).toBe(0);
  });
});
