import { describe, expect, it } from '@jest/globals';
import {
  exactMatchScore,
  type FailedConstraint,
  hardConstraintFailures,
  KINDS_BY_OPTION,
  MATCH_CONSTRAINTS,
  MATCH_FACTOR_LABELS,
  MATCH_FACTORS,
  MATCH_MODEL_VERSION,
  timeZoneFit,
  MATCH_WEIGHTS,
  type MatchCandidateInput,
  MatchConstraint as C,
  type MatchFactorName,
  type MatchRoleInput,
  ordinal,
  overlapMinutes,
  scoreCandidate,
  SENIORITY_FIT,
  seniorityFit,
  NOTHING_TO_IMPROVE,
  smallestImprovement,
  whatWouldMeetRole,
} from './matching.js';
import { RecommendationOption as O } from './recommendation.js';
import { CandidateKind as K, Seniority as S } from './talent.js';

// Model match-2026.12.1: weights skills 0.45 · seniority 0.15 · availability 0.15 · budget 0.15 ·
// time zone 0.10; contribution = value × weight × 100; score = Σ unrounded contributions, 1 decimal.

/** London client core hours 09:00–17:00 UTC, in minutes after UTC midnight. */
const LONDON_CORE = { start: 540, end: 1020 };

/**
 * A Senior augmentation role starting Monday 1 February 2027 at 80%, €700/day budget, 4 h overlap
 * with London core hours; Kubernetes ≥ 3 (weight 2, must), Go ≥ 3 (weight 2, must), Terraform ≥ 2
 * (weight 1, nice to have).
 */
const role = (overrides: Partial<MatchRoleInput> = {}): MatchRoleInput => ({
  optionType: O.AUGMENTATION,
  requiredSkills: [
    { skillId: 'k8s', skill: 'Kubernetes', minLevel: 3, mustHave: true, weight: 2 },
    { skillId: 'go', skill: 'Go', minLevel: 3, mustHave: true, weight: 2 },
    { skillId: 'tf', skill: 'Terraform', minLevel: 2, mustHave: false, weight: 1 },
  ],
  seniority: S.SENIOR,
  startDate: '2027-02-01',
  allocation: 80,
  permanent: false,
  budgetMaxMinor: 70_000,
  currency: 'EUR',
  minOverlapHours: 4,
  clientCoreUtc: LONDON_CORE,
  ...overrides,
});

/**
 * A Berlin (+60) Lead contractor, fully free, available a week late (8 February 2027), €770/day
 * (10% over budget), Kubernetes 4, Go 3, no Terraform. Passes every hard constraint.
 */
const cand = (overrides: Partial<MatchCandidateInput> = {}): MatchCandidateInput => ({
  kind: K.CONTRACTOR,
  seniority: S.LEAD,
  availableFrom: '2027-02-08',
  freeAllocation: 100,
  dayRateMinor: 77_000,
  salaryMinor: null,
  utcOffsetMinutes: 60,
  consentValid: true,
  skills: { k8s: 4, go: 3 },
  ...overrides,
});

const factor = (r: MatchRoleInput, c: MatchCandidateInput, name: MatchFactorName) => {
  const found = scoreCandidate(r, c).factors.find((f) => f.factor === name);
  if (!found) throw new Error(`${name} missing`);
  return found;
};
/** [value, contribution, detail] of one factor. */
const f = (r: MatchRoleInput, c: MatchCandidateInput, name: MatchFactorName) => {
  const { value, contribution, detail } = factor(r, c, name);
  return [value, contribution, detail];
};

describe('matching constants', () => {
  it('names the model version, weights (summing to 1), labels and factor order', () => {
    expect(MATCH_MODEL_VERSION).toBe('match-2026.12.1');
    expect(MATCH_WEIGHTS).toEqual({ skills: 0.45, seniority: 0.15, availability: 0.15, budget: 0.15, timeZone: 0.1 });
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(MATCH_FACTORS).toEqual(['skills', 'seniority', 'availability', 'budget', 'timeZone']);
    expect(MATCH_FACTOR_LABELS).toEqual({ skills: 'Skills', seniority: 'Seniority', availability: 'Availability', budget: 'Budget', timeZone: 'Time zone' });
    expect(MATCH_CONSTRAINTS).toEqual(['CONSENT', 'KIND', 'AVAILABILITY', 'ALLOCATION', 'SKILL', 'TIME_ZONE']);
  });

  it('lists the kinds each option can take', () => {
    expect(KINDS_BY_OPTION).toEqual({
      REVIEW: ['BENCH', 'ASSOCIATE'],
      AUGMENTATION: ['BENCH', 'ASSOCIATE', 'CONTRACTOR'],
      SPECIALIST_TEAM: ['BENCH', 'ASSOCIATE', 'CONTRACTOR'],
      HIRE: ['PERMANENT_SEEKER'],
    });
  });

  it('maps a seniority difference to its fit', () => {
    expect(SENIORITY_FIT).toEqual({ same: 1, oneAbove: 1, twoOrMoreAbove: 0.6, oneBelow: 0.4, twoOrMoreBelow: 0 });
    expect([-4, -2, -1, 0, 1, 2, 4].map(seniorityFit)).toEqual([0, 0, 0.4, 1, 1, 0.6, 0.6]);
  });
});

