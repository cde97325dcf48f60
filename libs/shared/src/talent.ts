/** The talent pool (DESIGN §2, §6): who can fill a role, and where a match stands. */

export const CandidateKind = {
  BENCH: 'BENCH',
  ASSOCIATE: 'ASSOCIATE',
  CONTRACTOR: 'CONTRACTOR',
  PERMANENT_SEEKER: 'PERMANENT_SEEKER',
} as const;
export type CandidateKind = (typeof CandidateKind)[keyof typeof CandidateKind];
export const CANDIDATE_KINDS: readonly CandidateKind[] = Object.values(CandidateKind);

/** Ordered from least to most senior: matching compares their positions. */
export const Seniority = {
  JUNIOR: 'JUNIOR',
  MID: 'MID',
  SENIOR: 'SENIOR',
  LEAD: 'LEAD',
  PRINCIPAL: 'PRINCIPAL',
} as const;
export type Seniority = (typeof Seniority)[keyof typeof Seniority];
export const SENIORITIES: readonly Seniority[] = Object.values(Seniority);

export const ConsentBasis = {
  CONSENT: 'CONSENT',
  LEGITIMATE_INTEREST: 'LEGITIMATE_INTEREST',
  CONTRACT: 'CONTRACT',
} as const;
export type ConsentBasis = (typeof ConsentBasis)[keyof typeof ConsentBasis];
export const CONSENT_BASES: readonly ConsentBasis[] = Object.values(ConsentBasis);

export const RoleStatus = {
  OPEN: 'OPEN',
  FILLED: 'FILLED',
  CANCELLED: 'CANCELLED',
} as const;
export type RoleStatus = (typeof RoleStatus)[keyof typeof RoleStatus];
export const ROLE_STATUSES: readonly RoleStatus[] = Object.values(RoleStatus);

export const MatchStage = {
  SUGGESTED: 'SUGGESTED',
  SHORTLISTED: 'SHORTLISTED',
  SUBMITTED: 'SUBMITTED',
  INTERVIEWING: 'INTERVIEWING',
  OFFERED: 'OFFERED',
  PLACED: 'PLACED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type MatchStage = (typeof MatchStage)[keyof typeof MatchStage];
export const MATCH_STAGES: readonly MatchStage[] = Object.values(MatchStage);

/** The forward path of a match; REJECTED and WITHDRAWN leave it from any open stage. */
export const MATCH_PIPELINE: readonly MatchStage[] = [
  MatchStage.SUGGESTED,
  MatchStage.SHORTLISTED,
  MatchStage.SUBMITTED,
  MatchStage.INTERVIEWING,
  MatchStage.OFFERED,
  MatchStage.PLACED,
];
export const FINAL_MATCH_STAGES: readonly MatchStage[] = [MatchStage.PLACED, MatchStage.REJECTED, MatchStage.WITHDRAWN];

/** Where a match may go from `from`: the next stage of the pipeline, or out (rejected, withdrawn). */
export function allowedMatchMoves(from: MatchStage): MatchStage[] {
  if (FINAL_MATCH_STAGES.includes(from)) return [];
  const next = MATCH_PIPELINE[MATCH_PIPELINE.indexOf(from) + 1];
  return [...(next ? [next] : []), MatchStage.REJECTED, MatchStage.WITHDRAWN];
}

export function canMoveMatch(from: MatchStage, to: MatchStage): boolean {
  return allowedMatchMoves(from).includes(to);
}
