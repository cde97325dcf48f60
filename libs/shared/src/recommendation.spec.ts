import { describe, expect, it } from '@jest/globals';
import { CAPABILITY_NATURES, CapabilityNature } from './assessment.js';
import { BUDGET_BANDS, BudgetBand, NEED_HORIZONS, NeedHorizon, URGENCIES, Urgency } from './engagement.js';
import {
  type GapForRecommendation,
  OPTION_MIN_BUDGET,
  RECOMMENDATION_OPTIONS,
  RECOMMENDATION_STATES,
  type RecommendationContext,
  RecommendationOption as O,
  recommendOptions,
  RULESET_VERSION,
  type ScoredOption,
} from './recommendation.js';

// Point values of rules-2026.11.1: BASE 10 · LOW_CONFIDENCE / HIGH_DISAGREEMENT REVIEW +50 (once)
// · JUDGEMENT REVIEW +30, AUGMENTATION +25, HIRE +35 (PERMANENT) · PRACTICE AUGMENTATION +40
// (TEMPORARY/UNKNOWN) or HIRE +40 (PERMANENT) · CAPACITY HIRE +45 (PERMANENT), AUGMENTATION +45
// (HIGH urgency or TEMPORARY) · SEVERE_AREA SPECIALIST_TEAM +45 · SIZE_SCALING min(15,
// round(severity × 5)) to AUGMENTATION/HIRE with a nature bonus, solid evidence only · BUDGET −30.

/** A solid (confident, agreed) judgement gap in "Architecture"; each scenario overrides what it tests. */
const gap = (overrides: Partial<GapForRecommendation> = {}): GapForRecommendation => ({
  capabilityId: 'cap-arch-decisions',
  capabilityName: 'Architecture decisions',
  areaId: 'area-arch',
  areaName: 'Architecture',
  nature: CapabilityNature.JUDGEMENT,
  current: 2,
  target: 3.5,
  size: 1.5,
  severity: 1.5,
  confidence: 0.8,
  spread: 0.5,
  respondentCount: 5,
  ...overrides,
});

/** Context with nothing special: unknown horizon, medium urgency, a budget that carries everything. */
const context = (g: GapForRecommendation, overrides: Partial<RecommendationContext> = {}): RecommendationContext => ({
  horizon: NeedHorizon.UNKNOWN,
  urgency: Urgency.MEDIUM,
  budgetBand: BudgetBand.OVER_500K,
  reviewedAreaIds: [],
  allGaps: [{ areaId: g.areaId, severity: g.severity }],
  ...overrides,
});

const run = (g: GapForRecommendation, overrides: Partial<RecommendationContext> = {}) => recommendOptions(g, context(g, overrides));

/** [option, score, rank] in rank order. */
const table = (result: ScoredOption[]) => result.map((r) => [r.option, r.score, r.rank]);

const find = (result: ScoredOption[], option: O) => {
  const scored = result.find((r) => r.option === option);
  if (!scored) throw new Error(`${option} missing`);
  return scored;
};
const codes = (result: ScoredOption[], option: O) => find(result, option).reasons.map((r) => r.code);
const reason = (result: ScoredOption[], option: O, code: string) => {
  const found = find(result, option).reasons.find((r) => r.code === code);
  if (!found) throw new Error(`${option} has no ${code} reason`);
  return found;
};

describe('recommendation enums and version', () => {
  it('lists the four options (in tie-break order) and the states', () => {
    expect(RECOMMENDATION_OPTIONS).toEqual(['REVIEW', 'AUGMENTATION', 'HIRE', 'SPECIALIST_TEAM']);
    expect(RECOMMENDATION_STATES).toEqual(['PROPOSED', 'ACCEPTED', 'REJECTED', 'OVERRIDDEN']);
  });

  it('names the rule set version', () => {
    expect(RULESET_VERSION).toBe('rules-2026.11.1');
  });
});

