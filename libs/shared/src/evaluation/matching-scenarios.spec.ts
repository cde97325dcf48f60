import { describe, expect, it } from '@jest/globals';
import { evaluateMatching, MATCHING_SCENARIOS } from './matching-scenarios.js';

// The bench (`npm run bench:judgement`) is the score; this guards regressions against the set.
describe('matching evaluation set', () => {
  it('is well formed: 8+ scenarios, pools of 6–10 with unique names, a rationale each', () => {
    expect(MATCHING_SCENARIOS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(MATCHING_SCENARIOS.map((s) => s.id)).size).toBe(MATCHING_SCENARIOS.length);
    for (const s of MATCHING_SCENARIOS) {
      expect(s.pool.length).toBeGreaterThanOrEqual(6);
      expect(s.pool.length).toBeLessThanOrEqual(10);
      const names = s.pool.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of [...Object.keys(s.expectedExcluded), ...s.expectedTop3]) expect(names).toContain(name);
      expect(s.rationale).toMatch(/^\S.*\.$/);
    }
  });

  it('keeps out exactly whom the expert keeps out, by the same constraints', () => {
    const wrong = evaluateMatching()
      .filter((o) => !o.exclusionsRight)
      .map((o) => `${o.scenario.id}: ${JSON.stringify(o.excluded)}`);
    expect(wrong).toEqual([]);
  });

  it('puts the expert’s top three first, in order', () => {
    const wrong = evaluateMatching()
      .filter((o) => !o.top3Exact)
      .map((o) => `${o.scenario.id}: ${o.ranked.map((r) => `${r.name} ${r.score.toFixed(2)}`).join(' > ')}`);
    expect(wrong).toEqual([]);
  });

  it('ranks with the hand-worked scores of the first scenario (over-qualified within budget)', () => {
    const [first] = evaluateMatching([MATCHING_SCENARIOS[0]!]);
    // Ana Lead 45 + 15 + 15 + 15 + 10; Cleo Principal 45 + 9 + 15 + 15 + 10; Ben 36 + 55; Dan Mid 36 + 6 + 40; Gia Junior 36 + 0 + 40.
    expect(first!.ranked.map((r) => [r.name, Math.round(r.score * 100) / 100])).toEqual([
      ['Ana Lead', 100],
      ['Cleo Principal', 94],
      ['Ben Senior', 91],
      ['Dan Mid', 82],
      ['Gia Junior', 76],
    ]);
  });
});
