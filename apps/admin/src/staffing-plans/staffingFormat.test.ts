import { describe, expect, it } from 'vitest';
import { solvedPlan } from '../test/staffingPlanFixture';
import { acceptSummary, exclude, initialAdjustments, pin, solverLabel, toRerunVariables } from './staffingFormat';

describe('staffing plan adjustments', () => {
  it('start from the plan’s constraints, the cap in units', () => {
    expect(initialAdjustments(solvedPlan({ pins: [{ roleId: 'r1', candidateId: 'bo' }], excludedCandidateIds: ['x'], budgetCapMinor: 125050 }))).toEqual({
      pins: { r1: 'bo' },
      excluded: ['x'],
      cap: '1250.5',
    });
  });

  it('pin one person to one role, and an exclusion lifts their pin', () => {
    let a = initialAdjustments(solvedPlan());
    a = pin(a, 'r1', 'ana');
    a = pin(a, 'r2', 'ana');
    expect(a.pins).toEqual({ r2: 'ana' });
    a = exclude(a, 'ana');
    expect(a).toMatchObject({ pins: {}, excluded: ['ana'] });
    expect(pin(pin(a, 'r1', 'bo'), 'r1', null).pins).toEqual({});
  });

  it('become the rerun variables, the cap in minor units of the plan’s currency', () => {
    expect(toRerunVariables({ id: 'p1', currency: 'JPY' }, { pins: { r1: 'bo' }, excluded: [], cap: '9000' })).toEqual({
      id: 'p1',
      pins: [{ roleId: 'r1', candidateId: 'bo' }],
      excludedCandidateIds: [],
      budgetCapMinor: 9000,
    });
  });
});

describe('words', () => {
  it('name the solver without codes and say what accepting does', () => {
    expect(solverLabel('MILP')).toBe('Integer programme (HiGHS)');
    expect(solverLabel(null)).toBeNull();
    const plan = solvedPlan();
    expect(acceptSummary({ roles: [plan.roles[0]!, { ...plan.roles[1]!, plan: { candidateId: null, candidateName: null, score: 0, costMinor: 0 } }] })).toBe(
      'Shortlists 1 candidate across 1 role; recorded as a decision on each engagement. 1 role stays without a pick.',
    );
  });
});