describe('recommendOptions: uncertain evidence', () => {
  it('ranks REVIEW first on low confidence', () => {
    // PRACTICE, TEMPORARY, confidence 0.45 < 0.6, severity 1.0:
    // REVIEW       10 + 50 (LOW_CONFIDENCE)                       = 60 → 1
    // AUGMENTATION 10 + 40 (PRACTICE_COACHING) + 0 (not scaled)   = 50 → 2
    // HIRE         10                                             = 10 → 3 (tie, order)
    // SPECIALIST   10                                             = 10 → 4
    const result = run(gap({ nature: CapabilityNature.PRACTICE, confidence: 0.45, severity: 1 }), { horizon: NeedHorizon.TEMPORARY });
    expect(table(result)).toEqual([
      [O.REVIEW, 60, 1],
      [O.AUGMENTATION, 50, 2],
      [O.HIRE, 10, 3],
      [O.SPECIALIST_TEAM, 10, 4],
    ]);
    expect(reason(result, O.REVIEW, 'LOW_CONFIDENCE')).toEqual({
      code: 'LOW_CONFIDENCE',
      sentence: 'Confidence is low (0.45 < 0.6): understand the problem before staffing it.',
      inputs: { confidence: 0.45, threshold: 0.6, respondentCount: 5, points: 50 },
    });
    expect(reason(result, O.AUGMENTATION, 'SIZE_NOT_SCALED').inputs).toEqual({ severity: 1, confidence: 0.45, spread: 0.5, points: 0 });
    expect(codes(result, O.AUGMENTATION)).not.toContain('SIZE_SCALING');
  });

  it('ranks REVIEW first on high disagreement, even for a permanent, urgent capacity gap', () => {
    // CAPACITY, PERMANENT, HIGH urgency, confidence 0.7, spread 1.2 ≥ 1.0, severity 2.5:
    // REVIEW       10 + 50 (HIGH_DISAGREEMENT)                          = 60 → 1
    // AUGMENTATION 10 + 45 (CAPACITY_AUGMENTATION) + 0 (not scaled)     = 55 → 2 (tie with HIRE, order)
    // HIRE         10 + 45 (CAPACITY_HIRE) + 0 (not scaled)             = 55 → 3
    // SPECIALIST   10                                                   = 10 → 4
    const result = run(gap({ nature: CapabilityNature.CAPACITY, confidence: 0.7, spread: 1.2, severity: 2.5 }), {
      horizon: NeedHorizon.PERMANENT,
      urgency: Urgency.HIGH,
    });
    expect(table(result)).toEqual([
      [O.REVIEW, 60, 1],
      [O.AUGMENTATION, 55, 2],
      [O.HIRE, 55, 3],
      [O.SPECIALIST_TEAM, 10, 4],
    ]);
    expect(reason(result, O.REVIEW, 'HIGH_DISAGREEMENT')).toEqual({
      code: 'HIGH_DISAGREEMENT',
      sentence: 'Respondents disagree (spread 1.2 ≥ 1.0): understand the problem before staffing it.',
      inputs: { spread: 1.2, threshold: 1, respondentCount: 5, points: 50 },
    });
  });

  it('counts the review bonus once when confidence is low and respondents disagree', () => {
    // JUDGEMENT, UNKNOWN horizon, confidence 0.4, spread 1.5:
    // REVIEW       10 + 50 (LOW_CONFIDENCE) + 0 (HIGH_DISAGREEMENT, counted once) + 30 (JUDGEMENT_REVIEW) = 90 → 1
    // AUGMENTATION 10 + 25 (JUDGEMENT_SENIOR_AUGMENTATION) + 0 (not scaled)                             = 35 → 2
    // HIRE 10 → 3, SPECIALIST 10 → 4
    const result = run(gap({ confidence: 0.4, spread: 1.5 }));
    expect(table(result)).toEqual([
      [O.REVIEW, 90, 1],
      [O.AUGMENTATION, 35, 2],
      [O.HIRE, 10, 3],
      [O.SPECIALIST_TEAM, 10, 4],
    ]);
    expect(codes(result, O.REVIEW)).toEqual(['BASE', 'LOW_CONFIDENCE', 'HIGH_DISAGREEMENT', 'JUDGEMENT_REVIEW']);
    expect(reason(result, O.REVIEW, 'HIGH_DISAGREEMENT').inputs.points).toBe(0);
  });

  it('does not fire at the thresholds themselves (confidence 0.6, spread just under 1.0) or without a spread', () => {
    // JUDGEMENT, UNKNOWN: REVIEW 10 + 30 = 40; AUGMENTATION 10 + 25 + 8 (1.5 × 5 = 7.5 → 8) = 43.
    for (const g of [gap({ confidence: 0.6, spread: 0.99 }), gap({ spread: null })]) {
      const result = run(g);
      expect(codes(result, O.REVIEW)).toEqual(['BASE', 'JUDGEMENT_REVIEW']);
      expect(find(result, O.REVIEW).score).toBe(40);
      expect(find(result, O.AUGMENTATION).score).toBe(43);
    }
  });

  it('always ranks REVIEW first on uncertain evidence, whatever the rest', () => {
    for (const nature of CAPABILITY_NATURES)
      for (const horizon of NEED_HORIZONS)
        for (const urgency of URGENCIES)
          for (const budgetBand of BUDGET_BANDS)
            for (const evidence of [{ confidence: 0.3 }, { spread: 1.4 }]) {
              const g = gap({ nature, severity: 4, ...evidence });
              const severe = [1, 2, 3].map(() => ({ areaId: g.areaId, severity: 4 }));
              const result = recommendOptions(g, { horizon, urgency, budgetBand, reviewedAreaIds: [g.areaId], allGaps: severe });
              expect(result[0]!.option).toBe(O.REVIEW);
            }
  });
});

