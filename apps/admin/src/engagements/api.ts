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