describe('ordinal', () => {
  it('writes English ordinals, teens included', () => {
    expect([1, 2, 3, 4, 10, 11, 12, 13, 14, 21, 22, 23, 101, 111, 112, 113].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '10th', '11th', '12th', '13th', '14th', '21st', '22nd', '23rd', '101st', '111th', '112th', '113th',
    ]);
  });
});

describe('overlapMinutes', () => {
  it('is a full day for a candidate in the client’s own zone', () => {
    // London (0): [540, 1020] against [540, 1020] → 480
    expect(overlapMinutes(0, LONDON_CORE)).toBe(480);
  });

  it('does not compare a rate in another currency with the budget: neutral 0.5', () => {
    const factor = scoreCandidate(role(), cand({ dayRateMinor: 50000, currency: 'GBP' })).factors.find((f) => f.factor === 'budget');
    expect(factor).toMatchObject({ value: 0.5, contribution: 7.5, detail: 'Rate in GBP, budget in EUR: not compared' });
  });

  it('scores the time zone against the core hours the client has, at most a full 8-hour day', () => {
    // Berlin (+60) candidate, Berlin client 09:00–16:00 (UTC 480–900): 7 h of 7 h → 1, not 7/8.
    expect(timeZoneFit(60, { start: 480, end: 900 })).toBe(1);
    // London (0) candidate, same client: UTC [540, 1020] ∩ [480, 900] = 360 min of 420 → 0.857…
    expect(timeZoneFit(0, { start: 480, end: 900 })).toBeCloseTo(360 / 420, 10);
    // A 10-hour core day still counts 8 h as a full overlap.
    expect(timeZoneFit(60, { start: 420, end: 1020 })).toBe(1);
  });

  it('counts New York (−300) against London core hours: 180 min', () => {
    // candidate in UTC [540 + 300, 1020 + 300] = [840, 1320]; min(1320, 1020) − max(840, 540) = 180
    expect(overlapMinutes(-300, LONDON_CORE)).toBe(180);
  });

  it('gives Sydney (+600) no overlap with London core hours', () => {
    // candidate [−60, 420]; k=0: 420 − 540 < 0; k=−1: [−900, −420] → −420 − (−60) < 0; k=1: [1980, 2460] → none
    expect(overlapMinutes(600, LONDON_CORE)).toBe(0);
  });

  it('finds overlap across UTC midnight: Sydney against San Francisco core 17:00–01:00 UTC', () => {
    // core {1020, 1500}; candidate [−60, 420]; k=−1: [−420, 60] → min(420, 60) − max(−60, −420) = 120
    expect(overlapMinutes(600, { start: 1020, end: 1500 })).toBe(120);
  });

  it('handles core hours starting before UTC midnight: India (+330) against Auckland 20:00–04:00 UTC', () => {
    // core {−240, 240}; candidate [210, 690]; k=0: min(690, 240) − max(210, −240) = 30
    expect(overlapMinutes(330, { start: -240, end: 240 })).toBe(30);
    // London [540, 1020]: k=0 → 240 − 540 < 0; k=1: [1200, 1680] → 1020 − 1200 < 0 → 0
    expect(overlapMinutes(0, { start: -240, end: 240 })).toBe(0);
  });
});

