/** The talent pool (DESIGN §2, §6): who can fill a role, and where a match stands. */
import { enumLabel, wordList } from './labels.js';

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

/**
 * A role drafted from an accepted option starts as DRAFT: it is not matched or shown as open until
 * a recruiter reviews and opens it. DRAFT → OPEN or CANCELLED; OPEN → CANCELLED; FILLED comes from a
 * placement. Nothing goes back to DRAFT.
 */
export const RoleStatus = {
  DRAFT: 'DRAFT',
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

/** Why a match cannot go from `from` to `to`, in words (for the API's refusal and the admin's board); null when it can. */
export function matchMoveProblem(from: MatchStage, to: MatchStage): string | null {
  const allowed = allowedMatchMoves(from);
  if (allowed.includes(to)) return null;
  const name = (s: MatchStage) => enumLabel('MatchStage', s);
  if (!allowed.length) return `${name(from)} is final: this match cannot move any more.`;
  return `A match cannot go from ${name(from)} to ${name(to)}: next is ${wordList(allowed.map(name))}.`;
}

/** Whether a role may be set from `from` to `to` by hand (FILLED only ever comes from a placement). */
export function roleStatusProblem(from: RoleStatus, to: RoleStatus): string | null {
  if (from === to) return null;
  if (to === RoleStatus.FILLED) return 'a role is filled by placing a candidate (move one of its matches to Placed)';
  if (from === RoleStatus.FILLED) return 'a filled role stays filled';
  if (to === RoleStatus.DRAFT) return 'a role cannot go back to draft: cancel it instead';
  return null;
}

const SENIORITY_WORDS: Readonly<Record<Seniority, string>> = { JUNIOR: 'Junior', MID: 'Mid-level', SENIOR: 'Senior', LEAD: 'Lead', PRINCIPAL: 'Principal' };

/**
 * The title of a role drafted from an accepted option, in plain words: what kind of person, then
 * the capability it closes ("Senior engineer — Delivery predictability").
 */
export function draftedRoleTitle(
  option: 'AUGMENTATION' | 'HIRE' | 'SPECIALIST_TEAM' | 'REVIEW',
  seniority: Seniority,
  capabilityName: string,
  areaName: string,
): string {
  const who = `${SENIORITY_WORDS[seniority]} engineer`;
  switch (option) {
    case 'HIRE':
      return `${who}, permanent hire — ${capabilityName}`;
    case 'SPECIALIST_TEAM':
      return `${who}, ${areaName} specialist team — ${capabilityName}`;
    case 'REVIEW':
      return `Reviewer — ${capabilityName}`;
    default:
      return `${who} — ${capabilityName}`;
  }
}
