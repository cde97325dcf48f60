/** Capability frameworks, questionnaires and answers (DESIGN §2, §4). */

export const FrameworkStatus = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED' } as const;
export type FrameworkStatus = (typeof FrameworkStatus)[keyof typeof FrameworkStatus];
export const FRAMEWORK_STATUSES: readonly FrameworkStatus[] = Object.values(FrameworkStatus);

/** What kind of thing a capability is: a call people make, a habit a team has, or people to do it. */
export const CapabilityNature = { JUDGEMENT: 'JUDGEMENT', PRACTICE: 'PRACTICE', CAPACITY: 'CAPACITY' } as const;
export type CapabilityNature = (typeof CapabilityNature)[keyof typeof CapabilityNature];
export const CAPABILITY_NATURES: readonly CapabilityNature[] = Object.values(CapabilityNature);

/** The five maturity levels every capability describes, 1 to 5. */
export const LEVEL_NAMES = ['Initial', 'Emerging', 'Defined', 'Managed', 'Optimising'] as const;
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;

export const QuestionType = { SCALE: 'SCALE', CHOICE: 'CHOICE', MULTI: 'MULTI', TEXT: 'TEXT' } as const;
export type QuestionType = (typeof QuestionType)[keyof typeof QuestionType];
export const QUESTION_TYPES: readonly QuestionType[] = Object.values(QuestionType);

/** An option of a CHOICE or MULTI question (or an anchored label of a SCALE one), scored 1–5. */
export interface QuestionOption {
  key: string;
  label: string;
  score: number;
}

/**
 * One answer as a respondent gives it. Exactly one of: `scale` (SCALE, 1–5), `choices` (option
 * keys: one for CHOICE, one or more for MULTI), `text` (TEXT), or `dontKnow` where allowed.
 * A TEXT answer may also come with a SCALE/CHOICE one as evidence (`text` beside a value).
 */
export interface Answer {
  questionId: string;
  scale?: number | null;
  choices?: string[] | null;
  text?: string | null;
  dontKnow?: boolean | null;
}

export const AssessmentStatus = { DRAFT: 'DRAFT', OPEN: 'OPEN', CLOSED: 'CLOSED', SCORED: 'SCORED', PUBLISHED: 'PUBLISHED' } as const;
export type AssessmentStatus = (typeof AssessmentStatus)[keyof typeof AssessmentStatus];
export const ASSESSMENT_STATUSES: readonly AssessmentStatus[] = Object.values(AssessmentStatus);

export const InvitationStatus = { PENDING: 'PENDING', STARTED: 'STARTED', SUBMITTED: 'SUBMITTED', EXPIRED: 'EXPIRED' } as const;
export type InvitationStatus = (typeof InvitationStatus)[keyof typeof InvitationStatus];
export const INVITATION_STATUSES: readonly InvitationStatus[] = Object.values(InvitationStatus);

/** Who answers: their view of the organisation differs, and the report shows it. */
export const RespondentRole = {
  CTO: 'CTO',
  ENGINEERING_MANAGER: 'ENGINEERING_MANAGER',
  ENGINEER: 'ENGINEER',
  PRODUCT: 'PRODUCT',
  OTHER: 'OTHER',
} as const;
export type RespondentRole = (typeof RespondentRole)[keyof typeof RespondentRole];
export const RESPONDENT_ROLES: readonly RespondentRole[] = Object.values(RespondentRole);
