import type { CandidateKind, MatchStage, Seniority } from '@orchestra/shared';
import { signedInGql } from '../providers/signedInGql';

// Matching operations of /work/contract/talent.graphql outside react-admin's CRUD grammar.

export interface MatchFactor {
  /** skills | seniority | availability | budget | timeZone */
  factor: string;
  label: string;
  /** 0–1 */
  value: number;
  weight: number;
  /** Points out of 100 = value × weight × 100. */
  contribution: number;
  detail: string;
}

export interface FailedConstraint {
  /** CONSENT | KIND | AVAILABILITY | ALLOCATION | SKILL | TIME_ZONE */
  constraint: string;
  detail: string;
}

/** The candidate fields the ranking and the pipeline show. */
export interface CandidateBrief {
  id: string;
  name: string;
  kind: CandidateKind;
  seniority: Seniority;
  availableFrom: string;
  timeZone: string;
  dayRateMinor: number | null;
  salaryMinor: number | null;
  currency: string;
}

export interface RankedCandidate {
  rank: number;
  candidateId: string;
  candidate: CandidateBrief;
  /** 0–100, one decimal. */
  score: number;
  factors: MatchFactor[];
  whatWouldChange: string[];
  /** The stored match, if any. */
  match: { id: string; stage: MatchStage } | null;
}

export interface CandidateRanking {
  roleId: string;
  modelVersion: string;
  total: number;
  candidates: RankedCandidate[];
}

export interface ExcludedCandidate {
  candidateId: string;
  candidate: Pick<CandidateBrief, 'id' | 'name' | 'kind' | 'seniority'>;
  failed: FailedConstraint[];
  whatWouldChange: string[];
}

export interface CandidateExclusions {
  total: number;
  byConstraint: { constraint: string; count: number }[];
  candidates: ExcludedCandidate[];
}

export interface PlacementInput {
  startDate: string;
  endDate: string | null;
  rateMinor: number;
  currency: string;
}

/** A stored match as `allMatches` answers it (the nested candidate and role carry their id only). */
export interface MatchRecord {
  id: string;
  roleId: string;
  candidateId: string;
  score: number;
  rank?: number | null;
  stage: MatchStage;
  stageChangedAt: string;
}

export interface MovedMatch {
  id: string;
  stage: MatchStage;
  stageChangedAt: string;
}

const CANDIDATE_BRIEF = 'id name kind seniority availableFrom timeZone dayRateMinor salaryMinor currency';
const FACTORS = 'factors { factor label value weight contribution detail }';

const RANK_CANDIDATES = `query RankCandidates($roleId: ID!, $page: Int, $perPage: Int) {
  rankCandidates(roleId: $roleId, page: $page, perPage: $perPage) {
    roleId modelVersion total
    candidates { rank candidateId candidate { ${CANDIDATE_BRIEF} } score ${FACTORS} whatWouldChange match { id stage } }
  }
}`;

const EXCLUDED_CANDIDATES = `query ExcludedCandidates($roleId: ID!, $page: Int, $perPage: Int) {
  excludedCandidates(roleId: $roleId, page: $page, perPage: $perPage) {
    total
    byConstraint { constraint count }
    candidates { candidateId candidate { id name kind seniority } failed { constraint detail } whatWouldChange }
  }
}`;

const SHORTLIST_CANDIDATE = `mutation ShortlistCandidate($roleId: ID!, $candidateId: ID!, $reason: String) {
  shortlistCandidate(roleId: $roleId, candidateId: $candidateId, reason: $reason) { id stage stageChangedAt }
}`;

const MOVE_MATCH_STAGE = `mutation MoveMatchStage($id: ID!, $stage: MatchStage!, $reason: String, $placement: PlacementInput, $idempotencyKey: String) {
  moveMatchStage(id: $id, stage: $stage, reason: $reason, placement: $placement, idempotencyKey: $idempotencyKey) { id stage stageChangedAt }
}`;

export const rankingQueryKey = (roleId: string, page: number, perPage: number) => ['rankCandidates', roleId, page, perPage] as const;
export const exclusionsQueryKey = (roleId: string, page: number, perPage: number) => ['excludedCandidates', roleId, page, perPage] as const;

/** `page` is zero-based; `perPage` at most 100. */
export async function rankCandidates(roleId: string, page: number, perPage: number): Promise<CandidateRanking> {
  return (await signedInGql<{ rankCandidates: CandidateRanking }>(RANK_CANDIDATES, { roleId, page, perPage })).rankCandidates;
}

/** Nearest misses first. */
export async function excludedCandidates(roleId: string, page: number, perPage: number): Promise<CandidateExclusions> {
  return (await signedInGql<{ excludedCandidates: CandidateExclusions }>(EXCLUDED_CANDIDATES, { roleId, page, perPage })).excludedCandidates;
}

/** Creates the stored match when needed. */
export async function shortlistCandidate(args: { roleId: string; candidateId: string; reason?: string | null }): Promise<MovedMatch> {
  return (await signedInGql<{ shortlistCandidate: MovedMatch }>(SHORTLIST_CANDIDATE, args)).shortlistCandidate;
}

export async function moveMatchStage(args: {
  id: string;
  stage: MatchStage;
  reason?: string | null;
  placement?: PlacementInput | null;
  idempotencyKey: string;
}): Promise<MovedMatch> {
  return (await signedInGql<{ moveMatchStage: MovedMatch }>(MOVE_MATCH_STAGE, args)).moveMatchStage;
}
