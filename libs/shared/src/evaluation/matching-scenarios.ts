/**
 * The matching evaluation set: a role, a pool of 6–10 people, who an experienced recruiter would
 * keep out (and by which constraint) and the order they would put the top three in — each with a
 * one-line rationale. `npm run bench:judgement` scores the model against it (exclusions right,
 * top three exact); `matching-scenarios.spec.ts` guards it.
 *
 * Written as data: change a scenario only when the recruiter's call itself changes, and say why.
 */
import { type MatchCandidateInput, MatchConstraint, type MatchRoleInput, exactMatchScore, hardConstraintFailures } from '../matching.js';
import { RecommendationOption } from '../recommendation.js';
import { CandidateKind, Seniority } from '../talent.js';

export interface MatchingScenario {
  id: string;
  role: MatchRoleInput;
  pool: readonly { name: string; candidate: MatchCandidateInput }[];
  /** Name → the constraints that keep them out, in the model's constraint order. */
  expectedExcluded: Readonly<Record<string, readonly MatchConstraint[]>>;
  /** The three eligible people an expert would put first, in order. */
  expectedTop3: readonly [string, string, string];
  rationale: string;
}

const { CONSENT, KIND, AVAILABILITY, ALLOCATION, SKILL, TIME_ZONE } = MatchConstraint;
const { JUNIOR, MID, SENIOR, LEAD, PRINCIPAL } = Seniority;
const { BENCH, ASSOCIATE, CONTRACTOR, PERMANENT_SEEKER } = CandidateKind;

const START = '2027-02-01';
/** London core hours, 09:00–17:00 UTC. */
const LONDON_CORE = { start: 540, end: 1020 };

/** A senior augmentation role from 1 February 2027 at 80 %, €700/day, 4 h with London; Kubernetes ≥ 3 and Go ≥ 3 (must), Terraform ≥ 2 (nice). */
function role(overrides: Partial<MatchRoleInput> = {}): MatchRoleInput {
  return {
    optionType: RecommendationOption.AUGMENTATION,
    requiredSkills: [
      { skillId: 'k8s', skill: 'Kubernetes', minLevel: 3, mustHave: true, weight: 2 },
      { skillId: 'go', skill: 'Go', minLevel: 3, mustHave: true, weight: 2 },
      { skillId: 'tf', skill: 'Terraform', minLevel: 2, mustHave: false, weight: 1 },
    ],
    seniority: SENIOR,
    startDate: START,
    allocation: 80,
    permanent: false,
    budgetMaxMinor: 70_000,
    currency: 'EUR',
    minOverlapHours: 4,
    clientCoreUtc: LONDON_CORE,
    ...overrides,
  };
}

/** Levels at each minimum (k8s 3, go 3, tf 2), and the strongest (4/4/3: at the 1.25 cap everywhere). */
const AT_MIN = { k8s: 3, go: 3, tf: 2 };
const STRONG = { k8s: 4, go: 4, tf: 3 };

/** A London senior contractor, free from the start at 100 %, €650/day, consent valid, skills at the minimums. */
function person(name: string, overrides: Partial<MatchCandidateInput> = {}): { name: string; candidate: MatchCandidateInput } {
  return {
    name,
    candidate: {
      kind: CONTRACTOR,
      seniority: SENIOR,
      availableFrom: START,
      freeAllocation: 100,
      dayRateMinor: 65_000,
      salaryMinor: null,
      currency: 'EUR',
      utcOffsetMinutes: 0,
      consentValid: true,
      skills: AT_MIN,
      ...overrides,
    },
  };
}