describe('recommendOptions: judgement gaps', () => {
  it('ranks HIRE first for a permanent need when the evidence is solid', () => {
    // JUDGEMENT, PERMANENT, confidence 0.8, spread 0.5, severity 1.5 → scaling round(7.5) = 8:
    // HIRE         10 + 35 (JUDGEMENT_LEADERSHIP_HIRE) + 8       = 53 → 1
    // AUGMENTATION 10 + 25 (JUDGEMENT_SENIOR_AUGMENTATION) + 8   = 43 → 2
    // REVIEW       10 + 30 (JUDGEMENT_REVIEW)                    = 40 → 3
    // SPECIALIST   10                                            = 10 → 4
    const result = run(gap(), { horizon: NeedHorizon.PERMANENT });
    expect(table(result)).toEqual([
      [O.HIRE, 53, 1],
      [O.AUGMENTATION, 43, 2],
      [O.REVIEW, 40, 3],
      [O.SPECIALIST_TEAM, 10, 4],
    ]);
    expect(codes(result, O.HIRE)).toEqual(['BASE', 'JUDGEMENT_LEADERSHIP_HIRE', 'SIZE_SCALING']);
    expect(reason(result, O.HIRE, 'SIZE_SCALING').inputs).toEqual({
      size: 1.5,
      current: 2,
      target: 3.5,
      severity: 1.5,
      perSeverity: 5,
      max: 15,
      points: 8,
    });
    expect(reason(result, O.REVIEW, 'JUDGEMENT_REVIEW').inputs).toEqual({ nature: 'JUDGEMENT', areaId: 'area-arch', alreadyReviewed: false, points: 30 });
  });

  it('gives no review bonus when a review of the area is already accepted', () => {
    // JUDGEMENT, TEMPORARY, area reviewed, severity 1.2 → scaling round(6) = 6:
    // AUGMENTATION 10 + 25 + 6                       = 41 → 1
    // REVIEW       10 + 0 (AREA_ALREADY_REVIEWED)    = 10 → 2 (tie, order)
    // HIRE         10 (not PERMANENT)                = 10 → 3
    // SPECIALIST   10                                = 10 → 4
    const result = run(gap({ severity: 1.2 }), { horizon: NeedHorizon.TEMPORARY, reviewedAreaIds: ['area-other', 'area-arch'] });
    expect(table(result)).toEqual([
      [O.AUGMENTATION, 41, 1],
      [O.REVIEW, 10, 2],
      [O.HIRE, 10, 3],
      [O.SPECIALIST_TEAM, 10, 4],
    ]);
    expect(reason(result, O.REVIEW, 'AREA_ALREADY_REVIEWED')).toEqual({
      code: 'AREA_ALREADY_REVIEWED',
      sentence: 'A review of Architecture is already accepted on this engagement: no second review bonus.',
      inputs: { nature: 'JUDGEMENT', areaId: 'area-arch', alreadyReviewed: true, points: 0 },
    });
    expect(codes(result, O.REVIEW)).not.toContain('JUDGEMENT_REVIEW');

    // A review of another area does not count: REVIEW 10 + 30 = 40.
    expect(find(run(gap({ severity: 1.2 }), { reviewedAreaIds: ['area-other'] }), O.REVIEW).score).toBe(40);
  });
});

