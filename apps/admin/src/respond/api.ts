import type { Answer, AssessmentStatus, InvitationStatus, QuestionOption, QuestionType, RespondentRole } from '@orchestra/shared';
import { ErrorCode } from '@orchestra/shared';
import { errorCodeOf, errorReasonOf, fieldProblemsOf, gql, NETWORK_ERROR } from '../providers/graphql';
import type { AnswerInput } from './answers';

// The respondent's public operations (apps/api/schema.gql): the link's token is the only credential.

export interface RespondentCapability {
  id: string;
  name: string;
  description: string;
  /** What levels 1–5 look like, Initial to Optimising. */
  levels: string[];
}

export interface RespondentQuestion {
  id: string;
  capabilityId: string;
  prompt: string;
  helpText: string | null;
  type: QuestionType;
  options: QuestionOption[];
  allowsDontKnow: boolean;
}

export interface RespondentArea {
  id: string;
  name: string;
  description: string;
  capabilities: RespondentCapability[];
  questions: RespondentQuestion[];
}

export interface RespondentInvitation {
  status: InvitationStatus;
  assessmentStatus: AssessmentStatus;
  respondentName: string | null;
  respondentRole: RespondentRole;
  clientName: string;
  engagementTitle: string;
  assessmentTitle: string;
  purpose: string;
  instructions: string;
  /** YYYY-MM-DD */
  dueDate: string;
  /** k: the client never reads a breakdown or quote from fewer than k people. */
  anonymityThreshold: number;
  estimatedMinutes: number;
  questionCount: number;
  areas: RespondentArea[];
  answers: Answer[];
  savedAt: string | null;
  submittedAt: string | null;
}

export interface ResponseReceipt {
  status: InvitationStatus;
  answered: number;
  questionCount: number;
  savedAt: string;
  submittedAt: string | null;
}

const RECEIPT = 'status answered questionCount savedAt submittedAt';

const INVITATION_BY_TOKEN = `query InvitationByToken($token: String!) {
  invitationByToken(token: $token) {
    status assessmentStatus respondentName respondentRole clientName engagementTitle assessmentTitle purpose instructions dueDate
    anonymityThreshold estimatedMinutes questionCount savedAt submittedAt
    areas {
      id name description
      capabilities { id name description levels }
      questions { id capabilityId prompt helpText type options { key label score } allowsDontKnow }
    }
    answers { questionId scale choices text dontKnow }
  }
}`;

const SAVE_RESPONSE_DRAFT = `mutation SaveResponseDraft($token: String!, $answers: [AnswerInput!]!) {
  saveResponseDraft(token: $token, answers: $answers) { ${RECEIPT} }
}`;

const SUBMIT_RESPONSE = `mutation SubmitResponse($token: String!, $answers: [AnswerInput!]!, $idempotencyKey: String!) {
  submitResponse(token: $token, answers: $answers, idempotencyKey: $idempotencyKey) { ${RECEIPT} }
}`;

export async function fetchInvitation(token: string, signal?: AbortSignal): Promise<RespondentInvitation> {
  return (await gql<{ invitationByToken: RespondentInvitation }>(INVITATION_BY_TOKEN, { token }, { signal })).invitationByToken;
}

export async function saveResponseDraft(token: string, answers: AnswerInput[]): Promise<ResponseReceipt> {
  return (await gql<{ saveResponseDraft: ResponseReceipt }>(SAVE_RESPONSE_DRAFT, { token, answers })).saveResponseDraft;
}

export async function submitResponse(token: string, answers: AnswerInput[], idempotencyKey: string): Promise<ResponseReceipt> {
  return (await gql<{ submitResponse: ResponseReceipt }>(SUBMIT_RESPONSE, { token, answers, idempotencyKey })).submitResponse;
}

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

/** One key per page load: a submit retried after a lost answer replays instead of failing. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; getRandomValues does not (e.g. a demo over plain http).
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