// Points below: skills 45 · seniority 15 · availability 15 · budget 15 · time zone 10 (model match-2026.12.1).
export const MATCHING_SCENARIOS: readonly MatchingScenario[] = [
  {
    id: 'over-qualified-within-budget',
    role: role(),
    pool: [
      person('Ana Lead', { seniority: LEAD, dayRateMinor: 69_000, skills: STRONG }), // 45 + 15 + 15 + 15 + 10 = 100
      person('Ben Senior', {}), // 36 + 15 + 15 + 15 + 10 = 91
      person('Cleo Principal', { seniority: PRINCIPAL, dayRateMinor: 70_000, skills: { k8s: 5, go: 5, tf: 4 } }), // 45 + 9 + 40 = 94
      person('Dan Mid', { seniority: MID, dayRateMinor: 50_000 }), // 36 + 6 + 40 = 82
      person('Eve Lapsed', { consentValid: false, consentExpiredOn: '2026-11-03', skills: STRONG }),
      person('Finn Seeker', { kind: PERMANENT_SEEKER, skills: STRONG }),
      person('Gia Junior', { seniority: JUNIOR, dayRateMinor: 40_000 }), // 36 + 0 + 40 = 76
    ],
    expectedExcluded: { 'Eve Lapsed': [CONSENT], 'Finn Seeker': [KIND] },
    expectedTop3: ['Ana Lead', 'Cleo Principal', 'Ben Senior'],
    rationale: 'A lead at a senior price is the better hire; for a 12-week augmentation the principal’s depth outweighs the risk they leave early.',
  },
  {
    id: 'over-budget-costs',
    role: role(),
    pool: [
      person('Ava Adequate', { dayRateMinor: 70_000 }), // 91
      person('Bo Five-over', { dayRateMinor: 73_500, skills: STRONG }), // 45 + 15 + 15 + 9 (5 % over: 0.6) + 10 = 94
      person('Cy Fifteen-over', { dayRateMinor: 80_500, skills: STRONG }), // 45 + 30 + 3 (15 % over: 0.2) + 10 = 88
      person('Dee Twenty-one-over', { dayRateMinor: 85_000, skills: STRONG }), // 45 + 30 + 0 + 10 = 85
      person('Eli Late', { availableFrom: '2027-02-21' }),
      person('Fia Half', { freeAllocation: 50 }),
    ],
    expectedExcluded: { 'Eli Late': [AVAILABILITY], 'Fia Half': [ALLOCATION] },
    expectedTop3: ['Bo Five-over', 'Ava Adequate', 'Cy Fifteen-over'],
    rationale: 'Five per cent over for clearly stronger skills is a conversation the client will have; fifteen is not, so the adequate engineer within budget goes ahead of it.',
  },
  {
    id: 'time-zone-edges',
    role: role(),
    pool: [
      person('Lia London', { utcOffsetMinutes: 0 }), // 8 h → 10 → 91
      person('Ben Berlin', { utcOffsetMinutes: 60 }), // 7 h → 8.75 → 89.75
      person('Sol São Paulo', { utcOffsetMinutes: -180 }), // 12:00–20:00 UTC: 5 h → 6.25 → 87.25
      person('Dia Dubai', { utcOffsetMinutes: 240 }), // 05:00–13:00 UTC: 4 h, exactly the minimum → 5 → 86
      person('Nel New York', { utcOffsetMinutes: -300 }), // 14:00–22:00 UTC: 3 h
      person('Dev Delhi', { utcOffsetMinutes: 330 }), // 03:30–11:30 UTC: 2 h 30 min
      person('Syd Sydney', { utcOffsetMinutes: 660 }), // no overlap
    ],
    expectedExcluded: { 'Nel New York': [TIME_ZONE], 'Dev Delhi': [TIME_ZONE], 'Syd Sydney': [TIME_ZONE] },
    expectedTop3: ['Lia London', 'Ben Berlin', 'Sol São Paulo'],
    rationale: 'Four hours with the client is the floor, met exactly from Dubai; above it, more shared hours is better, so São Paulo’s five beat Dubai’s four.',
  },
  {
    id: 'partial-allocation',
    role: role({ allocation: 50 }),
    pool: [
      person('Ana Free', {}), // 91
      person('Ben Half', { freeAllocation: 50, skills: STRONG }), // 100
      person('Cy Forty', { freeAllocation: 40, skills: STRONG }),
      person('Dee Sixty', { freeAllocation: 60, skills: { k8s: 4, go: 3, tf: 2 } }), // (2.5 + 2 + 1) / 6.25 = 0.88 → 39.6 → 94.6
      person('Eve Booked', { freeAllocation: 30, availableFrom: '2027-02-20' }),
      person('Fay Quarter', { freeAllocation: 25 }),
    ],
    expectedExcluded: { 'Cy Forty': [ALLOCATION], 'Eve Booked': [AVAILABILITY, ALLOCATION], 'Fay Quarter': [ALLOCATION] },
    expectedTop3: ['Ben Half', 'Dee Sixty', 'Ana Free'],
    rationale: 'A half-time role takes anyone with half their time free; among those, skills decide, and more free time than needed earns nothing.',
  },
  {
    id: 'permanent-hire',
    role: role({ optionType: RecommendationOption.HIRE, permanent: true, budgetMaxMinor: 9_000_000, currency: 'GBP' }),
    pool: [
      person('Ana Seeker', { kind: PERMANENT_SEEKER, dayRateMinor: null, salaryMinor: 8_500_000, currency: 'GBP' }), // 91
      person('Ben Stretch', { kind: PERMANENT_SEEKER, dayRateMinor: null, salaryMinor: 9_500_000, currency: 'GBP', skills: STRONG }), // 5.6 % over: 0.576 → 8.64 → 93.64
      person('Cy Contractor', { kind: CONTRACTOR, salaryMinor: 8_000_000, currency: 'GBP', skills: STRONG }),
      person('Dee Bench', { kind: BENCH, salaryMinor: 8_000_000, currency: 'GBP', skills: STRONG }),
      person('Eve Unstated', { kind: PERMANENT_SEEKER, dayRateMinor: null, salaryMinor: null, currency: 'GBP' }), // no salary: 0.5 → 83.5
      person('Finn Lead', { kind: PERMANENT_SEEKER, seniority: LEAD, dayRateMinor: null, salaryMinor: 8_800_000, currency: 'GBP', skills: STRONG }), // 100
    ],
    expectedExcluded: { 'Cy Contractor': [KIND], 'Dee Bench': [KIND] },
    expectedTop3: ['Finn Lead', 'Ben Stretch', 'Ana Seeker'],
    rationale: 'Only people looking for a permanent job can take one; a lead within the salary band leads, and a small stretch for the strongest skills beats an adequate fit.',
  },
  {
    id: 'review-role',
    role: role({ optionType: RecommendationOption.REVIEW, allocation: 40 }),
    pool: [
      person('Ana Bench', { kind: BENCH, skills: STRONG }), // 100
      person('Ben Associate', { kind: ASSOCIATE }), // 91
      person('Cy Associate', { kind: ASSOCIATE, seniority: LEAD, dayRateMinor: 72_000, skills: STRONG }), // 45 + 15 + 15 + 0.8 · (1 − 0.0286 / 0.2) → 10.29 + 10 = 95.29
      person('Dee Contractor', { kind: CONTRACTOR, skills: STRONG }),
      person('Eve Seeker', { kind: PERMANENT_SEEKER, skills: STRONG }),
      person('Fay Bench', { kind: BENCH, consentValid: false, consentExpiredOn: null }),
      person('Gus Associate', { kind: ASSOCIATE, skills: { k8s: 2, go: 4, tf: 3 } }),
    ],
    expectedExcluded: { 'Dee Contractor': [KIND], 'Eve Seeker': [KIND], 'Fay Bench': [CONSENT], 'Gus Associate': [SKILL] },
    expectedTop3: ['Ana Bench', 'Cy Associate', 'Ben Associate'],
    rationale: 'Reviews are done by our own bench and associates; a lead associate slightly over the rate still outranks an adequate one for a review.',
  },
  {
    id: 'availability-edges',
    role: role(),
    pool: [
      person('Ana On-time', {}), // 91
      person('Ben Week-late', { availableFrom: '2027-02-08', skills: STRONG }), // 45 + 15 + 11.25 + 15 + 10 = 96.25
      person('Cy Fortnight', { availableFrom: '2027-02-15', skills: STRONG }), // 14 days late, the limit: 7.5 → 92.5
      person('Dee Fifteen', { availableFrom: '2027-02-16', skills: STRONG }),
      person('Eve Early', { availableFrom: '2027-01-29', skills: { k8s: 3, go: 3, tf: 3 } }), // (2 + 2 + 1.25) / 6.25 = 0.84 → 37.8 → 92.8
      person('Fred Month', { availableFrom: '2027-03-03' }),
    ],
    expectedExcluded: { 'Dee Fifteen': [AVAILABILITY], 'Fred Month': [AVAILABILITY] },
    expectedTop3: ['Ben Week-late', 'Eve Early', 'Cy Fortnight'],
    rationale: 'A week’s wait for the strongest engineer is worth it; two weeks is the most a client waits, and a day past it is out.',
  },
  {
    id: 'under-qualified',
    role: role(),
    pool: [
      person('Ana Senior', {}), // 91
      person('Ben Mid', { seniority: MID, skills: { k8s: 4, go: 3, tf: 2 } }), // 39.6 + 6 + 40 = 85.6
      person('Cy No-Terraform', { skills: { k8s: 3, go: 3 } }), // (2 + 2 + 0) / 6.25 = 0.64 → 28.8 + 55 = 83.8
      person('Dee Weak-k8s', { skills: { k8s: 2, go: 4, tf: 3 } }),
      person('Eve Junior', { seniority: JUNIOR }), // 36 + 0 + 40 = 76
      person('Finn No-Go', { skills: { k8s: 5, tf: 3 } }),
    ],
    expectedExcluded: { 'Dee Weak-k8s': [SKILL], 'Finn No-Go': [SKILL] },
    expectedTop3: ['Ana Senior', 'Ben Mid', 'Cy No-Terraform'],
    rationale: 'Must-have skills are a floor; a strong mid-level engineer edges out a senior without the nice-to-have, and a junior on a senior role comes last.',
  },
];