describe('recommendOptions: practice gaps', () => {
  it('ranks AUGMENTATION first for a temporary need', () => {
    // PRACTICE, TEMPORARY, severity 1.0 → scaling 5:
    // AUGMENTATION 10 + 40 (PRACTICE_COACHING) + 5 = 55 → 1; REVIEW, HIRE, SPECIALIST 10 → 2, 3, 4
    const result = run(gap({ nature: CapabilityNature.PRACTICE, severity: 1 }), { horizon: NeedHorizon.TEMPORARY });
    expect(table(result)).toEqual([
      [O.AUGMENTATION, 55, 1],
      [O.REVIEW, 10, 2],
      [O.HIRE, 10, 3],
      [O.SPECIALIST_TEAM, 10, 4],
    ]);
    expect(reason(result, O.AUGMENTATION, 'PRACTICE_COACHING').sentence).toBe(
      '“Architecture decisions” is a practice gap and the need is temporary: an embedded engineer coaches the practice by doing it with the team.',
    );
  });

  it('also augments when the horizon is unknown', () => {
    // PRACTICE, UNKNOWN, severity 1.0: AUGMENTATION 10 + 40 + 5 = 55
    const result = run(gap({ nature: CapabilityNature.PRACTICE, severity: 1 }), { horizon: NeedHorizon.UNKNOWN });
    expect(table(result)[0]).toEqual([O.AUGMENTATION, 55, 1]);
    expect(reason(result, O.AUGMENTATION, 'PRACTICE_COACHING').inputs).toEqual({ nature: 'PRACTICE', horizon: 'UNKNOWN', points: 40 });
  });

  it('ranks HIRE first for a permanent need', () => {
    // PRACTICE, PERMANENT, severity 1.0 → scaling 5:
    // HIRE 10 + 40 (PRACTICE_HIRE) + 5 = 55 → 1; REVIEW, AUGMENTATION, SPECIALIST 10 → 2, 3, 4
    const result = run(gap({ nature: CapabilityNature.PRACTICE, severity: 1 }), { horizon: NeedHorizon.PERMANENT });
    expect(table(result)).toEqual([
      [O.HIRE, 55, 1],
      [O.REVIEW, 10, 2],
      [O.AUGMENTATION, 10, 3],
      [O.SPECIALIST_TEAM, 10, 4],
    ]);
  });
});