describe('hardConstraintFailures', () => {
  it('passes the standard candidate', () => {
    expect(hardConstraintFailures(role(), cand())).toEqual([]);
  });

  it('fails CONSENT, naming the day it expired', () => {
    expect(hardConstraintFailures(role(), cand({ consentValid: false, consentExpiredOn: '2026-11-03' }))).toEqual([{ constraint: C.CONSENT, detail: 'Consent expired on 3 November 2026' }]);
    expect(hardConstraintFailures(role(), cand({ consentValid: false, consentExpiredOn: null }))).toEqual([{ constraint: C.CONSENT, detail: 'No consent given' }]);
    // A caller that does not know why says no more than that.
    expect(hardConstraintFailures(role(), cand({ consentValid: false }))).toEqual([{ constraint: C.CONSENT, detail: 'No valid consent' }]);
  });

  it('fails KIND with the kinds the option takes', () => {
    expect(hardConstraintFailures(role({ optionType: O.HIRE }), cand())).toEqual([
      { constraint: C.KIND, detail: 'A contractor cannot fill a permanent hire (only permanent-job seekers can)' },
    ]);
    expect(hardConstraintFailures(role({ optionType: O.REVIEW }), cand())).toEqual([
      { constraint: C.KIND, detail: 'A contractor cannot fill a review role (only bench consultants and associates can)' },
    ]);
    expect(hardConstraintFailures(role(), cand({ kind: K.PERMANENT_SEEKER }))).toEqual([
      {
        constraint: C.KIND,
        detail: 'A permanent-job seeker cannot fill an augmentation role (only bench consultants, associates and contractors can)',
      },
    ]);
    expect(hardConstraintFailures(role({ optionType: O.SPECIALIST_TEAM }), cand({ kind: K.BENCH }))).toEqual([]);
  });

  it('fails AVAILABILITY beyond 14 days after the start', () => {
    // 1 Feb → 3 Mar 2027 = 30 days > 14
    expect(hardConstraintFailures(role(), cand({ availableFrom: '2027-03-03' }))).toEqual([
      { constraint: C.AVAILABILITY, detail: 'Available from 3 March 2027, 30 days after the start' },
    ]);
    // 15 Feb = 14 days: inside the tolerance; 16 Feb = 15 days: out
    expect(hardConstraintFailures(role(), cand({ availableFrom: '2027-02-15' }))).toEqual([]);
    expect(hardConstraintFailures(role(), cand({ availableFrom: '2027-02-16' }))).toEqual([
      { constraint: C.AVAILABILITY, detail: 'Available from 16 February 2027, 15 days after the start' },
    ]);
  });

  it('fails ALLOCATION below the role’s (equal passes)', () => {
    expect(hardConstraintFailures(role(), cand({ freeAllocation: 60 }))).toEqual([{ constraint: C.ALLOCATION, detail: '60% free, the role needs 80%' }]);
    expect(hardConstraintFailures(role(), cand({ freeAllocation: 80 }))).toEqual([]);
  });

  it('fails SKILL once per must-have below its minimum, never for a nice-to-have', () => {
    expect(hardConstraintFailures(role(), cand({ skills: { k8s: 2, go: 3 } }))).toEqual([{ constraint: C.SKILL, detail: 'Kubernetes 2, needs 3' }]);
    expect(hardConstraintFailures(role(), cand({ skills: { go: 3 } }))).toEqual([{ constraint: C.SKILL, detail: 'Kubernetes missing, needs 3' }]);
    expect(hardConstraintFailures(role(), cand({ skills: { k8s: 1, tf: 5 } }))).toEqual([
      { constraint: C.SKILL, detail: 'Kubernetes 1, needs 3' },
      { constraint: C.SKILL, detail: 'Go missing, needs 3' },
    ]);
  });

  it('fails TIME_ZONE under the minimum overlap, and never without client core hours', () => {
    // New York: 180 min < 4 h = 240 min
    expect(hardConstraintFailures(role(), cand({ utcOffsetMinutes: -300 }))).toEqual([
      { constraint: C.TIME_ZONE, detail: "3 h overlap with the client's core hours, needs 4 h" },
    ]);
    // Sydney: 0 min
    expect(hardConstraintFailures(role(), cand({ utcOffsetMinutes: 600 }))).toEqual([
      { constraint: C.TIME_ZONE, detail: "No overlap with the client's core hours, needs 4 h" },
    ]);
    // India (+330): [210, 690] vs [540, 1020] → 150 min: meets a 2.5 h minimum (150), fails 3 h (180)
    expect(hardConstraintFailures(role({ minOverlapHours: 2.5 }), cand({ utcOffsetMinutes: 330 }))).toEqual([]);
    expect(hardConstraintFailures(role({ minOverlapHours: 3 }), cand({ utcOffsetMinutes: 330 }))).toEqual([
      { constraint: C.TIME_ZONE, detail: "2 h 30 min overlap with the client's core hours, needs 3 h" },
    ]);
    expect(hardConstraintFailures(role({ clientCoreUtc: null }), cand({ utcOffsetMinutes: 600 }))).toEqual([]);
  });

  it('reports every failure, in constraint order', () => {
    const failures = hardConstraintFailures(
      role({ optionType: O.HIRE }),
      cand({ consentValid: false, availableFrom: '2027-03-03', freeAllocation: 60, skills: { go: 3 }, utcOffsetMinutes: -300 }),
    );
    expect(failures.map((x) => x.constraint)).toEqual([C.CONSENT, C.KIND, C.AVAILABILITY, C.ALLOCATION, C.SKILL, C.TIME_ZONE]);
  });
});

