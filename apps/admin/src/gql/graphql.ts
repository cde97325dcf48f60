/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** One of scale (SCALE), choices (CHOICE: one key, MULTI: one or more), text (TEXT), or dontKnow. */
export type AnswerInput = {
  choices?: Array<string> | null | undefined;
  dontKnow?: boolean | null | undefined;
  questionId: string;
  scale?: number | null | undefined;
  text?: string | null | undefined;
};

/** DRAFT → OPEN → CLOSED → SCORED → PUBLISHED. */
export type AssessmentStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN'
  | 'PUBLISHED'
  | 'SCORED';

export type AssessmentTargetInput = {
  capabilityId: string;
  target: number;
};

export type CandidateFilter = {
  /** Available on or before this date (YYYY-MM-DD). */
  availableBy?: string | null | undefined;
  /** true: consent given and not expired; false: the others. */
  consentValid?: boolean | null | undefined;
  cv?: string | null | undefined;
  dayRateMinor_gte?: number | null | undefined;
  dayRateMinor_lte?: number | null | undefined;
  ids?: Array<string> | null | undefined;
  kind?: CandidateKind | null | undefined;
  /** Free-text search (which fields depends on the resource). */
  q?: string | null | undefined;
  seniority?: Seniority | null | undefined;
  skillId?: string | null | undefined;
  /** With skillId: the minimum level (default 1). */
  skillMinLevel?: number | null | undefined;
  tag?: string | null | undefined;
  timeZone?: string | null | undefined;
};

/** BENCH and ASSOCIATE are ours; CONTRACTORs augment; PERMANENT_SEEKERs are hired. */
export type CandidateKind =
  | 'ASSOCIATE'
  | 'BENCH'
  | 'CONTRACTOR'
  | 'PERMANENT_SEEKER';

/** JUDGEMENT: calls people make; PRACTICE: team habits; CAPACITY: enough skilled people. */
export type CapabilityNature =
  | 'CAPACITY'
  | 'JUDGEMENT'
  | 'PRACTICE';

/** The legal basis on which a candidate's data is held. */
export type ConsentBasis =
  | 'CONSENT'
  | 'CONTRACT'
  | 'LEGITIMATE_INTEREST';

/** SHOWN on its own, MERGED into "Other roles", or HIDDEN from the client. */
export type Disclosure =
  | 'HIDDEN'
  | 'MERGED'
  | 'SHOWN';

/** LEAD → DISCOVERY → ASSESSING → PROPOSING → ACTIVE → CLOSED, or LOST. */
export type EngagementStage =
  | 'ACTIVE'
  | 'ASSESSING'
  | 'CLOSED'
  | 'DISCOVERY'
  | 'LEAD'
  | 'LOST'
  | 'PROPOSING';

/** A PUBLISHED framework never changes: edits make a new version. */
export type FrameworkStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type GapStatus =
  | 'ACCEPTED_RISK'
  | 'ADDRESSED'
  | 'OPEN';

/** OPTION (an accepted recommendation), PLACEMENT, DECISION. */
export type InterventionKind =
  | 'DECISION'
  | 'OPTION'
  | 'PLACEMENT';

export type InvitationStatus =
  | 'EXPIRED'
  | 'PENDING'
  | 'STARTED'
  | 'SUBMITTED';

/** SUGGESTED → SHORTLISTED → SUBMITTED → INTERVIEWING → OFFERED → PLACED, or REJECTED / WITHDRAWN. */
export type MatchStage =
  | 'INTERVIEWING'
  | 'OFFERED'
  | 'PLACED'
  | 'REJECTED'
  | 'SHORTLISTED'
  | 'SUBMITTED'
  | 'SUGGESTED'
  | 'WITHDRAWN';

/** How a capability moved since the previous assessment: ROSE / FELL beyond the combined spread, WITHIN_NOISE, NO_BASELINE (new), NOT_SCORED. */
export type Movement =
  | 'FELL'
  | 'NOT_SCORED'
  | 'NO_BASELINE'
  | 'ROSE'
  | 'WITHIN_NOISE';

export type PlacementInput = {
  currency: string;
  endDate?: string | null | undefined;
  rateMinor: number;
  startDate: string;
};

export type QuestionType =
  | 'CHOICE'
  | 'MULTI'
  | 'SCALE'
  | 'TEXT';

/** How a gap is closed: REVIEW, AUGMENTATION, HIRE or SPECIALIST_TEAM. */
export type RecommendationOption =
  | 'AUGMENTATION'
  | 'HIRE'
  | 'REVIEW'
  | 'SPECIALIST_TEAM';

export type RecommendationState =
  | 'ACCEPTED'
  | 'OVERRIDDEN'
  | 'PROPOSED'
  | 'REJECTED';

/** The respondent's seat: answers are compared across them. */
export type RespondentRole =
  | 'CTO'
  | 'ENGINEER'
  | 'ENGINEERING_MANAGER'
  | 'OTHER'
  | 'PRODUCT';

export type RoleStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'FILLED'
  | 'OPEN';

/** JUNIOR < MID < SENIOR < LEAD < PRINCIPAL. */
export type Seniority =
  | 'JUNIOR'
  | 'LEAD'
  | 'MID'
  | 'PRINCIPAL'
  | 'SENIOR';

/** A client's answer to a shortlisted profile: INTERESTED (an interview, with slots), NOT_NOW or NO. */
export type ShortlistAnswer =
  | 'INTERESTED'
  | 'NO'
  | 'NOT_NOW';

/** Why a client answers "not now" or "no". */
export type ShortlistReason =
  | 'AVAILABILITY'
  | 'BUDGET'
  | 'LOCATION_OR_HOURS'
  | 'OTHER'
  | 'SENIORITY'
  | 'SKILLS';

export type StaffingPinInput = {
  candidateId: string;
  roleId: string;
};

/** PENDING while the matching queue solves it → SOLVED → ACCEPTED, or FAILED (with the reason). */
export type StaffingPlanStatus =
  | 'ACCEPTED'
  | 'FAILED'
  | 'PENDING'
  | 'SOLVED';

/** What a user may do; CLIENT users are bound to one client. */
export type UserRole =
  | 'ADMIN'
  | 'CLIENT'
  | 'CONSULTANT'
  | 'RECRUITER';

export type WorkflowStatus =
  | 'FAILED'
  | 'PENDING'
  | 'RUNNING'
  | 'SUCCEEDED';

export type TemplateRecordFragment = { id: string, frameworkId: string, name: string, description: string, estimatedMinutes: number };

export type PublishAssessmentReportMutationVariables = Exact<{
  id: string;
  idempotencyKey?: string | null | undefined;
}>;


export type PublishAssessmentReportMutation = { publishAssessmentReport: { id: string, status: AssessmentStatus, publishedAt: string | null } };

export type ReportRecipientsQueryVariables = Exact<{
  assessmentId: string;
}>;


export type ReportRecipientsQuery = { reportRecipients: Array<{ id: string, name: string, email: string }> };

export type EngagementTrendQueryVariables = Exact<{
  e: string;
}>;


export type EngagementTrendQuery = { engagementTrend: Array<{ capabilityKey: string, capabilityName: string, areaName: string, points: Array<{ assessmentId: string, title: string, scoredAt: string | null, current: number | null, target: number }> }> };

export type RetryWorkflowRunMutationVariables = Exact<{
  id: string;
}>;


