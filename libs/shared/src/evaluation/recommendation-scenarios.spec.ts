import { describe, expect, it } from '@jest/globals';
import { CAPABILITY_NATURES } from '../assessment.js';
import { NEED_HORIZONS, URGENCIES } from '../engagement.js';
import { evaluateRecommendations, RECOMMENDATION_SCENARIOS } from './recommendation-scenarios.js';

// The bench (`npm run bench:judgement`) is the score; this guards regressions against the set.
describe('recommendation evaluation set', () => {
  it('is well formed: 40+ scenarios with unique ids, the expected first acceptable and never excluded, a rationale each', () => {
    expect(RECOMMENDATION_SCENARIOS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(RECOMMENDATION_SCENARIOS.map((s) => s.id)).size).toBe(RECOMMENDATION_SCENARIOS.length);
    for (const s of RECOMMENDATION_SCENARIOS) {
      expect(s.acceptableFirsts).toContain(s.expectedFirst);
      expect(s.neverFirst.filter((o) => s.acceptableFirsts.includes(o))).toEqual([]);
      expect(s.rationale).toMatch(/^\S.*\.$/);
    }
  });

  it('covers every nature, horizon and urgency, uncertain evidence, reviewed areas, severe areas and tight budgets', () => {
    const has = (p: (s: (typeof RECOMMENDATION_SCENARIOS)[number]) => boolean) => RECOMMENDATION_SCENARIOS.some(p);
    for (const nature of CAPABILITY_NATURES) {
      for (const horizon of NEED_HORIZONS) expect(has((s) => s.gap.nature === nature && s.context.horizon === horizon)).toBe(true);
      for (const urgency of URGENCIES) expect(has((s) => s.gap.nature === nature && s.context.urgency === urgency)).toBe(true);
    }
    expect(has((s) => s.gap.confidence < 0.6)).toBe(true);
    expect(has((s) => (s.gap.spread ?? 0) >= 1)).toBe(true);
    expect(has((s) => s.context.reviewed) && has((s) => !s.context.reviewed)).toBe(true);
    expect(has((s) => s.context.otherGapsInArea.filter((x) => x >= 1.5).length >= 2)).toBe(true);
    expect(has((s) => s.context.budgetBand === 'UNDER_50K') && has((s) => s.context.budgetBand === 'FROM_50K_TO_150K')).toBe(true);
  });

  it('never puts a never-first option first', () => {
    const violations = evaluateRecommendations()
      .filter((o) => o.neverFirstViolated)
      .map((o) => `${o.scenario.id}: ${o.first}`);
    expect(violations).toEqual([]);
  });

  it('agrees with the expert on the first option in at least 95 % of the scenarios', () => {
    const outcomes = evaluateRecommendations();
    expect(outcomes.filter((o) => o.top1).length / outcomes.length).toBeGreaterThanOrEqual(0.95);
  });
});
