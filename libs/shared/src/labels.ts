/**
 * The words a person reads for every enum the API exposes: one map, keyed by the GraphQL enum's
 * name, used by the admin's chips, selects, filters and exports (a test checks it covers the
 * schema). Codes such as ONE_WAY or PERMANENT_SEEKER never reach a screen.
 */
import { RESPONDENT_ROLE_LABELS, type Disclosure } from './anonymity.js';
import type { AssessmentStatus, CapabilityNature, FrameworkStatus, InvitationStatus, QuestionType } from './assessment.js';
import { BUDGET_BAND_LABELS, SIZE_BAND_LABELS, type EngagementStage, type NeedHorizon, type Reversibility, type Urgency } from './engagement.js';
import type { MatchConstraint } from './matching.js';
import { ownValue } from './objects.js';
import { RECOMMENDATION_OPTION_LABELS, type RecommendationState } from './recommendation.js';
import type { Role } from './roles.js';
import type { CandidateKind, ConsentBasis, MatchStage, RoleStatus, Seniority } from './talent.js';
import type { InterventionKind, Movement } from './reassessment.js';
import type { ShortlistAnswer, ShortlistReason } from './shortlist.js';
import type { StaffingPlanStatus } from './staffing.js';
import type { GapStatus, WorkflowKind, WorkflowStatus } from './workflow.js';

type Labels<E extends string> = Readonly<Record<E, string>>;

export const ENUM_LABELS = {
  AssessmentStatus: { DRAFT: 'Draft', OPEN: 'Open', CLOSED: 'Closed', SCORED: 'Scored', PUBLISHED: 'Published' } satisfies Labels<AssessmentStatus>,
  BudgetBand: BUDGET_BAND_LABELS,
  CandidateKind: { BENCH: 'Bench', ASSOCIATE: 'Associate', CONTRACTOR: 'Contractor', PERMANENT_SEEKER: 'Permanent seeker' } satisfies Labels<CandidateKind>,
  CapabilityNature: { JUDGEMENT: 'Judgement', PRACTICE: 'Practice', CAPACITY: 'Capacity' } satisfies Labels<CapabilityNature>,
  ConsentBasis: { CONSENT: 'Consent', LEGITIMATE_INTEREST: 'Legitimate interest', CONTRACT: 'Contract' } satisfies Labels<ConsentBasis>,
  Disclosure: { SHOWN: 'Shown', MERGED: 'Merged', HIDDEN: 'Hidden' } satisfies Labels<Disclosure>,
  EngagementStage: {
    LEAD: 'Lead',
    DISCOVERY: 'Discovery',
    ASSESSING: 'Assessing',
    PROPOSING: 'Proposing',
    ACTIVE: 'Active',
    CLOSED: 'Closed',
    LOST: 'Lost',
  } satisfies Labels<EngagementStage>,
  FrameworkStatus: { DRAFT: 'Draft', PUBLISHED: 'Published' } satisfies Labels<FrameworkStatus>,
  GapStatus: { OPEN: 'Open', ADDRESSED: 'Addressed', ACCEPTED_RISK: 'Risk accepted' } satisfies Labels<GapStatus>,
  /** A CSV import row's outcome (a string in the schema). */
  ImportRowStatus: { ACCEPTED: 'Accepted', REJECTED: 'Rejected' },
  InvitationStatus: { PENDING: 'Not started', STARTED: 'In progress', SUBMITTED: 'Submitted', EXPIRED: 'Expired' } satisfies Labels<InvitationStatus>,
  MatchConstraint: {
    CONSENT: 'Consent',
    KIND: 'Kind',
    AVAILABILITY: 'Availability',
    ALLOCATION: 'Allocation',
    SKILL: 'Must-have skill',
    TIME_ZONE: 'Time-zone overlap',
  } satisfies Labels<MatchConstraint>,
  InterventionKind: { OPTION: 'Accepted option', PLACEMENT: 'Placement', DECISION: 'Decision' } satisfies Labels<InterventionKind>,
  MatchStage: {
    SUGGESTED: 'Suggested',
    SHORTLISTED: 'Shortlisted',
    SUBMITTED: 'Submitted',
    INTERVIEWING: 'Interviewing',
    OFFERED: 'Offered',
    PLACED: 'Placed',
    REJECTED: 'Rejected',
    WITHDRAWN: 'Withdrawn',
  } satisfies Labels<MatchStage>,
  Movement: { ROSE: 'Rose', FELL: 'Fell', WITHIN_NOISE: 'Within noise', NO_BASELINE: 'No baseline', NOT_SCORED: 'Not scored' } satisfies Labels<Movement>,
  NeedHorizon: { TEMPORARY: 'Temporary need', PERMANENT: 'Permanent need', UNKNOWN: 'Horizon not known' } satisfies Labels<NeedHorizon>,
  QuestionType: { SCALE: 'Scale', CHOICE: 'Choice', MULTI: 'Multiple choice', TEXT: 'Text' } satisfies Labels<QuestionType>,
  RecommendationOption: RECOMMENDATION_OPTION_LABELS,
  RecommendationState: { PROPOSED: 'Proposed', ACCEPTED: 'Accepted', REJECTED: 'Rejected', OVERRIDDEN: 'Chosen over the ranking' } satisfies Labels<RecommendationState>,
  RespondentRole: RESPONDENT_ROLE_LABELS,
  Reversibility: { ONE_WAY: 'One-way door', TWO_WAY: 'Two-way door' } satisfies Labels<Reversibility>,
  RoleStatus: { DRAFT: 'Draft', OPEN: 'Open', FILLED: 'Filled', CANCELLED: 'Cancelled' } satisfies Labels<RoleStatus>,
  Seniority: { JUNIOR: 'Junior', MID: 'Mid-level', SENIOR: 'Senior', LEAD: 'Lead', PRINCIPAL: 'Principal' } satisfies Labels<Seniority>,
  ShortlistAnswer: { INTERESTED: 'Interview requested', NOT_NOW: 'Not now', NO: 'Declined' } satisfies Labels<ShortlistAnswer>,
  ShortlistReason: {
    BUDGET: 'Budget',
    SKILLS: 'Skills',
    SENIORITY: 'Seniority',
    AVAILABILITY: 'Availability',
    LOCATION_OR_HOURS: 'Location or working hours',
    OTHER: 'Other',
  } satisfies Labels<ShortlistReason>,
  SizeBand: SIZE_BAND_LABELS,
  StaffingPlanStatus: { PENDING: 'Solving', SOLVED: 'Ready to review', FAILED: 'Failed', ACCEPTED: 'Accepted' } satisfies Labels<StaffingPlanStatus>,
  Urgency: { LOW: 'Low urgency', MEDIUM: 'Medium urgency', HIGH: 'High urgency' } satisfies Labels<Urgency>,
  UserRole: { ADMIN: 'Admin', CONSULTANT: 'Consultant', RECRUITER: 'Recruiter', CLIENT: 'Client' } satisfies Labels<Role>,
  WorkflowKind: { ASSESSMENT_FINALISE: 'Scoring an assessment', STAFFING_PLAN: 'Staffing plan' } satisfies Labels<WorkflowKind>,
  WorkflowStatus: { PENDING: 'Waiting', RUNNING: 'Running', SUCCEEDED: 'Done', FAILED: 'Failed' } satisfies Labels<WorkflowStatus>,
} as const;