describe('scoreCandidate: the standard candidate, factor by factor', () => {
  it('scores every factor and the total', () => {
    // skills:       (2·min(4/3, 1.25) + 2·min(3/3, 1.25) + 1·0) / (1.25 · 5) = (2.5 + 2 + 0) / 6.25 = 0.72 → 0.72 · 45 = 32.4
    // seniority:    LEAD − SENIOR = +1 → 1 (one level above is no penalty)                         → 1 · 15 = 15
    // availability: 7 days late → 1 − 7/28 = 0.75                                                 → 0.75 · 15 = 11.25 (shown 11.3)
    // budget:       €770 vs €700: (770 − 700)/700 = 0.1 over → 0.8 · (1 − 0.1/0.2) = 0.4          → 0.4 · 15 = 6
    // time zone:    Berlin [480, 960] vs [540, 1020] → 420 min → 420/480 = 0.875                  → 0.875 · 10 = 8.75 (shown 8.8)
    // score = 32.4 + 15 + 11.25 + 6 + 8.75 = 73.4 (the rounded contributions would add to 73.5)
    expect(scoreCandidate(role(), cand())).toEqual({
      score: 73.4,
      factors: [
        { factor: 'skills', label: 'Skills', value: 0.72, weight: 0.45, contribution: 32.4, detail: 'Kubernetes 4/3 · Go 3/3 · Terraform missing' },
        { factor: 'seniority', label: 'Seniority', value: 1, weight: 0.15, contribution: 15, detail: 'Lead for a Senior role: one level above, no penalty' },
        { factor: 'availability', label: 'Availability', value: 0.75, weight: 0.15, contribution: 11.3, detail: 'Available 7 days after the start' },
        { factor: 'budget', label: 'Budget', value: 0.4, weight: 0.15, contribution: 6, detail: '€770/day, 10% over the €700 budget' },
        { factor: 'timeZone', label: 'Time zone', value: 0.875, weight: 0.1, contribution: 8.8, detail: "7 h overlap with the client's core hours" },
      ],
    });
  });

  it('ignores hard constraints (scores a candidate without consent all the same)', () => {
    expect(scoreCandidate(role(), cand({ consentValid: false })).score).toBe(73.4);
  });

  it('is deterministic, whatever order the skills arrive in', () => {
    const a = scoreCandidate(role(), cand({ skills: { k8s: 4, go: 3 } }));
    const b = scoreCandidate(role(), cand({ skills: { go: 3, k8s: 4 } }));
    expect(b).toEqual(a);
    expect(scoreCandidate(role(), cand())).toEqual(scoreCandidate(role(), cand()));
    expect(hardConstraintFailures(role(), cand({ utcOffsetMinutes: -300 }))).toEqual(hardConstraintFailures(role(), cand({ utcOffsetMinutes: -300 })));
  });
});

describe('exactMatchScore: the score before rounding (what the SQL ranking computes)', () => {
  it('gives the unrounded factor values and score that scoreCandidate rounds', () => {
    const exact = exactMatchScore(role(), cand());
    expect(exact.values).toEqual({ skills: 0.72, seniority: 1, availability: 0.75, budget: expect.closeTo(0.4, 12), timeZone: 0.875 });
    expect(exact.score).toBeCloseTo(73.4, 12);
    const rounded = scoreCandidate(role(), cand());
    expect(Math.round(exact.score * 10) / 10).toBe(rounded.score);
    expect(rounded.factors.map((f) => f.value)).toEqual(MATCH_FACTORS.map((f) => Math.round(exact.values[f] * 1000) / 1000));
  });

  it('keeps what rounding drops', () => {
    // 2 days late: 1 − 2/28 = 0.928571…, shown 0.929.
    expect(exactMatchScore(role(), cand({ availableFrom: '2027-02-03' })).values.availability).toBe(1 - 2 / 28);
  });
});