describe('recommendOptions: capacity gaps', () => {
  it('ranks AUGMENTATION first when urgency is high', () => {
    // CAPACITY, UNKNOWN horizon, HIGH urgency, severity 2.5 → scaling round(12.5) = 13:
    // AUGMENTATION 10 + 45 (CAPACITY_AUGMENTATION) + 13 = 68 → 1; others 10
    const result = run(gap({ nature: CapabilityNature.CAPACITY, severity: 2.5 }), { urgency: Urgency.HIGH });
    expect(table(result)).toEqual([
      [O.AUGMENTATION, 68, 1],
      [O.REVIEW, 10, 2],
      [O.HIRE, 10, 3],
      [O.SPECIALIST_TEAM, 10, 4],
    ]);
    expect(reason(result, O.AUGMENTATION, 'CAPACITY_AUGMENTATION').inputs).toEqual({
      nature: 'CAPACITY',
      horizon: 'UNKNOWN',
      urgency: 'HIGH',
      points: 45,
    });
  });

  it('fires HIRE and AUGMENTATION together for a permanent, urgent need (tie broken by order)', () => {
    // CAPACITY, PERMANENT, HIGH, severity 2.5: AUGMENTATION 10 + 45 + 13 = 68 → 1; HIRE 10 + 45 + 13 = 68 → 2
    const result = run(gap({ nature: CapabilityNature.CAPACITY, severity: 2.5 }), { horizon: NeedHorizon.PERMANENT, urgency: Urgency.HIGH });
    expect(table(result).slice(0, 2)).toEqual([
      [O.AUGMENTATION, 68, 1],
      [O.HIRE, 68, 2],
    ]);
  });

  it('hires for a permanent need at ordinary urgency, augments for a temporary one, and caps the size bonus at 15', () => {
    // PERMANENT, MEDIUM, severity 4 → round(20) capped at 15: HIRE 10 + 45 + 15 = 70; AUGMENTATION 10
    const permanent = run(gap({ nature: CapabilityNature.CAPACITY, severity: 4 }), { horizon: NeedHorizon.PERMANENT });
    expect(table(permanent).slice(0, 2)).toEqual([
      [O.HIRE, 70, 1],
      [O.REVIEW, 10, 2],
    ]);
    expect(reason(permanent, O.HIRE, 'SIZE_SCALING').inputs.points).toBe(15);
    expect(codes(permanent, O.AUGMENTATION)).toEqual(['BASE']);

    // TEMPORARY, LOW, severity 0.8 → 4: AUGMENTATION 10 + 45 + 4 = 59
    const temporary = run(gap({ nature: CapabilityNature.CAPACITY, severity: 0.8 }), { horizon: NeedHorizon.TEMPORARY, urgency: Urgency.LOW });
    expect(table(temporary)[0]).toEqual([O.AUGMENTATION, 59, 1]);
    expect(find(temporary, O.HIRE).score).toBe(10);
  });

  it('gives nothing beyond the base when neither urgency nor horizon calls for it', () => {
    const result = run(gap({ nature: CapabilityNature.CAPACITY }), { horizon: NeedHorizon.UNKNOWN, urgency: Urgency.MEDIUM });
    expect(table(result)).toEqual([
      [O.REVIEW, 10, 1],
      [O.AUGMENTATION, 10, 2],
      [O.HIRE, 10, 3],
      [O.SPECIALIST_TEAM, 10, 4],
    ]);
  });
});

describe('recommendOptions: severe area', () => {
  // This gap (severity 2.0) and two more of ≥ 1.5 in Architecture; a 1.49 in it and a 3.0 elsewhere do not count.
  const severe = gap({ severity: 2 });
  const allGaps = [
    { areaId: 'area-arch', severity: 2 },
    { areaId: 'area-arch', severity: 1.5 },
    { areaId: 'area-arch', severity: 1.49 },
    { areaId: 'area-delivery', severity: 3 },
    { areaId: 'area-arch', severity: 1.8 },
  ];

  it('ranks SPECIALIST_TEAM first with three severe gaps in the area', () => {
    // JUDGEMENT, TEMPORARY, severity 2.0 → scaling 10:
    // SPECIALIST   10 + 45 (SEVERE_AREA)       = 55 → 1
    // AUGMENTATION 10 + 25 + 10                = 45 → 2
    // REVIEW       10 + 30 (JUDGEMENT_REVIEW)  = 40 → 3
    // HIRE         10                          = 10 → 4
    const result = run(severe, { horizon: NeedHorizon.TEMPORARY, allGaps });
    expect(table(result)).toEqual([
      [O.SPECIALIST_TEAM, 55, 1],
      [O.AUGMENTATION, 45, 2],
      [O.REVIEW, 40, 3],
      [O.HIRE, 10, 4],
    ]);
    expect(reason(result, O.SPECIALIST_TEAM, 'SEVERE_AREA')).toEqual({
      code: 'SEVERE_AREA',
      sentence: 'Architecture has 3 gaps of severity ≥ 1.5: a specialist team can take on the whole area.',
      inputs: { areaId: 'area-arch', severeGaps: 3, severityThreshold: 1.5, minimumGaps: 3, points: 45 },
    });
  });

  it('does not fire with two severe gaps in the area', () => {
    const result = run(severe, { horizon: NeedHorizon.TEMPORARY, allGaps: allGaps.filter((g) => g.severity !== 1.8) });
    expect(find(result, O.SPECIALIST_TEAM).score).toBe(10);
    expect(codes(result, O.SPECIALIST_TEAM)).toEqual(['BASE']);
  });
});

