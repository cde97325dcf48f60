import { describe, expect, it } from '@jest/globals';
import { allowedNextStages, canMoveStage, CLOCK_TIME, EngagementStage as S, isOpenStage } from './engagement.js';

describe('engagement stage rules', () => {
  it('moves one step along the path, or to LOST', () => {
    expect(allowedNextStages(S.LEAD)).toEqual([S.DISCOVERY, S.LOST]);
    expect(allowedNextStages(S.DISCOVERY)).toEqual([S.ASSESSING, S.LOST]);
    expect(allowedNextStages(S.ASSESSING)).toEqual([S.PROPOSING, S.LOST]);
    expect(allowedNextStages(S.PROPOSING)).toEqual([S.ACTIVE, S.LOST]);
    expect(allowedNextStages(S.ACTIVE)).toEqual([S.CLOSED, S.LOST]);
  });

  it('ends at CLOSED and LOST', () => {
    expect(allowedNextStages(S.CLOSED)).toEqual([]);
    expect(allowedNextStages(S.LOST)).toEqual([]);
    expect(isOpenStage(S.CLOSED)).toBe(false);
    expect(isOpenStage(S.ACTIVE)).toBe(true);
  });

  it('refuses skips, moves back and staying put', () => {
    expect(canMoveStage(S.LEAD, S.ASSESSING)).toBe(false);
    expect(canMoveStage(S.PROPOSING, S.DISCOVERY)).toBe(false);
    expect(canMoveStage(S.LEAD, S.LEAD)).toBe(false);
    expect(canMoveStage(S.LOST, S.LEAD)).toBe(false);
    expect(canMoveStage(S.ACTIVE, S.LOST)).toBe(true);
  });

  it('reads clock times', () => {
    expect(['09:00', '23:59', '00:00'].every((t) => CLOCK_TIME.test(t))).toBe(true);
    expect(['9:00', '24:00', '12:60', '12-30'].some((t) => CLOCK_TIME.test(t))).toBe(false);
  });
});