describe('scoreCandidate: skills', () => {
  it('caps each skill at 1.25 × its minimum', () => {
    // (2·min(5/3, 1.25) + 2·min(5/3, 1.25) + 1·min(5/2, 1.25)) / 6.25 = 6.25 / 6.25 = 1 → 45
    expect(f(role(), cand({ skills: { k8s: 5, go: 5, tf: 5 } }), 'skills')).toEqual([1, 45, 'Kubernetes 5/3 · Go 5/3 · Terraform 5/2']);
  });

  it('weights partial levels', () => {
    // (2·2/3 + 2·1 + 1·1/2) / 6.25 = (1.3333 + 2 + 0.5) / 6.25 = 3.8333 / 6.25 = 0.61333 → 0.613; · 45 = 27.6
    expect(f(role(), cand({ skills: { k8s: 2, go: 3, tf: 1 } }), 'skills')).toEqual([0.613, 27.6, 'Kubernetes 2/3 · Go 3/3 · Terraform 1/2']);
  });

  it('is 0 with none of the skills', () => {
    expect(f(role(), cand({ skills: {} }), 'skills')).toEqual([0, 0, 'Kubernetes missing · Go missing · Terraform missing']);
  });

  it('is 1 when the role lists no required skills', () => {
    expect(f(role({ requiredSkills: [] }), cand(), 'skills')).toEqual([1, 45, 'The role lists no required skills']);
  });

  it('does not read inherited properties as skills', () => {
    const r = role({ requiredSkills: [{ skillId: 'constructor', skill: 'Odd', minLevel: 1, mustHave: true, weight: 1 }] });
    expect(f(r, cand({ skills: {} }), 'skills')).toEqual([0, 0, 'Odd missing']);
    expect(hardConstraintFailures(r, cand({ skills: {} }))).toEqual([{ constraint: C.SKILL, detail: 'Odd missing, needs 1' }]);
  });
});

describe('scoreCandidate: seniority', () => {
  it('values every position for a Senior role', () => {
    // JUNIOR −2 → 0 · MID −1 → 0.4 (6) · SENIOR 0 → 1 (15) · LEAD +1 → 1 (15) · PRINCIPAL +2 → 0.6 (9)
    expect([S.JUNIOR, S.MID, S.SENIOR, S.LEAD, S.PRINCIPAL].map((s) => f(role(), cand({ seniority: s }), 'seniority'))).toEqual([
      [0, 0, 'Junior for a Senior role'],
      [0.4, 6, 'Mid for a Senior role'],
      [1, 15, 'Senior for a Senior role'],
      [1, 15, 'Lead for a Senior role: one level above, no penalty'],
      [0.6, 9, 'Principal for a Senior role: likely to leave a role below their level'],
    ]);
  });
});

describe('scoreCandidate: availability', () => {
  it('is 1 on or before the start', () => {
    expect(f(role(), cand({ availableFrom: '2027-02-01' }), 'availability')).toEqual([1, 15, 'Available on the start date']);
    expect(f(role(), cand({ availableFrom: '2027-01-29' }), 'availability')).toEqual([1, 15, 'Available 3 days before the start']);
  });

  it('falls by 1/28 a day late, to 0 at 28 days', () => {
    // 1 day: 1 − 1/28 = 0.96429 → 0.964; · 15 = 14.46 → 14.5
    expect(f(role(), cand({ availableFrom: '2027-02-02' }), 'availability')).toEqual([0.964, 14.5, 'Available 1 day after the start']);
    // 14 days: 1 − 14/28 = 0.5 → 7.5
    expect(f(role(), cand({ availableFrom: '2027-02-15' }), 'availability')).toEqual([0.5, 7.5, 'Available 14 days after the start']);
    // 28 and 40 days: 0
    expect(f(role(), cand({ availableFrom: '2027-03-01' }), 'availability')).toEqual([0, 0, 'Available 28 days after the start']);
    expect(f(role(), cand({ availableFrom: '2027-03-13' }), 'availability')).toEqual([0, 0, 'Available 40 days after the start']);
  });
});

