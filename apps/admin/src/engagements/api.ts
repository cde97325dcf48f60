import { graphql } from '../gql';
import type { EngagementGapsQuery } from '../gql/graphql';

// The engagement hub's reads outside react-admin's CRUD grammar (apps/api/schema.gql), run with `request`.

/** The engagement's assessments, to find the latest scored one. */
export const EngagementScoredAssessmentsDocument = graphql(`
  query EngagementScoredAssessments($engagementId: ID!) {
    allAssessments(filter: { engagementId: $engagementId }, perPage: 100, sortField: "createdAt", sortOrder: "DESC") {
      id
      title
      status
      scoredAt
    }
  }
`);

/** One assessment's gaps, worst first, each with its options' decisions and the roles they drafted. */
export const EngagementGapsDocument = graphql(`
  query EngagementGaps($assessmentId: ID!) {
    allCapabilityGaps(filter: { assessmentId: $assessmentId }, perPage: 100, sortField: "severity", sortOrder: "DESC") {
      id
      current
      target
      size
      severity
      status
      capability {
        id
        name
      }
      recommendations {
        id
        option
        rank
        state
        decisionNote
        decidedAt
        draftedRoles {
          id
          title
          status
        }
      }
    }
  }
`);

export type EngagementGap = EngagementGapsQuery['allCapabilityGaps'][number];
export type GapOption = EngagementGap['recommendations'][number];

export const engagementGapsKey = (engagementId: string) => ['engagementGaps', engagementId] as const;

/** Re-assess the engagement every N days and/or when it closes (replaces any schedule). */
export const SetReassessmentScheduleDocument = graphql(`
  mutation SetReassessmentSchedule($engagementId: ID!, $everyDays: Int, $onClose: Boolean, $idempotencyKey: String) {
    setReassessmentSchedule(engagementId: $engagementId, everyDays: $everyDays, onClose: $onClose, idempotencyKey: $idempotencyKey) {
      id
      reassessEveryDays
      reassessOnClose
      reassessNextDueAt
    }
  }
`);

export const ClearReassessmentScheduleDocument = graphql(`
  mutation ClearReassessmentSchedule($engagementId: ID!, $idempotencyKey: String) {
    clearReassessmentSchedule(engagementId: $engagementId, idempotencyKey: $idempotencyKey) {
      id
      reassessEveryDays
      reassessOnClose
      reassessNextDueAt
    }
  }
`);
