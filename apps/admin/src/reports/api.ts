import { graphql } from '../gql';
import type { AssessmentReportQuery, ReportDisclosureFieldsFragment } from '../gql/graphql';

// The report's operations outside react-admin's CRUD grammar (apps/api/schema.gql), run with `request`.

export const ReportHeatmapFields = graphql(`
  fragment ReportHeatmapFields on ReportHeatmap {
    columns {
      key
      label
      seats
      respondents
      identifiable
    }
    rows {
      capabilityId
      capabilityName
      areaName
      cells {
        column
        current
        respondents
      }
    }
  }
`);

export const ReportDisclosureFields = graphql(`
  fragment ReportDisclosureFields on ReportDisclosure {
    threshold
    publishable
    summary
    seats {
      respondentRole
      respondents
      outcome
      reason
    }
  }
`);

export const RecommendationFields = graphql(`
  fragment RecommendationFields on Recommendation {
    id
    option
    score
    rank
    state
    rulesetVersion
    reasons {
      code
      sentence
      inputs {
        name
        value
      }
    }
    decisionNote
    noteToClient
    decidedAt
    draftedRoles {
      id
      title
      status
    }
  }
`);

export const AssessmentReportDocument = graphql(`
  query AssessmentReport($assessmentId: ID!) {
    assessmentReport(assessmentId: $assessmentId) {
      assessmentId
      title
      status
      clientName
      engagementTitle
      scoredAt
      publishedAt
      renderedAt
      summary {
        invited
        submitted
        capabilities
        scored
        gaps
        worstSeverity
        overallCurrent
        overallTarget
      }
      areas {
        areaId
        name
        current
        target
      }
      heatmap {
        ...ReportHeatmapFields
      }
      clientHeatmap {
        ...ReportHeatmapFields
      }
      disclosure {
        ...ReportDisclosureFields
      }
      changes {
        previousTitle
        baselineTitle
        summary
        movedWithoutIntervention
        capabilities {
          key
          name
          areaName
          target
          current
          previous
          baseline
          change
          changeFromBaseline
          noise
          movement
          interventions {
            kind
            label
            on
          }
        }
      }
      gaps {
        id
        current
        target
        size
        severity
        status
        capability {
          id
          key
          name
          nature
        }
        evidence {
          questionId
          prompt
          respondentRole
          value
          answer
          quote
        }
        recommendations {
          ...RecommendationFields
        }
      }
    }
  }
`);

/** What the anonymity rule does to the report, for the publish confirmation. */
export const ReportDisclosureDocument = graphql(`
  query ReportDisclosure($assessmentId: ID!) {
    assessmentReport(assessmentId: $assessmentId) {
      assessmentId
      disclosure {
        ...ReportDisclosureFields
      }
    }
  }
`);

export const PublishedReportsDocument = graphql(`
  query PublishedReports {
    publishedReports {
      assessmentId
      title
      engagementTitle
      publishedAt
    }
  }
`);

export const AcceptRecommendationDocument = graphql(`
  mutation AcceptRecommendation($id: ID!, $note: String, $noteToClient: String, $idempotencyKey: String) {
    acceptRecommendation(id: $id, note: $note, noteToClient: $noteToClient, idempotencyKey: $idempotencyKey) {
      id
      state
      decisionNote
      noteToClient
      decidedAt
      draftedRoles {
        id
        title
        status
      }
    }
  }
`);

export const RejectRecommendationDocument = graphql(`
  mutation RejectRecommendation($id: ID!, $reason: String!, $noteToClient: String, $idempotencyKey: String) {
    rejectRecommendation(id: $id, reason: $reason, noteToClient: $noteToClient, idempotencyKey: $idempotencyKey) {
      id
      state
      decisionNote
      noteToClient
      decidedAt
    }
  }
`);

export const OverrideRecommendationDocument = graphql(`
  mutation OverrideRecommendation($gapId: ID!, $option: RecommendationOption!, $reason: String!, $noteToClient: String, $idempotencyKey: String) {
    overrideRecommendation(gapId: $gapId, option: $option, reason: $reason, noteToClient: $noteToClient, idempotencyKey: $idempotencyKey) {
      id
      state
      decisionNote
      noteToClient
      decidedAt
      draftedRoles {
        id
        title
        status
      }
    }
  }
`);

export type AssessmentReport = AssessmentReportQuery['assessmentReport'];
export type ReportArea = AssessmentReport['areas'][number];
/** Staff: every seat; client users: the same as clientHeatmap. */
export type ReportHeatmap = AssessmentReport['heatmap'];
/** One seat (staff) or one group of seats the client may read ("Other roles"). */
export type HeatmapColumn = ReportHeatmap['columns'][number];
export type HeatmapCell = ReportHeatmap['rows'][number]['cells'][number];
export type ReportDisclosure = ReportDisclosureFieldsFragment;
/** Worst first. */
export type ReportGap = AssessmentReport['gaps'][number];
export type GapEvidence = ReportGap['evidence'][number];
/** Every option for a gap, best first. */
export type Recommendation = ReportGap['recommendations'][number];

export const reportQueryKey = (assessmentId: string) => ['assessmentReport', assessmentId] as const;