describe('scoreCandidate: budget', () => {
  it('is 1 at or within the budget', () => {
    expect(f(role(), cand({ dayRateMinor: 65_000 }), 'budget')).toEqual([1, 15, 'Within budget at €650/day (budget €700)']);
    expect(f(role(), cand({ dayRateMinor: 70_000 }), 'budget')).toEqual([1, 15, 'Within budget at €700/day (budget €700)']);
  });

  it('drops a fifth at the first unit over, then falls to 0 at 20% over', () => {
    // €735: 5% over → 0.8 · (1 − 0.05/0.2) = 0.6 → 9
    expect(f(role(), cand({ dayRateMinor: 73_500 }), 'budget')).toEqual([0.6, 9, '€735/day, 5% over the €700 budget']);
    // €717.50: 2.5% over → 0.8 · (1 − 0.125) = 0.7 → 10.5; the rate prints in whole euros (half up)
    expect(f(role(), cand({ dayRateMinor: 71_750 }), 'budget')).toEqual([0.7, 10.5, '€718/day, 2.5% over the €700 budget']);
    // €739.20: 5.6% over → 0.8 · (1 − 0.28) = 0.576 → 8.64 (shown 8.6): it costs 6.4 of 100 points (1.7 before)
    expect(f(role(), cand({ dayRateMinor: 73_920 }), 'budget')).toEqual([0.576, 8.6, '€739/day, 5.6% over the €700 budget']);
    // €840: 20% over → 0; €1,050: 50% over → max(0, 0.8 · −1.5) = 0
    expect(f(role(), cand({ dayRateMinor: 84_000 }), 'budget')).toEqual([0, 0, '€840/day, 20% over the €700 budget']);
    expect(f(role(), cand({ dayRateMinor: 105_000 }), 'budget')).toEqual([0, 0, '€1,050/day, 50% over the €700 budget']);
  });

  it('is 0.5 without a rate or without a budget', () => {
    expect(f(role(), cand({ dayRateMinor: null }), 'budget')).toEqual([0.5, 7.5, 'No rate or no budget to compare']);
    expect(f(role({ budgetMaxMinor: null }), cand(), 'budget')).toEqual([0.5, 7.5, 'No rate or no budget to compare']);
  });

  it('compares the salary (per year) for a permanent role, never the day rate', () => {
    const permanent = role({ permanent: true, budgetMaxMinor: 9_000_000, currency: 'GBP' });
    expect(f(permanent, cand({ salaryMinor: 8_500_000 }), 'budget')).toEqual([1, 15, 'Within budget at £85,000/year (budget £90,000)']);
    // £94,500: 5% over → 0.6
    expect(f(permanent, cand({ salaryMinor: 9_450_000 }), 'budget')).toEqual([0.6, 9, '£94,500/year, 5% over the £90,000 budget']);
    // the standard candidate has a day rate but no salary
    expect(f(permanent, cand(), 'budget')).toEqual([0.5, 7.5, 'No rate or no budget to compare']);
  });

  it('uses the currency’s own minor units', () => {
    // JPY has no minor unit: 80,000 minor = ¥80,000 (en-GB writes the yen as "JP¥")
    expect(f(role({ currency: 'JPY', budgetMaxMinor: 100_000 }), cand({ dayRateMinor: 80_000 }), 'budget')).toEqual([
      1,
      15,
      'Within budget at JP¥80,000/day (budget JP¥100,000)',
    ]);
  });
});

describe('scoreCandidate: time zone', () => {
  it('is 1 when the client sets no core hours', () => {
    expect(f(role({ clientCoreUtc: null }), cand({ utcOffsetMinutes: 600 }), 'timeZone')).toEqual([1, 10, 'The client sets no core hours']);
  });

  it('is the overlap over 480 minutes', () => {
    // London 480 → 1; New York 180 → 0.375 (3.75 → 3.8); India 150 → 0.3125 → 0.313 (3.125 → 3.1); Sydney 0 → 0
    expect(f(role(), cand({ utcOffsetMinutes: 0 }), 'timeZone')).toEqual([1, 10, "8 h overlap with the client's core hours"]);
    expect(f(role(), cand({ utcOffsetMinutes: -300 }), 'timeZone')).toEqual([0.375, 3.8, "3 h overlap with the client's core hours"]);
    expect(f(role(), cand({ utcOffsetMinutes: 330 }), 'timeZone')).toEqual([0.313, 3.1, "2 h 30 min overlap with the client's core hours"]);
    expect(f(role(), cand({ utcOffsetMinutes: 600 }), 'timeZone')).toEqual([0, 0, "No overlap with the client's core hours"]);
  });
});

describe('scoreCandidate: a perfect candidate', () => {
  it('scores 100', () => {
    // skills 1 (all at cap), Senior for Senior, on the start date, within budget, London → 45 + 15 + 15 + 15 + 10
    const perfect = cand({ seniority: S.SENIOR, availableFrom: '2027-02-01', dayRateMinor: 60_000, utcOffsetMinutes: 0, skills: { k8s: 4, go: 4, tf: 3 } });
    // k8s min(4/3, 1.25) = 1.25, go 1.25, tf min(3/2, 1.25) = 1.25 → 6.25 / 6.25 = 1
    expect(scoreCandidate(role(), perfect).score).toBe(100);
  });
});