describe('recommendOptions: budget', () => {
  it('marks down what the budget cannot carry, without dropping it', () => {
    // PRACTICE, TEMPORARY, severity 1.0, UNDER_50K:
    // AUGMENTATION 10 + 40 + 5 − 30 = 25 → 1
    // REVIEW       10               = 10 → 2
    // HIRE         10 − 30 = −20 → 0  → 3 (tie, order)
    // SPECIALIST   10 − 30 = −20 → 0  → 4
    const result = run(gap({ nature: CapabilityNature.PRACTICE, severity: 1 }), { horizon: NeedHorizon.TEMPORARY, budgetBand: BudgetBand.UNDER_50K });
    expect(table(result)).toEqual([
      [O.AUGMENTATION, 25, 1],
      [O.REVIEW, 10, 2],
      [O.HIRE, 0, 3],
      [O.SPECIALIST_TEAM, 0, 4],
    ]);
    expect(reason(result, O.AUGMENTATION, 'BUDGET')).toEqual({
      code: 'BUDGET',
      sentence: 'The budget (Under €50k) is below what augmentation needs (at least €50k–150k): marked down by 30.',
      inputs: { budgetBand: 'UNDER_50K', minimumBudgetBand: 'FROM_50K_TO_150K', points: -30 },
    });
    expect(codes(result, O.REVIEW)).not.toContain('BUDGET');
  });

  it('marks down only a specialist team on a €50k–150k budget', () => {
    // Severe-area scenario on FROM_50K_TO_150K: SPECIALIST 10 + 45 − 30 = 25 → 3
    // AUGMENTATION 10 + 25 + 10 = 45 → 1; REVIEW 10 + 30 = 40 → 2; HIRE 10 → 4
    const severe = gap({ severity: 2 });
    const allGaps = [2, 1.5, 1.8].map((severity) => ({ areaId: 'area-arch', severity }));
    const result = run(severe, { horizon: NeedHorizon.TEMPORARY, allGaps, budgetBand: BudgetBand.FROM_50K_TO_150K });
    expect(table(result)).toEqual([
      [O.AUGMENTATION, 45, 1],
      [O.REVIEW, 40, 2],
      [O.SPECIALIST_TEAM, 25, 3],
      [O.HIRE, 10, 4],
    ]);
    expect(codes(result, O.SPECIALIST_TEAM)).toEqual(['BASE', 'SEVERE_AREA', 'BUDGET']);
    expect(result.filter((r) => r.option !== O.SPECIALIST_TEAM).flatMap((r) => r.reasons.map((x) => x.code))).not.toContain('BUDGET');
  });

  it('notes an unknown budget without marking anything down', () => {
    const result = run(gap({ nature: CapabilityNature.PRACTICE, severity: 1 }), { horizon: NeedHorizon.TEMPORARY, budgetBand: BudgetBand.UNKNOWN });
    expect(table(result)).toEqual([
      [O.AUGMENTATION, 55, 1],
      [O.REVIEW, 10, 2],
      [O.HIRE, 10, 3],
      [O.SPECIALIST_TEAM, 10, 4],
    ]);
    expect(codes(result, O.REVIEW)).not.toContain('BUDGET_UNKNOWN');
    for (const option of [O.AUGMENTATION, O.HIRE, O.SPECIALIST_TEAM]) {
      expect(reason(result, option, 'BUDGET_UNKNOWN').inputs).toEqual({ budgetBand: 'UNKNOWN', minimumBudgetBand: OPTION_MIN_BUDGET[option], points: 0 });
    }
    expect(reason(result, O.SPECIALIST_TEAM, 'BUDGET_UNKNOWN').sentence).toBe(
      'The budget is not known yet and a specialist team needs at least €150k–500k: confirm it before proposing a specialist team.',
    );
  });
});

