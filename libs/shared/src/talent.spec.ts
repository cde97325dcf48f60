import { describe, expect, it } from '@jest/globals';
import { draftedRoleTitle, MatchStage as M, matchMoveProblem, RoleStatus as R, roleStatusProblem, Seniority as S } from './talent.js';

describe('roles', () => {
  it('titles a drafted role in plain words: who, then the capability', () => {
    expect(draftedRoleTitle('AUGMENTATION', S.SENIOR, 'Delivery predictability', 'Delivery')).toBe('Senior engineer — Delivery predictability');
    expect(draftedRoleTitle('HIRE', S.LEAD, 'Release practice', 'Delivery')).toBe('Lead engineer, permanent hire — Release practice');
    expect(draftedRoleTitle('SPECIALIST_TEAM', S.SENIOR, 'Observability', 'Operations')).toBe('Senior engineer, Operations specialist team — Observability');
  });

  it('opens or cancels a draft; never drafts again; FILLED only from a placement', () => {
    expect(roleStatusProblem(R.DRAFT, R.OPEN)).toBeNull();
    expect(roleStatusProblem(R.DRAFT, R.CANCELLED)).toBeNull();
    expect(roleStatusProblem(R.OPEN, R.CANCELLED)).toBeNull();
    expect(roleStatusProblem(R.DRAFT, R.DRAFT)).toBeNull();
    expect(roleStatusProblem(R.OPEN, R.DRAFT)).toBe('a role cannot go back to draft: cancel it instead');
    expect(roleStatusProblem(R.OPEN, R.FILLED)).toBe('a role is filled by placing a candidate (move one of its matches to Placed)');
    expect(roleStatusProblem(R.FILLED, R.OPEN)).toBe('a filled role stays filled');
  });

  it('says in words why a match cannot move, naming the stages it can go to', () => {
    expect(matchMoveProblem(M.SHORTLISTED, M.SUBMITTED)).toBeNull();
    expect(matchMoveProblem(M.SHORTLISTED, M.OFFERED)).toBe('A match cannot go from Shortlisted to Offered: next is Submitted, Rejected or Withdrawn.');
    expect(matchMoveProblem(M.OFFERED, M.SHORTLISTED)).toBe('A match cannot go from Offered to Shortlisted: next is Placed, Rejected or Withdrawn.');
    expect(matchMoveProblem(M.PLACED, M.REJECTED)).toBe('Placed is final: this match cannot move any more.');
  });
});
