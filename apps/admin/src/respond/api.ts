import { ErrorCode } from '@orchestra/shared';
import { graphql } from '../gql';
import type { InvitationByTokenQuery, ResponseReceiptFieldsFragment } from '../gql/graphql';
import { errorCodeOf, errorReasonOf, fieldProblemsOf, NETWORK_ERROR } from '../providers/graphql';

// The respondent's public operations (apps/api/schema.gql): the link's token is the only
// credential, so they run with `request(..., { anonymous: true })`.

export const InvitationByTokenDocument = graphql(`
  query InvitationByToken($token: String!) {
    invitationByToken(token: $token) {
      status
      assessmentStatus
      respondentName
      respondentRole
      clientName
      engagementTitle
      assessmentTitle
      purpose
      instructions
      dueDate
      anonymityThreshold
      estimatedMinutes
      questionCount
      savedAt
      submittedAt
      areas {
        id
        name
        description
        capabilities {
          id
          name
          description
          levels
        }
        questions {
          id
          capabilityId
          prompt
          helpText
          type
          options {
            key
            label
            score
          }
          allowsDontKnow
        }
      }
      answers {
        questionId
        scale
        choices
        text
        dontKnow
      }
    }
  }
`);

export const ResponseReceiptFields = graphql(`
  fragment ResponseReceiptFields on ResponseReceipt {
    status
    answered
    questionCount
    savedAt
    submittedAt
  }
`);

export const SaveResponseDraftDocument = graphql(`
  mutation SaveResponseDraft($token: String!, $answers: [AnswerInput!]!) {
    saveResponseDraft(token: $token, answers: $answers) {
      ...ResponseReceiptFields
    }
  }
`);

export const SubmitResponseDocument = graphql(`
  mutation SubmitResponse($token: String!, $answers: [AnswerInput!]!, $idempotencyKey: String!) {
    submitResponse(token: $token, answers: $answers, idempotencyKey: $idempotencyKey) {
      ...ResponseReceiptFields
    }
  }
`);

export type RespondentInvitation = InvitationByTokenQuery['invitationByToken'];
export type RespondentArea = RespondentInvitation['areas'][number];
/** What levels 1–5 look like, Initial to Optimising, in `levels`. */
export type RespondentCapability = RespondentArea['capabilities'][number];
export type RespondentQuestion = RespondentArea['questions'][number];
export type ResponseReceipt = ResponseReceiptFieldsFragment;

/** Why the link cannot be used (or, for SUBMITTED, no longer needs to be): each has its own page. */
export type LinkProblem = 'UNKNOWN' | 'EXPIRED' | 'CLOSED' | 'SUBMITTED' | 'RATE_LIMITED' | 'NETWORK' | 'ERROR';

/** The problems that end the questionnaire: retrying cannot help, the page must say so. */
export const FINAL_PROBLEMS: readonly LinkProblem[] = ['UNKNOWN', 'EXPIRED', 'CLOSED', 'SUBMITTED'];

export function linkProblemOf(error: unknown): LinkProblem {
  switch (errorReasonOf(error)) {
    case 'TOKEN_UNKNOWN':
      return 'UNKNOWN';
    case 'TOKEN_EXPIRED':
      return 'EXPIRED';
    case 'ASSESSMENT_CLOSED':
      return 'CLOSED';
    case 'ALREADY_SUBMITTED':
      return 'SUBMITTED';
  }
  switch (errorCodeOf(error)) {
    case ErrorCode.NOT_FOUND:
      return 'UNKNOWN';
    case ErrorCode.RATE_LIMITED:
      return 'RATE_LIMITED';
    case NETWORK_ERROR:
      return 'NETWORK';
    case ErrorCode.BAD_USER_INPUT:
      // A mangled link fails the token's format check before it is looked up.
      return fieldProblemsOf(error)['token'] ? 'UNKNOWN' : 'ERROR';
    default:
      return 'ERROR';
  }
}

export const isFinalProblem = (error: unknown): boolean => FINAL_PROBLEMS.includes(linkProblemOf(error));
