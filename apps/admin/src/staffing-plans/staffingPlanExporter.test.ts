import { afterEach, describe, expect, it, vi } from 'vitest';
import '../test/utcTimeZone';
import { solvedPlan } from '../test/staffingPlanFixture';
import { runExport } from '../test/csvDownload';
import { staffingPlanExporter } from './staffingPlanExporter';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('staffingPlanExporter', () => {
  it('writes readable headers, labels for codes, both sides’ totals and money in units', async () => {
    const { name, lines } = await runExport(staffingPlanExporter, [
      solvedPlan({ budgetCapMinor: 150000 }),
      solvedPlan({ id: 'p2', status: 'PENDING', plan: null, greedy: null, roles: [], solver: null, roleIds: ['r1'], createdAt: '2031-03-03T09:00:00.000Z' }),
    ]);
    expect(name).toBe('staffing-plans.csv');
    expect(lines[0]).toBe(
      'Created,Status,Roles,Plan total score,Greedy total score,Plan roles filled,Greedy roles filled,Plan total cost,Greedy total cost,Budget cap,Currency,Solver,Accepted',
    );
    expect(lines[1]).toBe('2 March 2031,Ready to review,2,151.2,88.5,2,1,1300.00,650.00,1500.00,EUR,Hungarian method,');
    expect(lines[2]).toBe('3 March 2031,Solving,1,,,,,,,,EUR,,');
  });
});