describe('recommendOptions: invariants', () => {
  const scenarios: [GapForRecommendation, RecommendationContext][] = [];
  for (const nature of CAPABILITY_NATURES)
    for (const horizon of NEED_HORIZONS)
      for (const urgency of URGENCIES)
        for (const budgetBand of BUDGET_BANDS)
          for (const evidence of [{}, { confidence: 0.5 }, { spread: 1.1 }, { spread: null }])
            for (const severity of [0.3, 1.5, 4]) {
              const g = gap({ nature, severity, ...evidence });
              const allGaps = [g, ...[1.6, 2].map((s) => ({ areaId: g.areaId, severity: s }))];
              scenarios.push([g, { horizon, urgency, budgetBand, reviewedAreaIds: severity > 1 ? [g.areaId] : [], allGaps }]);
            }

  it('returns all four options, ranked 1–4 by score, with integer scores 0–100', () => {
    for (const [g, ctx] of scenarios) {
      const result = recommendOptions(g, ctx);
      expect(result.map((r) => r.option).sort()).toEqual([...RECOMMENDATION_OPTIONS].sort());
      expect(result.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
      for (let i = 1; i < result.length; i++) {
        const [before, after] = [result[i - 1]!, result[i]!];
        expect(before.score > after.score || (before.score === after.score && RECOMMENDATION_OPTIONS.indexOf(before.option) < RECOMMENDATION_OPTIONS.indexOf(after.option))).toBe(true);
      }
      for (const r of result) {
        expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100).toBe(true);
      }
    }
  });

  it('gives every option at least one reason, and the reasons carry the points that add up to its score', () => {
    for (const [g, ctx] of scenarios) {
      for (const r of recommendOptions(g, ctx)) {
        expect(r.reasons.length).toBeGreaterThanOrEqual(1);
        const points = r.reasons.map((x) => x.inputs.points);
        expect(points.every((p) => typeof p === 'number' && Number.isInteger(p))).toBe(true);
        const total = (points as number[]).reduce((sum, p) => sum + p, 0);
        expect(r.score).toBe(Math.min(100, Math.max(0, total)));
        for (const x of r.reasons) {
          expect(x.code).toMatch(/^[A-Z_]+$/);
          expect(x.sentence).toMatch(/^\S.*\.$/);
        }
      }
    }
  });

  it('is deterministic, independent of gap order, and leaves its inputs alone', () => {
    const g = Object.freeze(gap({ nature: CapabilityNature.CAPACITY, severity: 2 }));
    const allGaps = Object.freeze([g, { areaId: 'area-arch', severity: 1.7 }, { areaId: 'area-x', severity: 3 }, { areaId: 'area-arch', severity: 1.5 }].map((x) => Object.freeze(x)));
    const ctx: RecommendationContext = Object.freeze({
      horizon: NeedHorizon.PERMANENT,
      urgency: Urgency.HIGH,
      budgetBand: BudgetBand.FROM_50K_TO_150K,
      reviewedAreaIds: Object.freeze(['area-arch']),
      allGaps,
    });
    const first = recommendOptions(g, ctx);
    expect(recommendOptions(g, ctx)).toEqual(first);
    expect(recommendOptions({ ...g }, { ...ctx, allGaps: [...allGaps].reverse() })).toEqual(first);
    // CAPACITY, PERMANENT, HIGH, severity 2 → scaling 10, three severe gaps in Architecture, €50k–150k:
    // AUGMENTATION 10 + 45 + 10 = 65 → 1; HIRE 10 + 45 + 10 = 65 → 2; SPECIALIST 10 + 45 − 30 = 25 → 3; REVIEW 10 → 4
    expect(table(first)).toEqual([
      [O.AUGMENTATION, 65, 1],
      [O.HIRE, 65, 2],
      [O.SPECIALIST_TEAM, 25, 3],
      [O.REVIEW, 10, 4],
    ]);
  });
});
