import type { StaffingPlanRecord } from '../staffing-plans/api';

/** Test kit (imported by tests only): a solved plan, Bo on Airflow and Ana on Python beside greedy's Ana on Airflow and nobody on Python. */
export function solvedPlan(overrides: Partial<StaffingPlanRecord> = {}): StaffingPlanRecord {
  return {
    id: 'p1',
    status: 'SOLVED',
    roleIds: ['r1', 'r2'],
    candidatesPerRole: 50,
    excludedCandidateIds: [],
    budgetCapMinor: null,
    currency: 'EUR',
    solver: 'HUNGARIAN',
    error: null,
    runId: 'run-1',
    solvedAt: '2031-03-02T09:00:05.000Z',
    acceptedAt: null,
    createdAt: '2031-03-02T09:00:00.000Z',
    pins: [],
    plan: { totalScore: 151.2, filled: 2, totalCostMinor: 130000 },
    greedy: { totalScore: 88.5, filled: 1, totalCostMinor: 65000 },
    roles: [
      {
        roleId: 'r1',
        title: 'Airflow engineer',
        candidates: 2,
        options: [
          { candidateId: 'ana', candidateName: 'Ana Airflow', score: 88.5 },
          { candidateId: 'bo', candidateName: 'Bo Basic', score: 71.3 },
        ],
        plan: { candidateId: 'bo', candidateName: 'Bo Basic', score: 71.3, costMinor: 65000 },
        greedy: { candidateId: 'ana', candidateName: 'Ana Airflow', score: 88.5, costMinor: 65000 },
        reason: 'Ana Airflow goes to Python engineer instead, because this role’s next choice, Bo Basic, loses only 17.2 points here while Python engineer gains 79.9 points',
      },
      {
        roleId: 'r2',
        title: 'Python engineer',
        candidates: 1,
        options: [{ candidateId: 'ana', candidateName: 'Ana Airflow', score: 79.9 }],
        plan: { candidateId: 'ana', candidateName: 'Ana Airflow', score: 79.9, costMinor: 65000 },
        greedy: { candidateId: null, candidateName: null, score: 0, costMinor: 0 },
        reason: 'Greedy had nobody left for this role; the plan fills it with Ana Airflow (score 79.9) by moving people where they lose least',
      },
    ],
    ...overrides,
  };
}