export type RetryWorkflowRunMutation = { retryWorkflowRun: { id: string, status: WorkflowStatus } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type SetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type SetPasswordMutation = { setPassword: boolean };

export type PlacementRecordFragment = { id: string, matchId: string, roleId: string, candidateId: string, startDate: string, endDate: string | null, rateMinor: number, currency: string, allocation: number, createdAt: string };

export type ExportCandidatesCsvQueryVariables = Exact<{
  filter?: CandidateFilter | null | undefined;
}>;


export type ExportCandidatesCsvQuery = { exportCandidatesCsv: string };

export type ImportCandidatesMutationVariables = Exact<{
  csv: string;
  dryRun?: boolean | null | undefined;
  onlyLines?: Array<number> | number | null | undefined;
  allowDuplicates?: boolean | null | undefined;
}>;


export type ImportCandidatesMutation = { importCandidates: { accepted: number, rejected: number, dryRun: boolean, rejectedCsv: string | null, rows: Array<{ line: number, status: string, name: string | null, candidateId: string | null, duplicateOfId: string | null, reasons: Array<string> }> } };

export type CandidateCsvTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type CandidateCsvTemplateQuery = { candidateCsvTemplate: string };

export type CandidateDuplicatesQueryVariables = Exact<{
  id: string;
}>;


export type CandidateDuplicatesQuery = { candidateDuplicates: Array<{ reasons: Array<string>, candidate: { id: string, name: string, email: string, location: string | null } }> };

export type MergeCandidatesMutationVariables = Exact<{
  keepId: string;
  mergeId: string;
}>;


export type MergeCandidatesMutation = { mergeCandidates: { id: string, name: string } };

export type EraseCandidateMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type EraseCandidateMutation = { eraseCandidate: { candidateId: string, erasedAt: string } };

export type ExportCandidateDataQueryVariables = Exact<{
  id: string;
}>;


export type ExportCandidateDataQuery = { exportCandidateData: string };

export type AddCandidateNoteMutationVariables = Exact<{
  candidateId: string;
  body: string;
}>;


export type AddCandidateNoteMutation = { addCandidateNote: { id: string, body: string, authorId: string | null, createdAt: string } };

export type CandidateRecordFragment = { id: string, kind: CandidateKind, name: string, email: string, phone: string | null, profileUrl: string | null, location: string | null, timeZone: string, seniority: Seniority, availableFrom: string, allocation: number, dayRateMinor: number | null, salaryMinor: number | null, currency: string, cvText: string | null, consentBasis: ConsentBasis, consentGivenAt: string | null, consentExpiresAt: string | null, consentValid: boolean, lastContactAt: string | null, tags: Array<string>, createdAt: string, updatedAt: string, skills: Array<{ skillId: string, level: number, evidence: string | null, skill: { id: string } }>, notes: Array<{ id: string, body: string, authorId: string | null, createdAt: string }> };

export type CapabilityRecordFragment = { id: string, frameworkId: string, areaId: string, key: string, name: string, description: string, nature: CapabilityNature, weight: number, levels: Array<string>, skills: Array<string>, defaultTarget: number, position: number };

export type QuestionRecordFragment = { id: string, templateId: string, capabilityId: string, key: string, prompt: string, helpText: string | null, type: QuestionType, weight: number, allowsDontKnow: boolean, position: number, options: Array<{ key: string, label: string, score: number }> };

export type AreaRecordFragment = { id: string, frameworkId: string, key: string, name: string, description: string, position: number };

export type FrameworkRecordFragment = { id: string, name: string, version: number, description: string, status: FrameworkStatus, publishedAt: string | null, createdAt: string, updatedAt: string };

export type CandidateBriefFragment = { id: string, name: string, kind: CandidateKind, seniority: Seniority, availableFrom: string, timeZone: string, dayRateMinor: number | null, salaryMinor: number | null, currency: string };

export type RankCandidatesQueryVariables = Exact<{
  roleId: string;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type RankCandidatesQuery = { rankCandidates: { roleId: string, modelVersion: string, total: number, candidates: Array<{ rank: number, candidateId: string, score: number, whatWouldChange: Array<string>, candidate: { id: string, name: string, kind: CandidateKind, seniority: Seniority, availableFrom: string, timeZone: string, dayRateMinor: number | null, salaryMinor: number | null, currency: string }, factors: Array<{ factor: string, label: string, value: number, weight: number, contribution: number, detail: string }>, match: { id: string, stage: MatchStage } | null }> } };

export type ExcludedCandidatesQueryVariables = Exact<{
  roleId: string;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  constraint?: string | null | undefined;
}>;


export type ExcludedCandidatesQuery = { excludedCandidates: { total: number, byConstraint: Array<{ constraint: string, count: number }>, candidates: Array<{ candidateId: string, whatWouldChange: Array<string>, candidate: { id: string, name: string, kind: CandidateKind, seniority: Seniority }, failed: Array<{ constraint: string, detail: string }> }> } };

export type ShortlistCandidateMutationVariables = Exact<{
  roleId: string;
  candidateId: string;
  reason?: string | null | undefined;
}>;


export type ShortlistCandidateMutation = { shortlistCandidate: { id: string, stage: MatchStage, stageChangedAt: string } };

export type MoveMatchStageMutationVariables = Exact<{
  id: string;
  stage: MatchStage;
  reason?: string | null | undefined;
  placement?: PlacementInput | null | undefined;
  closeOthersReason?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type MoveMatchStageMutation = { moveMatchStage: { id: string, stage: MatchStage, stageChangedAt: string } };

export type SubmitToClientMutationVariables = Exact<{
  id: string;
  contactIds: Array<string> | string;
  note: string;
  summary?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type SubmitToClientMutation = { submitToClient: { id: string, stage: MatchStage, stageChangedAt: string, submittedContactIds: Array<string>, submissionNote: string | null, clientAlias: string | null } };

export type MatchRecordFragment = { id: string, roleId: string, candidateId: string, score: number, rank: number | null, stage: MatchStage, stageChangedAt: string, clientAlias: string | null, clientAnswer: ShortlistAnswer | null, clientReason: ShortlistReason | null, clientNote: string | null, clientSlots: Array<string> };

export type MyPipelineQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPipelineQuery = { myPipeline: { stuckCount: number, byStage: Array<{ stage: MatchStage, count: number }>, stuck: Array<{ id: string, roleId: string, roleTitle: string, candidateId: string, candidateName: string, stage: MatchStage, stageChangedAt: string, daysInStage: number }> } };

export type ClientDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type ClientDashboardQuery = { clientDashboard: { reports: Array<{ assessmentId: string, title: string, engagementTitle: string, publishedAt: string }>, invitations: Array<{ id: string, status: InvitationStatus, assessmentStatus: AssessmentStatus, assessmentTitle: string, engagementTitle: string, dueDate: string, closedNote: string | null }>, engagements: Array<{ id: string, title: string, stage: EngagementStage, startDate: string | null, endDate: string | null }> } };

export type RecruiterDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type RecruiterDashboardQuery = { recruiterDashboard: { placementsThisMonth: number, dueForErasure: number, openRolesByAge: Array<{ label: string, count: number }>, consentExpiring: Array<{ id: string, name: string, consentExpiresAt: string | null }> } };

export type EngagementScoredAssessmentsQueryVariables = Exact<{
  engagementId: string;
}>;


export type EngagementScoredAssessmentsQuery = { allAssessments: Array<{ id: string, title: string, status: AssessmentStatus, scoredAt: string | null }> };

export type EngagementGapsQueryVariables = Exact<{
  assessmentId: string;
}>;


export type EngagementGapsQuery = { allCapabilityGaps: Array<{ id: string, current: number, target: number, size: number, severity: number, status: GapStatus, capability: { id: string, name: string }, recommendations: Array<{ id: string, option: RecommendationOption, rank: number, state: RecommendationState, decisionNote: string | null, decidedAt: string | null, draftedRoles: Array<{ id: string, title: string, status: RoleStatus }> | null }> }> };

export type SetReassessmentScheduleMutationVariables = Exact<{
  engagementId: string;
  everyDays?: number | null | undefined;
  onClose?: boolean | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type SetReassessmentScheduleMutation = { setReassessmentSchedule: { id: string, reassessEveryDays: number | null, reassessOnClose: boolean, reassessNextDueAt: string | null } };

export type ClearReassessmentScheduleMutationVariables = Exact<{
  engagementId: string;
  idempotencyKey?: string | null | undefined;
}>;


export type ClearReassessmentScheduleMutation = { clearReassessmentSchedule: { id: string, reassessEveryDays: number | null, reassessOnClose: boolean, reassessNextDueAt: string | null } };

export type PublishCapabilityFrameworkMutationVariables = Exact<{
  id: string;
}>;


export type PublishCapabilityFrameworkMutation = { publishCapabilityFramework: { id: string, name: string, version: number, description: string, status: FrameworkStatus, publishedAt: string | null, createdAt: string, updatedAt: string } };

export type NewCapabilityFrameworkVersionMutationVariables = Exact<{
  id: string;
}>;


export type NewCapabilityFrameworkVersionMutation = { newCapabilityFrameworkVersion: { id: string, name: string, version: number, description: string, status: FrameworkStatus, publishedAt: string | null, createdAt: string, updatedAt: string } };

export type InboxFieldsFragment = { unread: number, latest: Array<{ id: string, title: string, body: string, link: string | null, readAt: string | null, createdAt: string }> };

export type MyInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInboxQuery = { myInbox: { unread: number, latest: Array<{ id: string, title: string, body: string, link: string | null, readAt: string | null, createdAt: string }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { unread: number, latest: Array<{ id: string, title: string, body: string, link: string | null, readAt: string | null, createdAt: string }> } };

export type MyInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInvitationsQuery = { myInvitations: Array<{ id: string, status: InvitationStatus, assessmentStatus: AssessmentStatus, assessmentTitle: string, engagementTitle: string, dueDate: string, closedNote: string | null }> };

export type StartMyInvitationMutationVariables = Exact<{
  id: string;
}>;


export type StartMyInvitationMutation = { startMyInvitation: { token: string } };

export type AuthPayloadFieldsFragment = { accessToken: string, expiresIn: number, user: { id: string, email: string, name: string, role: UserRole, clientId: string | null } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, expiresIn: number, user: { id: string, email: string, name: string, role: UserRole, clientId: string | null } } };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, expiresIn: number, user: { id: string, email: string, name: string, role: UserRole, clientId: string | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MoveEngagementStageMutationVariables = Exact<{
  id: string;
  stage: EngagementStage;
  note?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type MoveEngagementStageMutation = { moveEngagementStage: { id: string, stage: EngagementStage } };

export type ReopenEngagementMutationVariables = Exact<{
  id: string;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;


export type ReopenEngagementMutation = { reopenEngagement: { id: string, stage: EngagementStage } };

export type EngagementStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type EngagementStatsQuery = { engagementStats: { byStage: Array<{ stage: EngagementStage, count: number }>, openByOwner: Array<{ ownerId: string, ownerName: string, count: number }>, startedByMonth: Array<{ month: string, count: number }> } };

export type OpenAssessmentMutationVariables = Exact<{
  id: string;
  idempotencyKey?: string | null | undefined;
}>;


export type OpenAssessmentMutation = { openAssessment: { id: string, status: AssessmentStatus, openedAt: string | null } };

export type CloseAssessmentMutationVariables = Exact<{
  id: string;
  force?: boolean | null | undefined;
  reason?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type CloseAssessmentMutation = { closeAssessment: { id: string, status: AssessmentStatus, closedAt: string | null, closeReason: string | null } };

export type SetAssessmentTargetsMutationVariables = Exact<{
  id: string;
  targets: Array<AssessmentTargetInput> | AssessmentTargetInput;
}>;


export type SetAssessmentTargetsMutation = { setAssessmentTargets: { id: string, targets: Array<{ capabilityId: string, target: number }> } };

export type ResendInvitationMutationVariables = Exact<{
  id: string;
}>;


export type ResendInvitationMutation = { resendInvitation: { id: string, status: InvitationStatus } };

export type QueueStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueStatsQuery = { queueStats: Array<{ name: string, waiting: number, active: number, delayed: number, failed: number, completed: number }> };

export type FailedJobsQueryVariables = Exact<{
  queue: string;
  page?: number | null | undefined;
}>;


export type FailedJobsQuery = { failedJobs: Array<{ queue: string, id: string, name: string, failedReason: string, attemptsMade: number, failedAt: string | null, subjectType: string | null, subjectId: string | null, subjectLabel: string | null }> };

export type RetryFailedJobMutationVariables = Exact<{
  queue: string;
  jobId: string;
}>;


export type RetryFailedJobMutation = { retryFailedJob: { queue: string, id: string, name: string } };

export type ReportHeatmapFieldsFragment = { columns: Array<{ key: string, label: string, seats: Array<RespondentRole>, respondents: number, identifiable: boolean }>, rows: Array<{ capabilityId: string, capabilityName: string, areaName: string, cells: Array<{ column: string, current: number | null, respondents: number }> }> };

export type ReportDisclosureFieldsFragment = { threshold: number, publishable: boolean, summary: string, seats: Array<{ respondentRole: RespondentRole, respondents: number, outcome: Disclosure, reason: string }> };

export type RecommendationFieldsFragment = { id: string, option: RecommendationOption, score: number, rank: number, state: RecommendationState, rulesetVersion: string, decisionNote: string | null, noteToClient: string | null, decidedAt: string | null, reasons: Array<{ code: string, sentence: string, inputs: Array<{ name: string, value: string | null }> }>, draftedRoles: Array<{ id: string, title: string, status: RoleStatus }> | null };

export type AssessmentReportQueryVariables = Exact<{
  assessmentId: string;
}>;


export type AssessmentReportQuery = { assessmentReport: { assessmentId: string, title: string, status: AssessmentStatus, clientName: string, engagementTitle: string, scoredAt: string | null, publishedAt: string | null, renderedAt: string, summary: { invited: number, submitted: number, capabilities: number, scored: number, gaps: number, worstSeverity: number, overallCurrent: number | null, overallTarget: number | null }, areas: Array<{ areaId: string, name: string, current: number | null, target: number | null }>, heatmap: { columns: Array<{ key: string, label: string, seats: Array<RespondentRole>, respondents: number, identifiable: boolean }>, rows: Array<{ capabilityId: string, capabilityName: string, areaName: string, cells: Array<{ column: string, current: number | null, respondents: number }> }> }, clientHeatmap: { columns: Array<{ key: string, label: string, seats: Array<RespondentRole>, respondents: number, identifiable: boolean }>, rows: Array<{ capabilityId: string, capabilityName: string, areaName: string, cells: Array<{ column: string, current: number | null, respondents: number }> }> }, disclosure: { threshold: number, publishable: boolean, summary: string, seats: Array<{ respondentRole: RespondentRole, respondents: number, outcome: Disclosure, reason: string }> }, changes: { previousTitle: string, baselineTitle: string, summary: string, movedWithoutIntervention: Array<string>, capabilities: Array<{ key: string, name: string, areaName: string, target: number, current: number | null, previous: number | null, baseline: number | null, change: number | null, changeFromBaseline: number | null, noise: number | null, movement: Movement, interventions: Array<{ kind: InterventionKind, label: string, on: string }> }> } | null, gaps: Array<{ id: string, current: number, target: number, size: number, severity: number, status: GapStatus, capability: { id: string, key: string, name: string, nature: CapabilityNature }, evidence: Array<{ questionId: string, prompt: string, respondentRole: RespondentRole | null, value: number | null, answer: string, quote: string | null }>, recommendations: Array<{ id: string, option: RecommendationOption, score: number, rank: number, state: RecommendationState, rulesetVersion: string, decisionNote: string | null, noteToClient: string | null, decidedAt: string | null, reasons: Array<{ code: string, sentence: string, inputs: Array<{ name: string, value: string | null }> }>, draftedRoles: Array<{ id: string, title: string, status: RoleStatus }> | null }> }> } };

export type ReportDisclosureQueryVariables = Exact<{
  assessmentId: string;
}>;


export type ReportDisclosureQuery = { assessmentReport: { assessmentId: string, disclosure: { threshold: number, publishable: boolean, summary: string, seats: Array<{ respondentRole: RespondentRole, respondents: number, outcome: Disclosure, reason: string }> } } };

export type PublishedReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedReportsQuery = { publishedReports: Array<{ assessmentId: string, title: string, engagementTitle: string, publishedAt: string }> };

export type AcceptRecommendationMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
  noteToClient?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type AcceptRecommendationMutation = { acceptRecommendation: { id: string, state: RecommendationState, decisionNote: string | null, noteToClient: string | null, decidedAt: string | null, draftedRoles: Array<{ id: string, title: string, status: RoleStatus }> | null } };

export type RejectRecommendationMutationVariables = Exact<{
  id: string;
  reason: string;
  noteToClient?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type RejectRecommendationMutation = { rejectRecommendation: { id: string, state: RecommendationState, decisionNote: string | null, noteToClient: string | null, decidedAt: string | null } };

export type OverrideRecommendationMutationVariables = Exact<{
  gapId: string;
  option: RecommendationOption;
  reason: string;
  noteToClient?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type OverrideRecommendationMutation = { overrideRecommendation: { id: string, state: RecommendationState, decisionNote: string | null, noteToClient: string | null, decidedAt: string | null, draftedRoles: Array<{ id: string, title: string, status: RoleStatus }> | null } };

export type InvitationByTokenQueryVariables = Exact<{
  token: string;
}>;


export type InvitationByTokenQuery = { invitationByToken: { status: InvitationStatus, assessmentStatus: AssessmentStatus, respondentName: string | null, respondentRole: RespondentRole, clientName: string, engagementTitle: string, assessmentTitle: string, purpose: string, instructions: string, dueDate: string, anonymityThreshold: number, estimatedMinutes: number, questionCount: number, savedAt: string | null, submittedAt: string | null, areas: Array<{ id: string, name: string, description: string, capabilities: Array<{ id: string, name: string, description: string, levels: Array<string> }>, questions: Array<{ id: string, capabilityId: string, prompt: string, helpText: string | null, type: QuestionType, allowsDontKnow: boolean, options: Array<{ key: string, label: string, score: number }> }> }>, answers: Array<{ questionId: string, scale: number | null, choices: Array<string> | null, text: string | null, dontKnow: boolean | null }> } };

export type ResponseReceiptFieldsFragment = { status: InvitationStatus, answered: number, questionCount: number, savedAt: string, submittedAt: string | null };

export type SaveResponseDraftMutationVariables = Exact<{
  token: string;
  answers: Array<AnswerInput> | AnswerInput;
}>;


export type SaveResponseDraftMutation = { saveResponseDraft: { status: InvitationStatus, answered: number, questionCount: number, savedAt: string, submittedAt: string | null } };

export type SubmitResponseMutationVariables = Exact<{
  token: string;
  answers: Array<AnswerInput> | AnswerInput;
  idempotencyKey: string;
}>;


export type SubmitResponseMutation = { submitResponse: { status: InvitationStatus, answered: number, questionCount: number, savedAt: string, submittedAt: string | null } };

export type RoleRecordFragment = { id: string, clientId: string, engagementId: string, gapId: string | null, recommendationId: string | null, title: string, optionType: RecommendationOption, seniority: Seniority, startDate: string | null, permanent: boolean, durationWeeks: number | null, allocation: number, budgetMinMinor: number | null, budgetMaxMinor: number | null, currency: string, minOverlapHours: number, status: RoleStatus, gapStatus: GapStatus | null, createdAt: string, updatedAt: string, requiredSkills: Array<{ skillId: string, skill: string, minLevel: number, mustHave: boolean, weight: number }>, matchCounts: Array<{ stage: MatchStage, count: number }>, shortlistFeedback: { submitted: number, summary: string } };

export type ShortlistProfileRecordFragment = { id: string, roleId: string, roleTitle: string, roleSeniority: Seniority, alias: string, summary: string | null, stage: MatchStage, score: number, submittedAt: string, seniority: Seniority, availableFrom: string, allocation: number, rateAgainstBudget: string, answer: ShortlistAnswer | null, reason: ShortlistReason | null, note: string | null, slots: Array<string>, answeredAt: string | null, skills: Array<{ skill: string, level: number, minLevel: number | null, mustHave: boolean }>, factors: Array<{ factor: string, label: string, detail: string }> };

export type AnswerShortlistProfileMutationVariables = Exact<{
  id: string;
  answer: ShortlistAnswer;
  reason?: ShortlistReason | null | undefined;
  note?: string | null | undefined;
  slots?: Array<string> | string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type AnswerShortlistProfileMutation = { answerShortlistProfile: { id: string, stage: MatchStage, answer: ShortlistAnswer | null, reason: ShortlistReason | null, note: string | null, slots: Array<string>, answeredAt: string | null } };

export type StaffingPlanRecordFragment = { id: string, status: StaffingPlanStatus, roleIds: Array<string>, candidatesPerRole: number, excludedCandidateIds: Array<string>, budgetCapMinor: number | null, currency: string | null, solver: string | null, error: string | null, runId: string | null, solvedAt: string | null, acceptedAt: string | null, createdAt: string, pins: Array<{ roleId: string, candidateId: string }>, plan: { totalScore: number, filled: number, totalCostMinor: number } | null, greedy: { totalScore: number, filled: number, totalCostMinor: number } | null, roles: Array<{ roleId: string, title: string, candidates: number, reason: string | null, options: Array<{ candidateId: string, candidateName: string, score: number }>, plan: { candidateId: string | null, candidateName: string | null, score: number, costMinor: number }, greedy: { candidateId: string | null, candidateName: string | null, score: number, costMinor: number } }> };

export type CreateStaffingPlanMutationVariables = Exact<{
  roleIds?: Array<string> | string | null | undefined;
  engagementId?: string | null | undefined;
  candidatesPerRole?: number | null | undefined;
  budgetCapMinor?: number | null | undefined;
}>;


export type CreateStaffingPlanMutation = { createStaffingPlan: { id: string, status: StaffingPlanStatus } };

export type RerunStaffingPlanMutationVariables = Exact<{
  id: string;
  pins?: Array<StaffingPinInput> | StaffingPinInput | null | undefined;
  excludedCandidateIds?: Array<string> | string | null | undefined;
  budgetCapMinor?: number | null | undefined;
}>;


export type RerunStaffingPlanMutation = { rerunStaffingPlan: { id: string, status: StaffingPlanStatus } };

export type AcceptStaffingPlanMutationVariables = Exact<{
  id: string;
}>;


export type AcceptStaffingPlanMutation = { acceptStaffingPlan: { id: string, status: StaffingPlanStatus, acceptedAt: string | null } };

export type TeamChoiceFieldsFragment = { coverage: number, totalScore: number, totalCostMinor: number, availableFrom: string | null, sharedHours: number, uncovered: Array<string>, members: Array<{ candidateId: string, candidateName: string, score: number, costMinor: number, uniqueSkills: Array<string>, explanation: string, alternative: { candidateId: string, candidateName: string, coverageLoss: number, scoreLoss: number } | null }>, skills: Array<{ skillId: string, name: string, minLevel: number, coveredBy: Array<{ candidateId: string, candidateName: string, level: number }> }> };

export type SpecialistTeamQueryVariables = Exact<{
  recommendationId: string;
  minSize?: number | null | undefined;
  maxSize?: number | null | undefined;
  budgetMinor?: number | null | undefined;
}>;


export type SpecialistTeamQuery = { specialistTeam: { recommendationId: string, minSize: number, maxSize: number, budgetMinor: number | null, candidatesConsidered: number, bound: string, skills: Array<{ skillId: string, name: string, minLevel: number, weight: number }>, greedy: { coverage: number, totalScore: number, totalCostMinor: number, availableFrom: string | null, sharedHours: number, uncovered: Array<string>, members: Array<{ candidateId: string, candidateName: string, score: number, costMinor: number, uniqueSkills: Array<string>, explanation: string, alternative: { candidateId: string, candidateName: string, coverageLoss: number, scoreLoss: number } | null }>, skills: Array<{ skillId: string, name: string, minLevel: number, coveredBy: Array<{ candidateId: string, candidateName: string, level: number }> }> }, exact: { coverage: number, totalScore: number, totalCostMinor: number, availableFrom: string | null, sharedHours: number, uncovered: Array<string>, members: Array<{ candidateId: string, candidateName: string, score: number, costMinor: number, uniqueSkills: Array<string>, explanation: string, alternative: { candidateId: string, candidateName: string, coverageLoss: number, scoreLoss: number } | null }>, skills: Array<{ skillId: string, name: string, minLevel: number, coveredBy: Array<{ candidateId: string, candidateName: string, level: number }> }> } } };

export type TeamBuilderRoleQueryVariables = Exact<{
  id: string;
}>;


export type TeamBuilderRoleQuery = { Role: { id: string, title: string, status: RoleStatus, currency: string, engagementId: string, recommendationId: string | null } };

export type AcceptSpecialistTeamMutationVariables = Exact<{
  recommendationId: string;
  candidateIds: Array<string> | string;
  minSize?: number | null | undefined;
  maxSize?: number | null | undefined;
  budgetMinor?: number | null | undefined;
}>;


export type AcceptSpecialistTeamMutation = { acceptSpecialistTeam: Array<{ id: string, title: string, status: RoleStatus }> };

export type ResendUserInvitationMutationVariables = Exact<{
  id: string;
}>;


export type ResendUserInvitationMutation = { resendUserInvitation: { sentAt: string, repeated: boolean, user: { id: string, name: string, email: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TemplateRecordFragmentDoc = new TypedDocumentString(`
    fragment TemplateRecord on AssessmentTemplate {
  id
  frameworkId
  name
  description
  estimatedMinutes
}
    `, {"fragmentName":"TemplateRecord"}) as unknown as TypedDocumentString<TemplateRecordFragment, unknown>;
export const PlacementRecordFragmentDoc = new TypedDocumentString(`
    fragment PlacementRecord on Placement {
  id
  matchId
  roleId
  candidateId
  startDate
  endDate
  rateMinor
  currency
  allocation
  createdAt
}
    `, {"fragmentName":"PlacementRecord"}) as unknown as TypedDocumentString<PlacementRecordFragment, unknown>;
export const CandidateRecordFragmentDoc = new TypedDocumentString(`
    fragment CandidateRecord on Candidate {
  id
  kind
  name
  email
  phone
  profileUrl
  location
  timeZone
  seniority
  skills {
    skillId
    skill {
      id
    }
    level
    evidence
  }
  availableFrom
  allocation
  dayRateMinor
  salaryMinor
  currency
  cvText
  consentBasis
  consentGivenAt
  consentExpiresAt
  consentValid
  lastContactAt
  tags
  notes {
    id
    body
    authorId
    createdAt
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"CandidateRecord"}) as unknown as TypedDocumentString<CandidateRecordFragment, unknown>;
export const CapabilityRecordFragmentDoc = new TypedDocumentString(`
    fragment CapabilityRecord on Capability {
  id
  frameworkId
  areaId
  key
  name
  description
  nature
  weight
  levels
  skills
  defaultTarget
  position
}
    `, {"fragmentName":"CapabilityRecord"}) as unknown as TypedDocumentString<CapabilityRecordFragment, unknown>;
export const QuestionRecordFragmentDoc = new TypedDocumentString(`
    fragment QuestionRecord on Question {
  id
  templateId
  capabilityId
  key
  prompt
  helpText
  type
  options {
    key
    label
    score
  }
  weight
  allowsDontKnow
  position
}
    `, {"fragmentName":"QuestionRecord"}) as unknown as TypedDocumentString<QuestionRecordFragment, unknown>;
export const AreaRecordFragmentDoc = new TypedDocumentString(`
    fragment AreaRecord on CapabilityArea {
  id
  frameworkId
  key
  name
  description
  position
}
    `, {"fragmentName":"AreaRecord"}) as unknown as TypedDocumentString<AreaRecordFragment, unknown>;
export const FrameworkRecordFragmentDoc = new TypedDocumentString(`
    fragment FrameworkRecord on CapabilityFramework {
  id
  name
  version
  description
  status
  publishedAt
  createdAt
  updatedAt
}
    `, {"fragmentName":"FrameworkRecord"}) as unknown as TypedDocumentString<FrameworkRecordFragment, unknown>;
export const CandidateBriefFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"CandidateBrief"}) as unknown as TypedDocumentString<CandidateBriefFragment, unknown>;
export const MatchRecordFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"MatchRecord"}) as unknown as TypedDocumentString<MatchRecordFragment, unknown>;
export const InboxFieldsFragmentDoc = new TypedDocumentString(`
    fragment InboxFields on Inbox {
  unread
  latest {
    id
    title
    body
    link
    readAt
    createdAt
  }
}
    `, {"fragmentName":"InboxFields"}) as unknown as TypedDocumentString<InboxFieldsFragment, unknown>;
export const AuthPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  expiresIn
  user {
    id
    email
    name
    role
    clientId
  }
}
    `, {"fragmentName":"AuthPayloadFields"}) as unknown as TypedDocumentString<AuthPayloadFieldsFragment, unknown>;
export const ReportHeatmapFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ReportHeatmapFields"}) as unknown as TypedDocumentString<ReportHeatmapFieldsFragment, unknown>;
export const ReportDisclosureFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ReportDisclosureFields"}) as unknown as TypedDocumentString<ReportDisclosureFieldsFragment, unknown>;
export const RecommendationFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"RecommendationFields"}) as unknown as TypedDocumentString<RecommendationFieldsFragment, unknown>;
export const ResponseReceiptFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResponseReceiptFields on ResponseReceipt {
  status
  answered
  questionCount
  savedAt
  submittedAt
}
    `, {"fragmentName":"ResponseReceiptFields"}) as unknown as TypedDocumentString<ResponseReceiptFieldsFragment, unknown>;
export const RoleRecordFragmentDoc = new TypedDocumentString(`
    fragment RoleRecord on Role {
  id
  clientId
  engagementId
  gapId
  recommendationId
  title
  optionType
  requiredSkills {
    skillId
    skill
    minLevel
    mustHave
    weight
  }
  seniority
  startDate
  permanent
  durationWeeks
  allocation
  budgetMinMinor
  budgetMaxMinor
  currency
  minOverlapHours
  status
  gapStatus
  matchCounts {
    stage
    count
  }
  shortlistFeedback {
    submitted
    summary
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"RoleRecord"}) as unknown as TypedDocumentString<RoleRecordFragment, unknown>;
export const ShortlistProfileRecordFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ShortlistProfileRecord"}) as unknown as TypedDocumentString<ShortlistProfileRecordFragment, unknown>;
export const StaffingPlanRecordFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"StaffingPlanRecord"}) as unknown as TypedDocumentString<StaffingPlanRecordFragment, unknown>;
export const TeamChoiceFieldsFragmentDoc = new TypedDocumentString(`
    fragment TeamChoiceFields on TeamChoice {
  coverage
  totalScore
  totalCostMinor
  availableFrom
  sharedHours
  uncovered
  members {
    candidateId
    candidateName
    score
    costMinor
    uniqueSkills
    explanation
    alternative {
      candidateId
      candidateName
      coverageLoss
      scoreLoss
    }
  }
  skills {
    skillId
    name
    minLevel
    coveredBy {
      candidateId
      candidateName
      level
    }
  }
}
    `, {"fragmentName":"TeamChoiceFields"}) as unknown as TypedDocumentString<TeamChoiceFieldsFragment, unknown>;
export const PublishAssessmentReportDocument = new TypedDocumentString(`
    mutation PublishAssessmentReport($id: ID!, $idempotencyKey: String) {
  publishAssessmentReport(id: $id, idempotencyKey: $idempotencyKey) {
    id
    status
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<PublishAssessmentReportMutation, PublishAssessmentReportMutationVariables>;
export const ReportRecipientsDocument = new TypedDocumentString(`
    query ReportRecipients($assessmentId: ID!) {
  reportRecipients(assessmentId: $assessmentId) {
    id
    name
    email
  }
}
    `) as unknown as TypedDocumentString<ReportRecipientsQuery, ReportRecipientsQueryVariables>;
export const EngagementTrendDocument = new TypedDocumentString(`
    query EngagementTrend($e: ID!) {
  engagementTrend(engagementId: $e) {
    capabilityKey
    capabilityName
    areaName
    points {
      assessmentId
      title
      scoredAt
      current
      target
    }
  }
}
    `) as unknown as TypedDocumentString<EngagementTrendQuery, EngagementTrendQueryVariables>;
export const RetryWorkflowRunDocument = new TypedDocumentString(`
    mutation RetryWorkflowRun($id: ID!) {
  retryWorkflowRun(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RetryWorkflowRunMutation, RetryWorkflowRunMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const SetPasswordDocument = new TypedDocumentString(`
    mutation SetPassword($token: String!, $password: String!) {
  setPassword(token: $token, password: $password)
}
    `) as unknown as TypedDocumentString<SetPasswordMutation, SetPasswordMutationVariables>;
export const ExportCandidatesCsvDocument = new TypedDocumentString(`
    query ExportCandidatesCsv($filter: CandidateFilter) {
  exportCandidatesCsv(filter: $filter)
}
    `) as unknown as TypedDocumentString<ExportCandidatesCsvQuery, ExportCandidatesCsvQueryVariables>;
export const ImportCandidatesDocument = new TypedDocumentString(`
    mutation ImportCandidates($csv: String!, $dryRun: Boolean, $onlyLines: [Int!], $allowDuplicates: Boolean) {
  importCandidates(
    csv: $csv
    dryRun: $dryRun
    onlyLines: $onlyLines
    allowDuplicates: $allowDuplicates
  ) {
    accepted
    rejected
    dryRun
    rows {
      line
      status
      name
      candidateId
      duplicateOfId
      reasons
    }
    rejectedCsv
  }
}
    `) as unknown as TypedDocumentString<ImportCandidatesMutation, ImportCandidatesMutationVariables>;
export const CandidateCsvTemplateDocument = new TypedDocumentString(`
    query CandidateCsvTemplate {
  candidateCsvTemplate
}
    `) as unknown as TypedDocumentString<CandidateCsvTemplateQuery, CandidateCsvTemplateQueryVariables>;
export const CandidateDuplicatesDocument = new TypedDocumentString(`
    query CandidateDuplicates($id: ID!) {
  candidateDuplicates(id: $id) {
    candidate {
      id
      name
      email
      location
    }
    reasons
  }
}
    `) as unknown as TypedDocumentString<CandidateDuplicatesQuery, CandidateDuplicatesQueryVariables>;
export const MergeCandidatesDocument = new TypedDocumentString(`
    mutation MergeCandidates($keepId: ID!, $mergeId: ID!) {
  mergeCandidates(keepId: $keepId, mergeId: $mergeId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MergeCandidatesMutation, MergeCandidatesMutationVariables>;
export const EraseCandidateDocument = new TypedDocumentString(`
    mutation EraseCandidate($id: ID!, $reason: String!) {
  eraseCandidate(id: $id, reason: $reason) {
    candidateId
    erasedAt
  }
}
    `) as unknown as TypedDocumentString<EraseCandidateMutation, EraseCandidateMutationVariables>;
export const ExportCandidateDataDocument = new TypedDocumentString(`
    query ExportCandidateData($id: ID!) {
  exportCandidateData(id: $id)
}
    `) as unknown as TypedDocumentString<ExportCandidateDataQuery, ExportCandidateDataQueryVariables>;
export const AddCandidateNoteDocument = new TypedDocumentString(`
    mutation AddCandidateNote($candidateId: ID!, $body: String!) {
  addCandidateNote(candidateId: $candidateId, body: $body) {
    id
    body
    authorId
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AddCandidateNoteMutation, AddCandidateNoteMutationVariables>;
export const RankCandidatesDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<RankCandidatesQuery, RankCandidatesQueryVariables>;
export const ExcludedCandidatesDocument = new TypedDocumentString(`
    query ExcludedCandidates($roleId: ID!, $page: Int, $perPage: Int, $constraint: String) {
  excludedCandidates(
    roleId: $roleId
    page: $page
    perPage: $perPage
    constraint: $constraint
  ) {
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
    `) as unknown as TypedDocumentString<ExcludedCandidatesQuery, ExcludedCandidatesQueryVariables>;
export const ShortlistCandidateDocument = new TypedDocumentString(`
    mutation ShortlistCandidate($roleId: ID!, $candidateId: ID!, $reason: String) {
  shortlistCandidate(roleId: $roleId, candidateId: $candidateId, reason: $reason) {
    id
    stage
    stageChangedAt
  }
}
    `) as unknown as TypedDocumentString<ShortlistCandidateMutation, ShortlistCandidateMutationVariables>;
export const MoveMatchStageDocument = new TypedDocumentString(`
    mutation MoveMatchStage($id: ID!, $stage: MatchStage!, $reason: String, $placement: PlacementInput, $closeOthersReason: String, $idempotencyKey: String) {
  moveMatchStage(
    id: $id
    stage: $stage
    reason: $reason
    placement: $placement
    closeOthersReason: $closeOthersReason
    idempotencyKey: $idempotencyKey
  ) {
    id
    stage
    stageChangedAt
  }
}
    `) as unknown as TypedDocumentString<MoveMatchStageMutation, MoveMatchStageMutationVariables>;
export const SubmitToClientDocument = new TypedDocumentString(`
    mutation SubmitToClient($id: ID!, $contactIds: [ID!]!, $note: String!, $summary: String, $idempotencyKey: String) {
  submitToClient(
    id: $id
    contactIds: $contactIds
    note: $note
    summary: $summary
    idempotencyKey: $idempotencyKey
  ) {
    id
    stage
    stageChangedAt
    submittedContactIds
    submissionNote
    clientAlias
  }
}
    `) as unknown as TypedDocumentString<SubmitToClientMutation, SubmitToClientMutationVariables>;
export const MyPipelineDocument = new TypedDocumentString(`
    query MyPipeline {
  myPipeline {
    byStage {
      stage
      count
    }
    stuckCount
    stuck {
      id
      roleId
      roleTitle
      candidateId
      candidateName
      stage
      stageChangedAt
      daysInStage
    }
  }
}
    `) as unknown as TypedDocumentString<MyPipelineQuery, MyPipelineQueryVariables>;
export const ClientDashboardDocument = new TypedDocumentString(`
    query ClientDashboard {
  clientDashboard {
    reports {
      assessmentId
      title
      engagementTitle
      publishedAt
    }
    invitations {
      id
      status
      assessmentStatus
      assessmentTitle
      engagementTitle
      dueDate
      closedNote
    }
    engagements {
      id
      title
      stage
      startDate
      endDate
    }
  }
}
    `) as unknown as TypedDocumentString<ClientDashboardQuery, ClientDashboardQueryVariables>;
export const RecruiterDashboardDocument = new TypedDocumentString(`
    query RecruiterDashboard {
  recruiterDashboard {
    openRolesByAge {
      label
      count
    }
    consentExpiring {
      id
      name
      consentExpiresAt
    }
    placementsThisMonth
    dueForErasure
  }
}
    `) as unknown as TypedDocumentString<RecruiterDashboardQuery, RecruiterDashboardQueryVariables>;
export const EngagementScoredAssessmentsDocument = new TypedDocumentString(`
    query EngagementScoredAssessments($engagementId: ID!) {
  allAssessments(
    filter: {engagementId: $engagementId}
    perPage: 100
    sortField: "createdAt"
    sortOrder: "DESC"
  ) {
    id
    title
    status
    scoredAt
  }
}
    `) as unknown as TypedDocumentString<EngagementScoredAssessmentsQuery, EngagementScoredAssessmentsQueryVariables>;
export const EngagementGapsDocument = new TypedDocumentString(`
    query EngagementGaps($assessmentId: ID!) {
  allCapabilityGaps(
    filter: {assessmentId: $assessmentId}
    perPage: 100
    sortField: "severity"
    sortOrder: "DESC"
  ) {
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
    `) as unknown as TypedDocumentString<EngagementGapsQuery, EngagementGapsQueryVariables>;
export const SetReassessmentScheduleDocument = new TypedDocumentString(`
    mutation SetReassessmentSchedule($engagementId: ID!, $everyDays: Int, $onClose: Boolean, $idempotencyKey: String) {
  setReassessmentSchedule(
    engagementId: $engagementId
    everyDays: $everyDays
    onClose: $onClose
    idempotencyKey: $idempotencyKey
  ) {
    id
    reassessEveryDays
    reassessOnClose
    reassessNextDueAt
  }
}
    `) as unknown as TypedDocumentString<SetReassessmentScheduleMutation, SetReassessmentScheduleMutationVariables>;
export const ClearReassessmentScheduleDocument = new TypedDocumentString(`
    mutation ClearReassessmentSchedule($engagementId: ID!, $idempotencyKey: String) {
  clearReassessmentSchedule(
    engagementId: $engagementId
    idempotencyKey: $idempotencyKey
  ) {
    id
    reassessEveryDays
    reassessOnClose
    reassessNextDueAt
  }
}
    `) as unknown as TypedDocumentString<ClearReassessmentScheduleMutation, ClearReassessmentScheduleMutationVariables>;
export const PublishCapabilityFrameworkDocument = new TypedDocumentString(`
    mutation PublishCapabilityFramework($id: ID!) {
  publishCapabilityFramework(id: $id) {
    ...FrameworkRecord
  }
}
    fragment FrameworkRecord on CapabilityFramework {
  id
  name
  version
  description
  status
  publishedAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PublishCapabilityFrameworkMutation, PublishCapabilityFrameworkMutationVariables>;
export const NewCapabilityFrameworkVersionDocument = new TypedDocumentString(`
    mutation NewCapabilityFrameworkVersion($id: ID!) {
  newCapabilityFrameworkVersion(id: $id) {
    ...FrameworkRecord
  }
}
    fragment FrameworkRecord on CapabilityFramework {
  id
  name
  version
  description
  status
  publishedAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<NewCapabilityFrameworkVersionMutation, NewCapabilityFrameworkVersionMutationVariables>;
export const MyInboxDocument = new TypedDocumentString(`
    query MyInbox {
  myInbox {
    ...InboxFields
  }
}
    fragment InboxFields on Inbox {
  unread
  latest {
    id
    title
    body
    link
    readAt
    createdAt
  }
}`) as unknown as TypedDocumentString<MyInboxQuery, MyInboxQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids) {
    ...InboxFields
  }
}
    fragment InboxFields on Inbox {
  unread
  latest {
    id
    title
    body
    link
    readAt
    createdAt
  }
}`) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyInvitationsDocument = new TypedDocumentString(`
    query MyInvitations {
  myInvitations {
    id
    status
    assessmentStatus
    assessmentTitle
    engagementTitle
    dueDate
    closedNote
  }
}
    `) as unknown as TypedDocumentString<MyInvitationsQuery, MyInvitationsQueryVariables>;
export const StartMyInvitationDocument = new TypedDocumentString(`
    mutation StartMyInvitation($id: ID!) {
  startMyInvitation(id: $id) {
    token
  }
}
    `) as unknown as TypedDocumentString<StartMyInvitationMutation, StartMyInvitationMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    ...AuthPayloadFields
  }
}
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  expiresIn
  user {
    id
    email
    name
    role
    clientId
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession {
  refreshSession {
    ...AuthPayloadFields
  }
}
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  expiresIn
  user {
    id
    email
    name
    role
    clientId
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MoveEngagementStageDocument = new TypedDocumentString(`
    mutation MoveEngagementStage($id: ID!, $stage: EngagementStage!, $note: String, $idempotencyKey: String) {
  moveEngagementStage(
    id: $id
    stage: $stage
    note: $note
    idempotencyKey: $idempotencyKey
  ) {
    id
    stage
  }
}
    `) as unknown as TypedDocumentString<MoveEngagementStageMutation, MoveEngagementStageMutationVariables>;
export const ReopenEngagementDocument = new TypedDocumentString(`
    mutation ReopenEngagement($id: ID!, $reason: String!, $idempotencyKey: String) {
  reopenEngagement(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {
    id
    stage
  }
}
    `) as unknown as TypedDocumentString<ReopenEngagementMutation, ReopenEngagementMutationVariables>;
export const EngagementStatsDocument = new TypedDocumentString(`
    query EngagementStats {
  engagementStats {
    byStage {
      stage
      count
    }
    openByOwner {
      ownerId
      ownerName
      count
    }
    startedByMonth {
      month
      count
    }
  }
}
    `) as unknown as TypedDocumentString<EngagementStatsQuery, EngagementStatsQueryVariables>;
export const OpenAssessmentDocument = new TypedDocumentString(`
    mutation OpenAssessment($id: ID!, $idempotencyKey: String) {
  openAssessment(id: $id, idempotencyKey: $idempotencyKey) {
    id
    status
    openedAt
  }
}
    `) as unknown as TypedDocumentString<OpenAssessmentMutation, OpenAssessmentMutationVariables>;
export const CloseAssessmentDocument = new TypedDocumentString(`
    mutation CloseAssessment($id: ID!, $force: Boolean, $reason: String, $idempotencyKey: String) {
  closeAssessment(
    id: $id
    force: $force
    reason: $reason
    idempotencyKey: $idempotencyKey
  ) {
    id
    status
    closedAt
    closeReason
  }
}
    `) as unknown as TypedDocumentString<CloseAssessmentMutation, CloseAssessmentMutationVariables>;
export const SetAssessmentTargetsDocument = new TypedDocumentString(`
    mutation SetAssessmentTargets($id: ID!, $targets: [AssessmentTargetInput!]!) {
  setAssessmentTargets(id: $id, targets: $targets) {
    id
    targets {
      capabilityId
      target
    }
  }
}
    `) as unknown as TypedDocumentString<SetAssessmentTargetsMutation, SetAssessmentTargetsMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const QueueStatsDocument = new TypedDocumentString(`
    query QueueStats {
  queueStats {
    name
    waiting
    active
    delayed
    failed
    completed
  }
}
    `) as unknown as TypedDocumentString<QueueStatsQuery, QueueStatsQueryVariables>;
export const FailedJobsDocument = new TypedDocumentString(`
    query FailedJobs($queue: String!, $page: Int) {
  failedJobs(queue: $queue, page: $page) {
    queue
    id
    name
    failedReason
    attemptsMade
    failedAt
    subjectType
    subjectId
    subjectLabel
  }
}
    `) as unknown as TypedDocumentString<FailedJobsQuery, FailedJobsQueryVariables>;
export const RetryFailedJobDocument = new TypedDocumentString(`
    mutation RetryFailedJob($queue: String!, $jobId: String!) {
  retryFailedJob(queue: $queue, jobId: $jobId) {
    queue
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RetryFailedJobMutation, RetryFailedJobMutationVariables>;
export const AssessmentReportDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<AssessmentReportQuery, AssessmentReportQueryVariables>;
export const ReportDisclosureDocument = new TypedDocumentString(`
    query ReportDisclosure($assessmentId: ID!) {
  assessmentReport(assessmentId: $assessmentId) {
    assessmentId
    disclosure {
      ...ReportDisclosureFields
    }
  }
}
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
}`) as unknown as TypedDocumentString<ReportDisclosureQuery, ReportDisclosureQueryVariables>;
export const PublishedReportsDocument = new TypedDocumentString(`
    query PublishedReports {
  publishedReports {
    assessmentId
    title
    engagementTitle
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<PublishedReportsQuery, PublishedReportsQueryVariables>;
export const AcceptRecommendationDocument = new TypedDocumentString(`
    mutation AcceptRecommendation($id: ID!, $note: String, $noteToClient: String, $idempotencyKey: String) {
  acceptRecommendation(
    id: $id
    note: $note
    noteToClient: $noteToClient
    idempotencyKey: $idempotencyKey
  ) {
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
    `) as unknown as TypedDocumentString<AcceptRecommendationMutation, AcceptRecommendationMutationVariables>;
export const RejectRecommendationDocument = new TypedDocumentString(`
    mutation RejectRecommendation($id: ID!, $reason: String!, $noteToClient: String, $idempotencyKey: String) {
  rejectRecommendation(
    id: $id
    reason: $reason
    noteToClient: $noteToClient
    idempotencyKey: $idempotencyKey
  ) {
    id
    state
    decisionNote
    noteToClient
    decidedAt
  }
}
    `) as unknown as TypedDocumentString<RejectRecommendationMutation, RejectRecommendationMutationVariables>;
export const OverrideRecommendationDocument = new TypedDocumentString(`
    mutation OverrideRecommendation($gapId: ID!, $option: RecommendationOption!, $reason: String!, $noteToClient: String, $idempotencyKey: String) {
  overrideRecommendation(
    gapId: $gapId
    option: $option
    reason: $reason
    noteToClient: $noteToClient
    idempotencyKey: $idempotencyKey
  ) {
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
    `) as unknown as TypedDocumentString<OverrideRecommendationMutation, OverrideRecommendationMutationVariables>;
export const InvitationByTokenDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<InvitationByTokenQuery, InvitationByTokenQueryVariables>;
export const SaveResponseDraftDocument = new TypedDocumentString(`
    mutation SaveResponseDraft($token: String!, $answers: [AnswerInput!]!) {
  saveResponseDraft(token: $token, answers: $answers) {
    ...ResponseReceiptFields
  }
}
    fragment ResponseReceiptFields on ResponseReceipt {
  status
  answered
  questionCount
  savedAt
  submittedAt
}`) as unknown as TypedDocumentString<SaveResponseDraftMutation, SaveResponseDraftMutationVariables>;
export const SubmitResponseDocument = new TypedDocumentString(`
    mutation SubmitResponse($token: String!, $answers: [AnswerInput!]!, $idempotencyKey: String!) {
  submitResponse(
    token: $token
    answers: $answers
    idempotencyKey: $idempotencyKey
  ) {
    ...ResponseReceiptFields
  }
}
    fragment ResponseReceiptFields on ResponseReceipt {
  status
  answered
  questionCount
  savedAt
  submittedAt
}`) as unknown as TypedDocumentString<SubmitResponseMutation, SubmitResponseMutationVariables>;
export const AnswerShortlistProfileDocument = new TypedDocumentString(`
    mutation AnswerShortlistProfile($id: ID!, $answer: ShortlistAnswer!, $reason: ShortlistReason, $note: String, $slots: [DateTime!], $idempotencyKey: String) {
  answerShortlistProfile(
    id: $id
    answer: $answer
    reason: $reason
    note: $note
    slots: $slots
    idempotencyKey: $idempotencyKey
  ) {
    id
    stage
    answer
    reason
    note
    slots
    answeredAt
  }
}
    `) as unknown as TypedDocumentString<AnswerShortlistProfileMutation, AnswerShortlistProfileMutationVariables>;
export const CreateStaffingPlanDocument = new TypedDocumentString(`
    mutation CreateStaffingPlan($roleIds: [ID!], $engagementId: ID, $candidatesPerRole: Int, $budgetCapMinor: Int) {
  createStaffingPlan(
    roleIds: $roleIds
    engagementId: $engagementId
    candidatesPerRole: $candidatesPerRole
    budgetCapMinor: $budgetCapMinor
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CreateStaffingPlanMutation, CreateStaffingPlanMutationVariables>;
export const RerunStaffingPlanDocument = new TypedDocumentString(`
    mutation RerunStaffingPlan($id: ID!, $pins: [StaffingPinInput!], $excludedCandidateIds: [ID!], $budgetCapMinor: Int) {
  rerunStaffingPlan(
    id: $id
    pins: $pins
    excludedCandidateIds: $excludedCandidateIds
    budgetCapMinor: $budgetCapMinor
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RerunStaffingPlanMutation, RerunStaffingPlanMutationVariables>;
export const AcceptStaffingPlanDocument = new TypedDocumentString(`
    mutation AcceptStaffingPlan($id: ID!) {
  acceptStaffingPlan(id: $id) {
    id
    status
    acceptedAt
  }
}
    `) as unknown as TypedDocumentString<AcceptStaffingPlanMutation, AcceptStaffingPlanMutationVariables>;
export const SpecialistTeamDocument = new TypedDocumentString(`
    query SpecialistTeam($recommendationId: ID!, $minSize: Int, $maxSize: Int, $budgetMinor: Int) {
  specialistTeam(
    recommendationId: $recommendationId
    minSize: $minSize
    maxSize: $maxSize
    budgetMinor: $budgetMinor
  ) {
    recommendationId
    minSize
    maxSize
    budgetMinor
    candidatesConsidered
    bound
    skills {
      skillId
      name
      minLevel
      weight
    }
    greedy {
      ...TeamChoiceFields
    }
    exact {
      ...TeamChoiceFields
    }
  }
}
    fragment TeamChoiceFields on TeamChoice {
  coverage
  totalScore
  totalCostMinor
  availableFrom
  sharedHours
  uncovered
  members {
    candidateId
    candidateName
    score
    costMinor
    uniqueSkills
    explanation
    alternative {
      candidateId
      candidateName
      coverageLoss
      scoreLoss
    }
  }
  skills {
    skillId
    name
    minLevel
    coveredBy {
      candidateId
      candidateName
      level
    }
  }
}`) as unknown as TypedDocumentString<SpecialistTeamQuery, SpecialistTeamQueryVariables>;
export const TeamBuilderRoleDocument = new TypedDocumentString(`
    query TeamBuilderRole($id: ID!) {
  Role(id: $id) {
    id
    title
    status
    currency
    engagementId
    recommendationId
  }
}
    `) as unknown as TypedDocumentString<TeamBuilderRoleQuery, TeamBuilderRoleQueryVariables>;
export const AcceptSpecialistTeamDocument = new TypedDocumentString(`
    mutation AcceptSpecialistTeam($recommendationId: ID!, $candidateIds: [ID!]!, $minSize: Int, $maxSize: Int, $budgetMinor: Int) {
  acceptSpecialistTeam(
    recommendationId: $recommendationId
    candidateIds: $candidateIds
    minSize: $minSize
    maxSize: $maxSize
    budgetMinor: $budgetMinor
  ) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<AcceptSpecialistTeamMutation, AcceptSpecialistTeamMutationVariables>;
export const ResendUserInvitationDocument = new TypedDocumentString(`
    mutation ResendUserInvitation($id: ID!) {
  resendUserInvitation(id: $id) {
    user {
      id
      name
      email
    }
    sentAt
    repeated
  }
}
    `) as unknown as TypedDocumentString<ResendUserInvitationMutation, ResendUserInvitationMutationVariables>;