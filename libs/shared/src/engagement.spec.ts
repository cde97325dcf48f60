import { describe, expect, it } from '@jest/globals';
import { allowedNextStages, canMoveStage, CLOCK_TIME, EngagementStage as S, isFinishedStage, isOpenStage, mayReopenEngagement, moveNeedsNote, reopenStage } from './engagement.js';
import { Role } from './roles.js';

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

  it('asks a reason for LOST only', () => {
    expect(moveNeedsNote(S.LOST)).toBe(true);
    expect([S.DISCOVERY, S.ASSESSING, S.PROPOSING, S.ACTIVE, S.CLOSED].some(moveNeedsNote)).toBe(false);
  });

  it('reopens a finished engagement to the stage it finished from, or LEAD when unknown', () => {
    expect([S.CLOSED, S.LOST].every(isFinishedStage)).toBe(true);
    expect(isFinishedStage(S.ACTIVE)).toBe(false);
    expect(reopenStage(S.PROPOSING)).toBe(S.PROPOSING);
    expect(reopenStage(S.ACTIVE)).toBe(S.ACTIVE);
    expect(reopenStage(null)).toBe(S.LEAD);
    // A finished stage is never a target (a LOST engagement created as CLOSED, say).
    expect(reopenStage(S.CLOSED)).toBe(S.LEAD);
  });

  it('lets the owner or an ADMIN reopen, only a finished engagement', () => {
    const engagement = { ownerId: 'u-owner', stage: S.LOST };
    expect(mayReopenEngagement({ id: 'u-owner', role: Role.CONSULTANT }, engagement)).toBe(true);
    expect(mayReopenEngagement({ id: 'u-admin', role: Role.ADMIN }, { ...engagement, stage: S.CLOSED })).toBe(true);
    expect(mayReopenEngagement({ id: 'u-other', role: Role.CONSULTANT }, engagement)).toBe(false);
    expect(mayReopenEngagement({ id: 'u-client', role: Role.CLIENT }, engagement)).toBe(false);
    expect(mayReopenEngagement({ id: 'u-owner', role: Role.CONSULTANT }, { ...engagement, stage: S.ACTIVE })).toBe(false);
  });

  it('reads clock times', () => {
    expect(['09:00', '23:59', '00:00'].every((t) => CLOCK_TIME.test(t))).toBe(true);
    expect(['9:00', '24:00', '12:60', '12-30'].some((t) => CLOCK_TIME.test(t))).toBe(false);
  });
});