describe('smallestImprovement', () => {
  // The standard candidate scores 73.4: skills 0.72 (32.4), seniority 15, availability 11.25 (7 days late),
  // budget 6 (€770, 10% over €700), time zone 8.75. Its ladders, step by step:
  //   Kubernetes 4/3: already above the 1.25 cap → no ladder.
  //   Go 3/3 → 4: (2.5 + 2.5 + 0)/6.25 = 0.8 → 36 → 77.0 (then at the cap: no second step).
  //   Terraform missing (min 2) → 1: (2.5 + 2 + 0.5)/6.25 = 0.8 → 77.0; → 2: 5.5/6.25 = 0.88 → 39.6 → 80.6;
  //     → 3: min(1.5, 1.25) → 5.75/6.25 = 0.92 → 41.4 → 82.4 (then at the cap).
  //   Availability: 1 week earlier = on the start date → 15 → 77.15 → 77.2.
  //   Day rate: 5% → €731.50, 4.5% over → 0.8 · (1 − 0.225) = 0.62 → 9.3 → 76.7; 10% → €693, within → 15 → 82.4; then it stops.
  it('confirms the what-if scores it reasons with', () => {
    expect(scoreCandidate(role(), cand({ skills: { k8s: 4, go: 4 } })).score).toBe(77);
    expect(scoreCandidate(role(), cand({ skills: { k8s: 4, go: 3, tf: 1 } })).score).toBe(77);
    expect(scoreCandidate(role(), cand({ skills: { k8s: 4, go: 3, tf: 2 } })).score).toBe(80.6);
    expect(scoreCandidate(role(), cand({ skills: { k8s: 4, go: 3, tf: 3 } })).score).toBe(82.4);
    expect(scoreCandidate(role(), cand({ dayRateMinor: 73_150 })).score).toBe(76.7);
    expect(scoreCandidate(role(), cand({ dayRateMinor: 69_300 })).score).toBe(82.4);
  });

  it('picks the one-step change that reaches the best rank, then the higher score', () => {
    // ahead 76.8 / 76.5: every first step but the 5% cut (76.7 → 2nd) passes rank 1; of those, on time scores most (77.2).
    expect(smallestImprovement(role(), cand(), { rank: 3, score: 73.4 }, [{ rank: 1, score: 76.8 }, { rank: 2, score: 76.5 }])).toBe(
      'Available 1 week earlier: would rank 1st',
    );
  });

  it('climbs a ladder when one step is not enough', () => {
    // ahead 82: one step reaches 77.2 at most; in two, Terraform 2 (80.6) falls short and a 10% cut, within budget, passes (82.4).
    expect(smallestImprovement(role(), cand(), { rank: 2, score: 73.4 }, [{ rank: 1, score: 82 }])).toBe('Day rate 10% lower: would rank 1st');
  });

  it('prefers fewer steps over a better rank', () => {
    // ahead 78 / 77.1: one step reaches 77.2 at most (2nd, on time); a 10% cut (82.4, 1st) takes two steps.
    expect(smallestImprovement(role(), cand(), { rank: 3, score: 73.4 }, [{ rank: 1, score: 78 }, { rank: 2, score: 77.1 }])).toBe(
      'Available 1 week earlier: would rank 2nd',
    );
  });

  it('names the skill step for a skill held below the cap', () => {
    // on time and within budget: 73.4 + 3.75 + 9 = 86.15 → 86.2. Go +1 → +3.6 → 89.8 (89.75); Terraform 1 → 89.8 too: Go comes first.
    const onTime = cand({ availableFrom: '2027-02-01', dayRateMinor: 65_000 });
    expect(scoreCandidate(role(), onTime).score).toBe(86.2);
    expect(smallestImprovement(role(), onTime, { rank: 2, score: 86.2 }, [{ rank: 1, score: 88 }])).toBe('+1 level in Go: would rank 1st');
  });

  it('gives rank 1 the largest one-step score gain', () => {
    // Go +1 → +3.6, Terraform 1 → +3.6, on time → 77.2 − 73.4 = +3.8, 5% cut → +3.3
    expect(smallestImprovement(role(), cand(), { rank: 1, score: 73.4 }, [])).toBe('Available 1 week earlier: score +3.8');
  });

  it('counts weeks and leftover days for availability', () => {
    // 10 days late, Go at 4, within budget: 36 + 15 + 15 · (1 − 10/28) + 15 + 8.75 = 84.39 → 84.4.
    // Availability: 7 days earlier (3 late) → 88.14 → 88.1; 10 days earlier (on time) → 89.75 → 89.8.
    // Terraform: 1 → (2.5 + 2.5 + 0.5)/6.25 = 0.88 → 39.6 → 87.99 → 88.0; 2 → 0.96 → 43.2 → 91.6.
    const late = cand({ availableFrom: '2027-02-11', dayRateMinor: 65_000, skills: { k8s: 4, go: 4 } });
    expect(scoreCandidate(role(), late).score).toBe(84.4);
    // ahead 88.05: one week (88.1) passes, Terraform 1 (88.0) does not.
    expect(smallestImprovement(role(), late, { rank: 2, score: 84.4 }, [{ rank: 1, score: 88.05 }])).toBe('Available 1 week earlier: would rank 1st');
    // ahead 89.5: both take two steps (89.8 and 91.6): the higher score wins.
    expect(smallestImprovement(role(), late, { rank: 2, score: 84.4 }, [{ rank: 1, score: 89.5 }])).toBe('Terraform at level 2: would rank 1st');
    // No required skills (skills 1 → 45): 93.39 → 93.4; a week earlier 97.1; 10 days earlier 98.75 → 98.8 > 98.
    const noSkills = role({ requiredSkills: [] });
    expect(smallestImprovement(noSkills, late, { rank: 2, score: 93.4 }, [{ rank: 1, score: 98 }])).toBe('Available 10 days earlier: would rank 1st');
    // Out of reach (99.5): the first step's gain, 97.1 − 93.4 = +3.7.
    expect(smallestImprovement(noSkills, late, { rank: 2, score: 93.4 }, [{ rank: 1, score: 99.5 }])).toBe('Available 1 week earlier: score +3.7');
  });

  it('talks of salary for a permanent role', () => {
    // £94,500 vs £90,000 (5% over → budget 9): 92.8; 5% lower → £89,775, within → budget 15 → 98.8: +6
    const permanent = role({ permanent: true, budgetMaxMinor: 9_000_000 });
    expect(smallestImprovement(permanent, cand({ salaryMinor: 9_450_000, availableFrom: '2027-02-01', skills: { k8s: 4, go: 4, tf: 3 } }), { rank: 1, score: 0 }, [])).toBe(
      'Salary 5% lower: score +6',
    );
  });

  it('says so when nothing the candidate can change would score higher', () => {
    const best = cand({ availableFrom: '2027-02-01', dayRateMinor: 65_000, skills: { k8s: 4, go: 4, tf: 3 } });
    expect(smallestImprovement(role(), best, { rank: 1, score: 96 }, [])).toBe(NOTHING_TO_IMPROVE);
    // nor when the rate is in another currency (not compared)
    expect(smallestImprovement(role(), { ...best, dayRateMinor: 99_000, currency: 'GBP' }, { rank: 1, score: 0 }, [])).toBe(NOTHING_TO_IMPROVE);
  });
});

