import { graphql } from '../gql';
import type { ShortlistProfileRecordFragment } from '../gql/graphql';

// Answering a shortlisted profile is outside react-admin's CRUD grammar (apps/api/schema.gql), run with `request`.

/** A profile as the screens read it (the data provider's ShortlistProfile record has these fields). */
export const ShortlistProfileRecordFields = graphql(`
  fragment ShortlistProfileRecord on ShortlistProfile {
    id
    roleId
    roleTitle
    roleSeniority
    alias
    summary
    stage
    score
    submittedAt
    seniority
    availableFrom
    allocation
    rateAgainstBudget
    skills {
      skill
      level
      minLevel
      mustHave
    }
    factors {
      factor
      label
      detail
    }
    answer
    reason
    note
    slots
    answeredAt
  }
`);

export const AnswerShortlistProfileDocument = graphql(`
  mutation AnswerShortlistProfile($id: ID!, $answer: ShortlistAnswer!, $reason: ShortlistReason, $note: String, $slots: [DateTime!], $idempotencyKey: String) {
    answerShortlistProfile(id: $id, answer: $answer, reason: $reason, note: $note, slots: $slots, idempotencyKey: $idempotencyKey) {
      id
      stage
      answer
      reason
      note
      slots
      answeredAt
    }
  }
`);

export type ShortlistProfileRecord = ShortlistProfileRecordFragment;
