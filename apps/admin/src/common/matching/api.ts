import { graphql } from '../../gql';
import type { CandidateBriefFragment, ExcludedCandidatesQuery, MatchRecordFragment, RankCandidatesQuery } from '../../gql/graphql';

// Matching operations outside react-admin's CRUD grammar (apps/api/schema.gql), run with `request`.

/** The candidate fields the ranking and the pipeline show. */
export const CandidateBriefFields = graphql(`
  fragment CandidateBrief on Candidate {
    id
    name
    kind
    seniority
    availableFrom
    timeZone
    dayRateMinor
    salaryMinor
    currency
  }
`);

/** The live ranking of a role's eligible pool; `page` is zero-based, `perPage` at most 100. */
export const RankCandidatesDocument = graphql(`
  query RankCandidates($roleId: ID!, $page: Int, $perPage: Int) {
    rankCandidates(roleId: $roleId, page: $page, perPage: $perPage) {
      roleId
      modelVersion
      total
      candidates {
        rank
        candidateId
        candidate {
          ...CandidateBrief
        }
        score
        factors {
          factor
          label
          value
          weight
          contribution
          detail
        }
        whatWouldChange
        match {
          id
          stage
        }
      }
    }
  }
`);

/** The candidates a hard constraint keeps out, nearest misses first. */
export const ExcludedCandidatesDocument = graphql(`
  query ExcludedCandidates($roleId: ID!, $page: Int, $perPage: Int, $constraint: String) {
    excludedCandidates(roleId: $roleId, page: $page, perPage: $perPage, constraint: $constraint) {
      total
      byConstraint {
        constraint
        count
      }
      candidates {
        candidateId
        candidate {
          id
          name
          kind
          seniority
        }
        failed {
          constraint
          detail
        }
        whatWouldChange
      }
    }
  }
`);

/** Creates the stored match when needed. */
export const ShortlistCandidateDocument = graphql(`
  mutation ShortlistCandidate($roleId: ID!, $candidateId: ID!, $reason: String) {
    shortlistCandidate(roleId: $roleId, candidateId: $candidateId, reason: $reason) {
      id
      stage
      stageChangedAt
    }
  }
`);

export const MoveMatchStageDocument = graphql(`
  mutation MoveMatchStage($id: ID!, $stage: MatchStage!, $reason: String, $placement: PlacementInput, $closeOthersReason: String, $idempotencyKey: String) {
    moveMatchStage(id: $id, stage: $stage, reason: $reason, placement: $placement, closeOthersReason: $closeOthersReason, idempotencyKey: $idempotencyKey) {
      id
      stage
      stageChangedAt
    }
  }
`);

/** Submits a shortlisted match to contacts of the role's client, with a note. */
export const SubmitToClientDocument = graphql(`
  mutation SubmitToClient($id: ID!, $contactIds: [ID!]!, $note: String!, $summary: String, $idempotencyKey: String) {
    submitToClient(id: $id, contactIds: $contactIds, note: $note, summary: $summary, idempotencyKey: $idempotencyKey) {
      id
      stage
      stageChangedAt
      submittedContactIds
      submissionNote
      clientAlias
    }
  }
`);

/** A stored match as `allMatches` answers it (the data provider's Match record). */
export const MatchRecordFields = graphql(`
  fragment MatchRecord on Match {
    id
    roleId
    candidateId
    score
    rank
    stage
    stageChangedAt
    clientAlias
    clientAnswer
    clientReason
    clientNote
    clientSlots
  }
`);

export type CandidateBrief = CandidateBriefFragment;
export type MatchRecord = MatchRecordFragment;
export type CandidateRanking = RankCandidatesQuery['rankCandidates'];
export type RankedCandidate = CandidateRanking['candidates'][number];
export type MatchFactor = RankedCandidate['factors'][number];
export type CandidateExclusions = ExcludedCandidatesQuery['excludedCandidates'];

export const rankingQueryKey = (roleId: string, page: number, perPage: number) => ['rankCandidates', roleId, page, perPage] as const;
export const exclusionsQueryKey = (roleId: string, page: number, perPage: number, constraint: string | null = null) => ['excludedCandidates', roleId, page, perPage, constraint] as const;