describe('whatWouldMeetRole', () => {
  const meet = (c: MatchCandidateInput, r: MatchRoleInput = role()) => whatWouldMeetRole(r, c, hardConstraintFailures(r, c));

  it('moves the start for AVAILABILITY (available from − 14 days)', () => {
    // 3 March 2027 − 14 days = 17 February 2027
    expect(meet(cand({ availableFrom: '2027-03-03' }))).toEqual(['Meets the role if the start moves to 17 February 2027']);
  });

  it('lowers the allocation for ALLOCATION', () => {
    expect(meet(cand({ freeAllocation: 60 }))).toEqual(['Meets the role at 60% allocation']);
    expect(meet(cand({ freeAllocation: 0 }))).toEqual([]);
  });

  it('lowers a skill minimum for SKILL, but not for a missing skill', () => {
    expect(meet(cand({ skills: { k8s: 2, go: 3 } }))).toEqual(['Meets the role if the Kubernetes minimum drops to 2']);
    expect(meet(cand({ skills: { k8s: 2, go: 1 } }))).toEqual([
      'Meets the role if the Kubernetes minimum drops to 2',
      'Meets the role if the Go minimum drops to 1',
    ]);
    expect(meet(cand({ skills: { go: 3 } }))).toEqual([]);
    expect(meet(cand({ skills: { k8s: 2 } }))).toEqual([]); // Kubernetes fixable, Go missing → nothing
  });

  it('lowers the minimum overlap for TIME_ZONE (whole hours), not below 1 h', () => {
    expect(meet(cand({ utcOffsetMinutes: -300 }))).toEqual(['Meets the role with a minimum overlap of 3 h']); // 180 min
    expect(meet(cand({ utcOffsetMinutes: 330 }), role({ minOverlapHours: 3 }))).toEqual(['Meets the role with a minimum overlap of 2 h']); // 150 min
    expect(meet(cand({ utcOffsetMinutes: 600 }))).toEqual([]); // Sydney: 0 min
  });

  it('gives one sentence per failure when all can be fixed', () => {
    expect(meet(cand({ availableFrom: '2027-03-03', freeAllocation: 60, skills: { k8s: 2, go: 3 }, utcOffsetMinutes: -300 }))).toEqual([
      'Meets the role if the start moves to 17 February 2027',
      'Meets the role at 60% allocation',
      'Meets the role if the Kubernetes minimum drops to 2',
      'Meets the role with a minimum overlap of 3 h',
    ]);
  });

  it('gives nothing when any failure cannot be fixed', () => {
    expect(meet(cand({ consentValid: false }))).toEqual([]);
    expect(meet(cand({ consentValid: false, freeAllocation: 60 }))).toEqual([]);
    expect(meet(cand({ kind: K.PERMANENT_SEEKER, availableFrom: '2027-03-03' }))).toEqual([]);
    expect(meet(cand({ freeAllocation: 60, skills: { go: 3 } }))).toEqual([]);
    const failures: FailedConstraint[] = [];
    expect(whatWouldMeetRole(role(), cand(), failures)).toEqual([]);
  });
});