export type LabelledEnum = keyof typeof ENUM_LABELS;

/**
 * The label of one value. A value the map does not know (an API newer than the admin) is shown
 * in sentence case rather than as a code.
 */
export function enumLabel(kind: LabelledEnum, value: string | null | undefined): string {
  if (value == null) return '';
  const labels: Readonly<Record<string, string>> = ENUM_LABELS[kind];
  return ownValue(labels, value) ?? (value.charAt(0) + value.slice(1).toLowerCase()).replace(/_/g, ' ');
}

/** `{ id, name }` choices for a select or a filter, in the map's order. */
export function enumChoices<K extends LabelledEnum>(kind: K): { id: keyof (typeof ENUM_LABELS)[K] & string; name: string }[] {
  return Object.entries(ENUM_LABELS[kind]).map(([id, name]) => ({ id: id as keyof (typeof ENUM_LABELS)[K] & string, name: name as string }));
}

/**
 * The value a person typed or a file holds, read back: the code itself or its label, in any case
 * ("Permanent seeker", "PERMANENT_SEEKER", "permanent seeker" → PERMANENT_SEEKER); null when it is neither.
 */
export function enumFromText(kind: LabelledEnum, text: string): string | null {
  const key = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  const wanted = key(text);
  for (const [code, label] of Object.entries(ENUM_LABELS[kind] as Readonly<Record<string, string>>)) {
    if (key(code) === wanted || key(label) === wanted) return code;
  }
  return null;
}

/** Words joined for a sentence: "a", "a or b", "a, b or c" (`and` for "a, b and c"). */
export function wordList(words: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/** A GraphQL type name in words: "DecisionRecord" → "Decision record". */
export function typeNameLabel(typeName: string): string {
  const words = typeName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An audit action in words: "staffing_plan.accept" → "Staffing plan: accept", "auth.login_failed" → "Sign-in: login failed". */
export function auditActionLabel(action: string): string {
  const [subject = '', verb = ''] = action.split('.');
  const words = (s: string) => s.replace(/_/g, ' ');
  const who = subject === 'auth' ? 'Sign-in' : words(subject).charAt(0).toUpperCase() + words(subject).slice(1);
  return verb ? `${who}: ${words(verb)}` : who;
}
