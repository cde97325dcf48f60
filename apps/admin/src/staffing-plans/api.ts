import { graphql } from '../gql';
import type { StaffingPlanRecordFragment } from '../gql/graphql';

// Staffing plans outside react-admin's CRUD grammar (apps/api/schema.gql), run with `request`.

/** A plan as the screens read it (the data provider's StaffingPlan record has these fields). */
export const StaffingPlanRecordFields = graphql(`
  fragment StaffingPlanRecord on StaffingPlan {
    id
    status
    roleIds
    candidatesPerRole
    excludedCandidateIds
    budgetCapMinor
    currency
    solver
    error
    runId
    solvedAt
    acceptedAt
    createdAt
    pins {
      roleId
      candidateId
    }
    plan {
      totalScore
      filled
      totalCostMinor
    }
    greedy {
      totalScore
      filled
      totalCostMinor
    }
    roles {
      roleId
      title
      candidates
      options {
        candidateId
        candidateName
        score
      }
      plan {
        candidateId
        candidateName
        score
        costMinor
      }
      greedy {
        candidateId
        candidateName
        score
        costMinor
      }
      reason
    }
  }
`);

/** Exactly one of roleIds / engagementId; the plan comes back PENDING. */
export const CreateStaffingPlanDocument = graphql(`
  mutation CreateStaffingPlan($roleIds: [ID!], $engagementId: ID, $candidatesPerRole: Int, $budgetCapMinor: Int) {
    createStaffingPlan(roleIds: $roleIds, engagementId: $engagementId, candidatesPerRole: $candidatesPerRole, budgetCapMinor: $budgetCapMinor) {
      id
      status
    }
  }
`);

/** Replaces the plan's pins, exclusions and cap, and solves it again. */
export const RerunStaffingPlanDocument = graphql(`
  mutation RerunStaffingPlan($id: ID!, $pins: [StaffingPinInput!], $excludedCandidateIds: [ID!], $budgetCapMinor: Int) {
    rerunStaffingPlan(id: $id, pins: $pins, excludedCandidateIds: $excludedCandidateIds, budgetCapMinor: $budgetCapMinor) {
      id
      status
    }
  }
`);

/** Shortlists every pick in one transaction (idempotent). */
export const AcceptStaffingPlanDocument = graphql(`
  mutation AcceptStaffingPlan($id: ID!) {
    acceptStaffingPlan(id: $id) {
      id
      status
      acceptedAt
    }
  }
`);

export type StaffingPlanRecord = StaffingPlanRecordFragment;
export type StaffingPlanRole = StaffingPlanRecord['roles'][number];
export type StaffingSide = NonNullable<StaffingPlanRecord['plan']>;