export interface MatchingOutcome {
  scenario: MatchingScenario;
  /** Name → the constraints the model keeps them out by. */
  excluded: Record<string, MatchConstraint[]>;
  /** Eligible people by the model's order (score, then name), with their unrounded scores. */
  ranked: { name: string; score: number }[];
  exclusionsRight: boolean;
  top3Exact: boolean;
}

/** Runs the model on every scenario: exclusions by hard constraint, then the eligible ranked as the API ranks them. */
export function evaluateMatching(scenarios: readonly MatchingScenario[] = MATCHING_SCENARIOS): MatchingOutcome[] {
  return scenarios.map((scenario) => {
    const excluded: Record<string, MatchConstraint[]> = {};
    const ranked: { name: string; score: number }[] = [];
    for (const { name, candidate } of scenario.pool) {
      const failed = hardConstraintFailures(scenario.role, candidate);
      if (failed.length) excluded[name] = [...new Set(failed.map((f) => f.constraint))];
      else ranked.push({ name, score: exactMatchScore(scenario.role, candidate).score });
    }
    ranked.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    const expected = Object.entries(scenario.expectedExcluded).sort(([a], [b]) => a.localeCompare(b));
    const actual = Object.entries(excluded).sort(([a], [b]) => a.localeCompare(b));
    return {
      scenario,
      excluded,
      ranked,
      exclusionsRight: JSON.stringify(actual) === JSON.stringify(expected),
      top3Exact: ranked.slice(0, 3).every((r, i) => r.name === scenario.expectedTop3[i]),
    };
  });
}
