/* eslint-disable */
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AgeBucket = {
  __typename?: 'AgeBucket';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

export type Answer = {
  __typename?: 'Answer';
  choices?: Maybe<Array<Scalars['String']['output']>>;
  dontKnow?: Maybe<Scalars['Boolean']['output']>;
  questionId: Scalars['ID']['output'];
  scale?: Maybe<Scalars['Int']['output']>;
  text?: Maybe<Scalars['String']['output']>;
};

/** One of scale (SCALE), choices (CHOICE: one key, MULTI: one or more), text (TEXT), or dontKnow. */
export type AnswerInput = {
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  dontKnow?: InputMaybe<Scalars['Boolean']['input']>;
  questionId: Scalars['ID']['input'];
  scale?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type Assessment = {
  __typename?: 'Assessment';
  /** k: no breakdown or quote from fewer than k respondents reaches the client (2–20; fixed once opened). */
  anonymityThreshold: Scalars['Int']['output'];
  /** A re-assessment: the first assessment of its line. */
  baselineAssessmentId?: Maybe<Scalars['ID']['output']>;
  clientId: Scalars['ID']['output'];
  closeReason?: Maybe<Scalars['String']['output']>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** YYYY-MM-DD */
  dueDate: Scalars['String']['output'];
  engagement: Engagement;
  engagementId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  minRespondents: Scalars['Int']['output'];
  openedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A re-assessment: the assessment it repeats. */
  previousAssessmentId?: Maybe<Scalars['ID']['output']>;
  progress: AssessmentProgress;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 0 for a first assessment, n for its n-th re-assessment. */
  reassessmentIndex: Scalars['Int']['output'];
  scoredAt?: Maybe<Scalars['DateTime']['output']>;
  status: AssessmentStatus;
  targets: Array<AssessmentTarget>;
  template: AssessmentTemplate;
  templateId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type AssessmentFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  dueDate_gte?: InputMaybe<Scalars['String']['input']>;
  dueDate_lte?: InputMaybe<Scalars['String']['input']>;
  engagementId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AssessmentStatus>;
  templateId?: InputMaybe<Scalars['ID']['input']>;
};

/** Responses so far: submitted / invited, overall and per respondent role. */
export type AssessmentProgress = {
  __typename?: 'AssessmentProgress';
  byRole: Array<RespondentRoleProgress>;
  invited: Scalars['Int']['output'];
  /** submitted / invited, 0–1. */
  rate: Scalars['Float']['output'];
  started: Scalars['Int']['output'];
  submitted: Scalars['Int']['output'];
};

export type AssessmentReport = {
  __typename?: 'AssessmentReport';
  areas: Array<ReportArea>;
  assessmentId: Scalars['ID']['output'];
  /** Null for a first assessment. */
  changes?: Maybe<ReassessmentChanges>;
  /** The breakdown the client reads: seats of at least k, and "Other roles". */
  clientHeatmap: ReportHeatmap;
  clientName: Scalars['String']['output'];
  disclosure: ReportDisclosure;
  engagementTitle: Scalars['String']['output'];
  /** Worst first, each with its evidence and ranked options. */
  gaps: Array<CapabilityGap>;
  /** Staff: every seat, small ones marked identifiable. Client users: the same as clientHeatmap. */
  heatmap: ReportHeatmap;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  renderedAt: Scalars['DateTime']['output'];
  scoredAt?: Maybe<Scalars['DateTime']['output']>;
  status: AssessmentStatus;
  summary: ReportSummary;
  title: Scalars['String']['output'];
};

/** DRAFT → OPEN → CLOSED → SCORED → PUBLISHED. */
export type AssessmentStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN'
  | 'PUBLISHED'
  | 'SCORED';

/** The level aimed for on one capability. */
export type AssessmentTarget = {
  __typename?: 'AssessmentTarget';
  areaName: Scalars['String']['output'];
  capabilityId: Scalars['ID']['output'];
  capabilityKey: Scalars['String']['output'];
  capabilityName: Scalars['String']['output'];
  target: Scalars['Int']['output'];
};

export type AssessmentTargetInput = {
  capabilityId: Scalars['ID']['input'];
  target: Scalars['Int']['input'];
};

export type AssessmentTemplate = {
  __typename?: 'AssessmentTemplate';
  description: Scalars['String']['output'];
  estimatedMinutes: Scalars['Int']['output'];
  frameworkId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type AssessmentTemplateFilter = {
  frameworkId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** One changed field: its value before and after, as JSON text (null when it had none). */
export type AuditChange = {
  __typename?: 'AuditChange';
  field: Scalars['String']['output'];
  /** JSON of the value after; null for none or when redacted. */
  new?: Maybe<Scalars['String']['output']>;
  /** JSON of the value before; null for none or when redacted. */
  old?: Maybe<Scalars['String']['output']>;
  /** A secret (password, token, hash): the trail says it changed, never its value. */
  redacted: Scalars['Boolean']['output'];
};

/** Who did what to which record, which fields changed from what to what, in which request or job. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** subject.verb, e.g. engagement.move_stage */
  action: Scalars['String']['output'];
  /** Null for the system, or once the user is deleted. */
  actorId?: Maybe<Scalars['ID']['output']>;
  changedFields: Array<Scalars['String']['output']>;
  /** Old and new value per field, by field name (empty when the action kept none, e.g. a deletion). */
  changes: Array<AuditChange>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The HTTP request's x-request-id, or job:<queue>:<id> for background work; null for scripts. */
  requestId?: Maybe<Scalars['String']['output']>;
  targetId?: Maybe<Scalars['ID']['output']>;
  /** The GraphQL type of the record. */
  targetType: Scalars['String']['output'];
};

export type AuditEventFilter = {
  /** e.g. engagement.move_stage */
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 8601 date-time: at or after. */
  createdAt_gte?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 date-time: at or before. */
  createdAt_lte?: InputMaybe<Scalars['String']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Every change one request or job made: its x-request-id or job:<queue>:<id>. */
  requestId?: InputMaybe<Scalars['String']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** A GraphQL type name, e.g. Engagement. */
  targetType?: InputMaybe<Scalars['String']['input']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Short-lived access JWT: send as "Authorization: Bearer <token>". */
  accessToken: Scalars['String']['output'];
  /** Seconds until the access token expires. */
  expiresIn: Scalars['Int']['output'];
  user: User;
};

export type BudgetBand =
  | 'FROM_50K_TO_150K'
  | 'FROM_150K_TO_500K'
  | 'OVER_500K'
  | 'UNDER_50K'
  | 'UNKNOWN';

/** One person of the talent pool. Never visible to CLIENT users. */
export type Candidate = {
  __typename?: 'Candidate';
  /** Free allocation %, before placements. */
  allocation: Scalars['Int']['output'];
  /** YYYY-MM-DD */
  availableFrom: Scalars['String']['output'];
  consentBasis: ConsentBasis;
  consentExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  consentGivenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Consent given and not expired. */
  consentValid: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  cvText?: Maybe<Scalars['String']['output']>;
  dayRateMinor?: Maybe<Scalars['Int']['output']>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: CandidateKind;
  lastContactAt?: Maybe<Scalars['DateTime']['output']>;
  location?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Newest first. */
  notes: Array<CandidateNote>;
  phone?: Maybe<Scalars['String']['output']>;
  /** Oldest first. */
  placements: Array<Placement>;
  profileUrl?: Maybe<Scalars['String']['output']>;
  /** Yearly salary expectation. */
  salaryMinor?: Maybe<Scalars['Int']['output']>;
  seniority: Seniority;
  /** Strongest first. */
  skills: Array<CandidateSkill>;
  tags: Array<Scalars['String']['output']>;
  /** IANA name, e.g. Europe/Berlin. */
  timeZone: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CandidateExclusions = {
  __typename?: 'CandidateExclusions';
  /** How many candidates fail each constraint (one may fail several). */
  byConstraint: Array<ConstraintCount>;
  /** Nearest misses first. */
  candidates: Array<ExcludedCandidate>;
  total: Scalars['Int']['output'];
};

export type CandidateFilter = {
  /** Available on or before this date (YYYY-MM-DD). */
  availableBy?: InputMaybe<Scalars['String']['input']>;
  /** true: consent given and not expired; false: the others. */
  consentValid?: InputMaybe<Scalars['Boolean']['input']>;
  cv?: InputMaybe<Scalars['String']['input']>;
  dayRateMinor_gte?: InputMaybe<Scalars['Int']['input']>;
  dayRateMinor_lte?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<CandidateKind>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  seniority?: InputMaybe<Seniority>;
  skillId?: InputMaybe<Scalars['ID']['input']>;
  /** With skillId: the minimum level (default 1). */
  skillMinLevel?: InputMaybe<Scalars['Int']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type CandidateFit = {
  __typename?: 'CandidateFit';
  eligible: Scalars['Boolean']['output'];
  factors: Array<MatchFactor>;
  failed: Array<FailedConstraint>;
  score?: Maybe<Scalars['Float']['output']>;
  whatWouldChange: Array<Scalars['String']['output']>;
};

export type CandidateImportReport = {
  __typename?: 'CandidateImportReport';
  accepted: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  rejected: Scalars['Int']['output'];
  /** The rejected rows as the file had them, with a Reason column; null when none was rejected. */
  rejectedCsv?: Maybe<Scalars['String']['output']>;
  rows: Array<CandidateImportRow>;
};

export type CandidateImportRow = {
  __typename?: 'CandidateImportRow';
  candidateId?: Maybe<Scalars['ID']['output']>;
  /** The person already in the pool this row looks like (to merge with). */
  duplicateOfId?: Maybe<Scalars['ID']['output']>;
  /** Line in the file (the header is line 1). */
  line: Scalars['Int']['output'];
  name?: Maybe<Scalars['String']['output']>;
  reasons: Array<Scalars['String']['output']>;
  /** ACCEPTED or REJECTED. */
  status: Scalars['String']['output'];
};

/** BENCH and ASSOCIATE are ours; CONTRACTORs augment; PERMANENT_SEEKERs are hired. */
export type CandidateKind =
  | 'ASSOCIATE'
  | 'BENCH'
  | 'CONTRACTOR'
  | 'PERMANENT_SEEKER';

export type CandidateNote = {
  __typename?: 'CandidateNote';
  /** Null once that user is deleted. */
  author?: Maybe<UserSummary>;
  authorId?: Maybe<Scalars['ID']['output']>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

export type CandidateRanking = {
  __typename?: 'CandidateRanking';
  candidates: Array<RankedCandidate>;
  modelVersion: Scalars['String']['output'];
  roleId: Scalars['ID']['output'];
  /** Eligible candidates in all. */
  total: Scalars['Int']['output'];
};

/** A candidate's level in one skill, with the evidence for it. */
export type CandidateSkill = {
  __typename?: 'CandidateSkill';
  evidence?: Maybe<Scalars['String']['output']>;
  /** 1–5 */
  level: Scalars['Int']['output'];
  skill: Skill;
  skillId: Scalars['ID']['output'];
};

export type CandidateSkillInput = {
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** 1–5 */
  level: Scalars['Int']['input'];
  skillId: Scalars['ID']['input'];
};

export type Capability = {
  __typename?: 'Capability';
  area: CapabilityArea;
  areaId: Scalars['ID']['output'];
  defaultTarget: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  frameworkId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  /** Levels 1 (Initial) to 5 (Optimising), in order. */
  levels: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nature: CapabilityNature;
  position: Scalars['Int']['output'];
  /** Skills that address a gap on this capability. */
  skills: Array<Scalars['String']['output']>;
  weight: Scalars['Float']['output'];
};

export type CapabilityArea = {
  __typename?: 'CapabilityArea';
  description: Scalars['String']['output'];
  frameworkId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
};

export type CapabilityAreaFilter = {
  frameworkId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
};

export type CapabilityChange = {
  __typename?: 'CapabilityChange';
  areaName: Scalars['String']['output'];
  /** In the first assessment of the line. */
  baseline?: Maybe<Scalars['Float']['output']>;
  /** current − previous. */
  change?: Maybe<Scalars['Float']['output']>;
  /** current − baseline. */
  changeFromBaseline?: Maybe<Scalars['Float']['output']>;
  current?: Maybe<Scalars['Float']['output']>;
  /** Between the previous assessment and this one, oldest first. */
  interventions: Array<Intervention>;
  key: Scalars['String']['output'];
  movement: Movement;
  name: Scalars['String']['output'];
  /** The combined spread: a smaller change is within noise. */
  noise?: Maybe<Scalars['Float']['output']>;
  /** In the previous assessment. */
  previous?: Maybe<Scalars['Float']['output']>;
  target: Scalars['Float']['output'];
};

export type CapabilityFilter = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
  frameworkId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
};

export type CapabilityFramework = {
  __typename?: 'CapabilityFramework';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  status: FrameworkStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type CapabilityFrameworkFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<FrameworkStatus>;
};

export type CapabilityGap = {
  __typename?: 'CapabilityGap';
  assessmentId: Scalars['ID']['output'];
  capability: Capability;
  capabilityId: Scalars['ID']['output'];
  clientId: Scalars['ID']['output'];
  current: Scalars['Float']['output'];
  engagementId: Scalars['ID']['output'];
  evidence: Array<GapEvidence>;
  id: Scalars['ID']['output'];
  /** Every option for the gap, best first. */
  recommendations: Array<Recommendation>;
  /** size × capability weight × urgency factor. */
  severity: Scalars['Float']['output'];
  /** target − current, to 0.1. */
  size: Scalars['Float']['output'];
  status: GapStatus;
  target: Scalars['Int']['output'];
};

export type CapabilityGapFilter = {
  assessmentId?: InputMaybe<Scalars['ID']['input']>;
  capabilityId?: InputMaybe<Scalars['ID']['input']>;
  engagementId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<GapStatus>;
};

/** JUDGEMENT: calls people make; PRACTICE: team habits; CAPACITY: enough skilled people. */
export type CapabilityNature =
  | 'CAPACITY'
  | 'JUDGEMENT'
  | 'PRACTICE';

/** Assessment × capability (DESIGN §4). */
export type CapabilityScore = {
  __typename?: 'CapabilityScore';
  assessmentId: Scalars['ID']['output'];
  byRole: Array<RoleScore>;
  capability: Capability;
  capabilityId: Scalars['ID']['output'];
  clientId: Scalars['ID']['output'];
  confidence: Scalars['Float']['output'];
  coverage: Scalars['Float']['output'];
  /** 1.0–5.0; null when nobody answered. */
  current?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  respondentCount: Scalars['Int']['output'];
  spread?: Maybe<Scalars['Float']['output']>;
  target: Scalars['Int']['output'];
};

export type CapabilityScoreFilter = {
  assessmentId?: InputMaybe<Scalars['ID']['input']>;
  capabilityId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** One capability across an engagement's scored assessments, oldest first. */
export type CapabilityTrend = {
  __typename?: 'CapabilityTrend';
  areaName: Scalars['String']['output'];
  capabilityKey: Scalars['String']['output'];
  capabilityName: Scalars['String']['output'];
  points: Array<TrendPoint>;
};

export type Client = {
  __typename?: 'Client';
  /** End of core working hours, HH:MM in the client time zone. */
  coreHoursEnd?: Maybe<Scalars['String']['output']>;
  /** Start of core working hours, HH:MM in the client time zone. */
  coreHoursStart?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Engagements of this client that the reader may see. */
  engagementCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Internal notes; null for CLIENT users. */
  notes?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  sizeBand?: Maybe<SizeBand>;
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

/** What matters to a client user, always for their own client: published reports, their invitations, their engagements. */
export type ClientDashboard = {
  __typename?: 'ClientDashboard';
  /** The 20 most recently changed. */
  engagements: Array<ClientEngagementSummary>;
  /** The reader's own invitations, latest due date first. */
  invitations: Array<MyInvitation>;
  /** Newest first. */
  reports: Array<PublishedReport>;
};

/** An engagement as the client reads it on their dashboard. */
export type ClientEngagementSummary = {
  __typename?: 'ClientEngagementSummary';
  /** YYYY-MM-DD */
  endDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  stage: EngagementStage;
  /** YYYY-MM-DD */
  startDate?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ClientFilter = {
  createdAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  sizeBand?: InputMaybe<SizeBand>;
};

/** The legal basis on which a candidate's data is held. */
export type ConsentBasis =
  | 'CONSENT'
  | 'CONTRACT'
  | 'LEGITIMATE_INTEREST';

export type ConstraintCount = {
  __typename?: 'ConstraintCount';
  constraint: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type Contact = {
  __typename?: 'Contact';
  client: Client;
  clientId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** The CLIENT user who signs in as this person, if any. */
  userId?: Maybe<Scalars['ID']['output']>;
};

export type ContactFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type DecisionRecord = {
  __typename?: 'DecisionRecord';
  /** Alternatives considered, and why not. */
  alternatives?: Maybe<Scalars['String']['output']>;
  clientId: Scalars['ID']['output'];
  /** What made the decision necessary. */
  context: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Scalars['DateTime']['output'];
  /** Null once that user is deleted. */
  decidedBy?: Maybe<UserSummary>;
  decidedById?: Maybe<Scalars['ID']['output']>;
  decision: Scalars['String']['output'];
  engagementId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** What the client may read about the decision (context, decision and alternatives are internal). */
  noteToClient?: Maybe<Scalars['String']['output']>;
  reversibility: Reversibility;
  /** YYYY-MM-DD: the engagement owner is reminded that day. */
  revisitDate?: Maybe<Scalars['String']['output']>;
  revisitNotifiedAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type DecisionRecordFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  engagementId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  reversibility?: InputMaybe<Reversibility>;
  revisitDate_gte?: InputMaybe<Scalars['String']['input']>;
  revisitDate_lte?: InputMaybe<Scalars['String']['input']>;
};

/** SHOWN on its own, MERGED into "Other roles", or HIDDEN from the client. */
export type Disclosure =
  | 'HIDDEN'
  | 'MERGED'
  | 'SHOWN';

export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  candidate: Candidate;
  reasons: Array<Scalars['String']['output']>;
};

export type Engagement = {
  __typename?: 'Engagement';
  allowedNextStages: Array<EngagementStage>;
  /** Null for CLIENT users. */
  budgetBand?: Maybe<BudgetBand>;
  /** The problem in the client's words. */
  businessNeed: Scalars['String']['output'];
  /** Whether the reader may reopen it now: it is LOST or CLOSED and they own it or are an ADMIN. */
  canReopen: Scalars['Boolean']['output'];
  client: Client;
  clientId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** YYYY-MM-DD */
  endDate?: Maybe<Scalars['String']['output']>;
  horizon: NeedHorizon;
  id: Scalars['ID']['output'];
  /** The consultant who owns it. */
  owner: UserSummary;
  ownerId: Scalars['ID']['output'];
  /** Re-assess every this many days (null: not on a cadence). */
  reassessEveryDays?: Maybe<Scalars['Int']['output']>;
  /** When the next scheduled re-assessment is drafted. */
  reassessNextDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Draft a re-assessment when the engagement closes. */
  reassessOnClose: Scalars['Boolean']['output'];
  stage: EngagementStage;
  /** The timeline, oldest first. */
  stageChanges: Array<EngagementStageChange>;
  /** YYYY-MM-DD */
  startDate?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  urgency: Urgency;
};

export type EngagementFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  endDate_gte?: InputMaybe<Scalars['String']['input']>;
  endDate_lte?: InputMaybe<Scalars['String']['input']>;
  horizon?: InputMaybe<NeedHorizon>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<EngagementStage>;
  /** Any of these stages (e.g. the open ones). */
  stages?: InputMaybe<Array<EngagementStage>>;
  startDate_gte?: InputMaybe<Scalars['String']['input']>;
  startDate_lte?: InputMaybe<Scalars['String']['input']>;
  urgency?: InputMaybe<Urgency>;
};

/** LEAD → DISCOVERY → ASSESSING → PROPOSING → ACTIVE → CLOSED, or LOST. */
export type EngagementStage =
  | 'ACTIVE'
  | 'ASSESSING'
  | 'CLOSED'
  | 'DISCOVERY'
  | 'LEAD'
  | 'LOST'
  | 'PROPOSING';

/** One move on the engagement timeline. */
export type EngagementStageChange = {
  __typename?: 'EngagementStageChange';
  changedAt: Scalars['DateTime']['output'];
  /** Who moved it; null once that user is deleted. */
  changedBy?: Maybe<UserSummary>;
  changedById?: Maybe<Scalars['ID']['output']>;
  /** Null when the engagement was created. */
  fromStage?: Maybe<EngagementStage>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  toStage: EngagementStage;
};

/** Dashboard figures, computed in SQL within what the reader may see. */
export type EngagementStats = {
  __typename?: 'EngagementStats';
  /** Every stage, zeros included, in lifecycle order. */
  byStage: Array<StageCount>;
  /** Open engagements per owner, most first. */
  openByOwner: Array<OwnerCount>;
  /** Engagements by start date, the last 12 months including this one, oldest first. */
  startedByMonth: Array<MonthCount>;
};

export type ErasureReceipt = {
  __typename?: 'ErasureReceipt';
  candidateId: Scalars['ID']['output'];
  erasedAt: Scalars['DateTime']['output'];
};

export type ExcludedCandidate = {
  __typename?: 'ExcludedCandidate';
  candidate: Candidate;
  candidateId: Scalars['ID']['output'];
  failed: Array<FailedConstraint>;
  whatWouldChange: Array<Scalars['String']['output']>;
};

export type FailedConstraint = {
  __typename?: 'FailedConstraint';
  /** CONSENT | KIND | AVAILABILITY | ALLOCATION | SKILL | TIME_ZONE */
  constraint: Scalars['String']['output'];
  detail: Scalars['String']['output'];
};

export type FailedJob = {
  __typename?: 'FailedJob';
  attemptsMade: Scalars['Int']['output'];
  failedAt?: Maybe<Scalars['DateTime']['output']>;
  failedReason: Scalars['String']['output'];
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
  queue: Scalars['String']['output'];
  subjectId?: Maybe<Scalars['ID']['output']>;
  /** The subject's title or name; null when it no longer exists. */
  subjectLabel?: Maybe<Scalars['String']['output']>;
  /** What the job is about, as a type name (Role, Candidate, Assessment…); null for jobs about no one record. */
  subjectType?: Maybe<Scalars['String']['output']>;
};

/** A PUBLISHED framework never changes: edits make a new version. */
export type FrameworkStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** An answer behind a gap: staff see the seat, never the name; client users see neither. */
export type GapEvidence = {
  __typename?: 'GapEvidence';
  answer: Scalars['String']['output'];
  prompt: Scalars['String']['output'];
  questionId: Scalars['ID']['output'];
  /** Client users: only from seats of at least k respondents, with names, e-mails and @-mentions redacted. */
  quote?: Maybe<Scalars['String']['output']>;
  /** Null for client users. */
  respondentRole?: Maybe<RespondentRole>;
  value?: Maybe<Scalars['Float']['output']>;
};

export type GapStatus =
  | 'ACCEPTED_RISK'
  | 'ADDRESSED'
  | 'OPEN';

export type Inbox = {
  __typename?: 'Inbox';
  /** The newest 20. */
  latest: Array<Notification>;
  unread: Scalars['Int']['output'];
};

/** Something done about a capability between two assessments. */
export type Intervention = {
  __typename?: 'Intervention';
  kind: InterventionKind;
  /** "Ana Principal's placement as Delivery lead", "the accepted review". */
  label: Scalars['String']['output'];
  /** YYYY-MM-DD */
  on: Scalars['String']['output'];
};

/** OPTION (an accepted recommendation), PLACEMENT, DECISION. */
export type InterventionKind =
  | 'DECISION'
  | 'OPTION'
  | 'PLACEMENT';

export type Invitation = {
  __typename?: 'Invitation';
  assessmentId: Scalars['ID']['output'];
  clientId: Scalars['ID']['output'];
  contactId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  remindersSent: Scalars['Int']['output'];
  respondentRole: RespondentRole;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: InvitationStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type InvitationFilter = {
  assessmentId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  respondentRole?: InputMaybe<RespondentRole>;
  status?: InputMaybe<InvitationStatus>;
};

export type InvitationLink = {
  __typename?: 'InvitationLink';
  /** Opens the questionnaire: /respond/<token>. */
  token: Scalars['String']['output'];
};

export type InvitationStatus =
  | 'EXPIRED'
  | 'PENDING'
  | 'STARTED'
  | 'SUBMITTED';

export type ListMetadata = {
  __typename?: 'ListMetadata';
  count: Scalars['Int']['output'];
};

/** A stored match of a candidate to a role: score with its explanation, and its stage. */
export type Match = {
  __typename?: 'Match';
  candidate: Candidate;
  candidateId: Scalars['ID']['output'];
  /** What the client calls the candidate ("Candidate K-37"), from submission on. */
  clientAlias?: Maybe<Scalars['String']['output']>;
  /** The client's answer; null until they answer. */
  clientAnswer?: Maybe<ShortlistAnswer>;
  clientAnsweredAt?: Maybe<Scalars['DateTime']['output']>;
  clientNote?: Maybe<Scalars['String']['output']>;
  clientReason?: Maybe<ShortlistReason>;
  /** Interview times the client proposed. */
  clientSlots: Array<Scalars['DateTime']['output']>;
  /** The summary the client's users read. */
  clientSummary?: Maybe<Scalars['String']['output']>;
  computedAt: Scalars['DateTime']['output'];
  createdAt: Scalars['DateTime']['output'];
  factors: Array<MatchFactor>;
  failedConstraints: Array<FailedConstraint>;
  id: Scalars['ID']['output'];
  modelVersion: Scalars['String']['output'];
  placement?: Maybe<Placement>;
  /** Rank among eligible candidates when computed; null when not eligible. */
  rank?: Maybe<Scalars['Int']['output']>;
  role: Role;
  roleId: Scalars['ID']['output'];
  score: Scalars['Float']['output'];
  stage: MatchStage;
  stageChangedAt: Scalars['DateTime']['output'];
  /** Oldest first. */
  stageChanges: Array<MatchStageChange>;
  submissionNote?: Maybe<Scalars['String']['output']>;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The client contacts it was submitted to (submitToClient); empty before. */
  submittedContactIds: Array<Scalars['ID']['output']>;
};

/** One factor of a match's score: value × weight × 100 = contribution (points of 100). */
export type MatchFactor = {
  __typename?: 'MatchFactor';
  contribution: Scalars['Float']['output'];
  detail: Scalars['String']['output'];
  /** skills | seniority | availability | budget | timeZone */
  factor: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** 0–1 */
  value: Scalars['Float']['output'];
  weight: Scalars['Float']['output'];
};

export type MatchFilter = {
  candidateId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<MatchStage>;
};

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

export type MatchStageChange = {
  __typename?: 'MatchStageChange';
  /** Null once that user is deleted. */
  changedBy?: Maybe<UserSummary>;
  changedById?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  fromStage?: Maybe<MatchStage>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  toStage: MatchStage;
};

export type MatchStageCount = {
  __typename?: 'MatchStageCount';
  count: Scalars['Int']['output'];
  stage: MatchStage;
};

export type MonthCount = {
  __typename?: 'MonthCount';
  count: Scalars['Int']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
};

/** How a capability moved since the previous assessment: ROSE / FELL beyond the combined spread, WITHIN_NOISE, NO_BASELINE (new), NOT_SCORED. */
export type Movement =
  | 'FELL'
  | 'NOT_SCORED'
  | 'NO_BASELINE'
  | 'ROSE'
  | 'WITHIN_NOISE';

export type Mutation = {
  __typename?: 'Mutation';
  /** Writes a decision record; a staffing option drafts its role(s), a review gets a follow-up date. */
  acceptRecommendation: Recommendation;
  /** Drafts an open role per member (the skills they cover), shortlists each and cancels the drafted roles left over, in one transaction; accepting the same team again changes nothing. */
  acceptSpecialistTeam: Array<Role>;
  /** Shortlists every pick of a solved plan in one transaction and records a decision on each engagement; accepting again changes nothing. */
  acceptStaffingPlan: StaffingPlan;
  addCandidateNote: CandidateNote;
  /** The client answers a shortlisted profile: INTERESTED (with interview slots) moves it to interviewing, NO (with a reason) to rejected, NOT_NOW (with a reason) keeps it submitted. The recruiter is told. */
  answerShortlistProfile: ShortlistProfile;
  /** Stops re-assessing the engagement; the pending draft job is cancelled. */
  clearReassessmentSchedule: Engagement;
  /** Stops answers; with no submitted response only with force and a reason. */
  closeAssessment: Assessment;
  /** A DRAFT assessment, with targets defaulted from the framework. */
  createAssessment: Assessment;
  /** Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it. */
  createAssessmentTemplate: AssessmentTemplate;
  createCandidate: Candidate;
  /** Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it. */
  createCapability: Capability;
  /** Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it. */
  createCapabilityArea: CapabilityArea;
  /** A new framework, as DRAFT version 1. */
  createCapabilityFramework: CapabilityFramework;
  createClient: Client;
  createContact: Contact;
  /** Logs a decision; a revisit date schedules a reminder to the engagement owner. */
  createDecisionRecord: DecisionRecord;
  /** Creates an engagement in LEAD. */
  createEngagement: Engagement;
  /** While the assessment is OPEN, the e-mail goes at once. */
  createInvitation: Invitation;
  /** Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it. */
  createQuestion: Question;
  createRole: Role;
  /** Asks the matching queue to staff these open roles (or all of an engagement’s) from one pool; poll the plan or its run for the result. */
  createStaffingPlan: StaffingPlan;
  /** Creates a user and e-mails them a link to set their password. */
  createUser: User;
  /** Only a DRAFT. */
  deleteAssessment: Assessment;
  /** Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it. */
  deleteAssessmentTemplate: AssessmentTemplate;
  /** Erases the candidate (as eraseCandidate); answers the record as it was. */
  deleteCandidate: Candidate;
  /** Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it. */
  deleteCapability: Capability;
  /** Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it. */
  deleteCapabilityArea: CapabilityArea;
  /** Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it. */
  deleteCapabilityFramework: CapabilityFramework;
  deleteClient: Client;
  deleteContact: Contact;
  deleteDecisionRecord: DecisionRecord;
  deleteEngagement: Engagement;
  /** Only one nobody has started answering. */
  deleteInvitation: Invitation;
  /** Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it. */
  deleteQuestion: Question;
  /** Only while no candidate went past SUGGESTED; otherwise cancel the role. */
  deleteRole: Role;
  deleteUser: User;
  /** Deletes every record about the person; the audit log keeps only that an erasure happened. */
  eraseCandidate: ErasureReceipt;
  /** Imports candidates from CSV: each row accepted or rejected with reasons; accepted rows are written together. */
  importCandidates: CandidateImportReport;
  /** Signs in; also sets the HttpOnly refresh-token cookie. */
  login: AuthPayload;
  /** Ends this sign-in (the refresh-token family) and clears the cookie. */
  logout: Scalars['Boolean']['output'];
  markNotificationsRead: Inbox;
  /** Moves skills, matches, placements and notes of mergeId onto keepId, then deletes mergeId. */
  mergeCandidates: Candidate;
  /** Moves to an allowed next stage (CONFLICT names them otherwise) and records it. */
  moveEngagementStage: Engagement;
  /** One step forward, or out (REJECTED / WITHDRAWN need a reason); PLACED needs the placement. Never to SUBMITTED: that is submitToClient (BAD_USER_INPUT here). */
  moveMatchStage: Match;
  /** Copies the framework as a DRAFT with the next version number, to edit. */
  newCapabilityFrameworkVersion: CapabilityFramework;
  /** Sends the invitations, schedules reminders, moves the engagement to ASSESSING. */
  openAssessment: Assessment;
  /** Chooses another option than the ranking's first, with the reason; acted on like an accept. */
  overrideRecommendation: Recommendation;
  /** Shows a SCORED assessment's report to the client's CLIENT users. */
  publishAssessmentReport: Assessment;
  /** Makes a DRAFT framework available to new assessments. */
  publishCapabilityFramework: CapabilityFramework;
  /** Exchanges the refresh-token cookie for a new access token and rotates the cookie. */
  refreshSession: AuthPayload;
  /** Writes a decision record with the reason. */
  rejectRecommendation: Recommendation;
  /** Reopens a LOST or CLOSED engagement (its owner or an ADMIN), back to the stage it finished from, with the reason on the timeline. */
  reopenEngagement: Engagement;
  /** Forgot password: e-mails a single-use reset link when the address belongs to an active user. Always answers true, so it never tells whether an address has an account. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Solves the plan again against the pool as it is now, with these pins, exclusions and cap (they replace the previous ones). */
  rerunStaffingPlan: StaffingPlan;
  /** A new e-mail with a new link; earlier links stop working. */
  resendInvitation: Invitation;
  /** E-mails a user who has never signed in a new set-password link (earlier links stop working). A repeat within two minutes sends nothing. */
  resendUserInvitation: ResentInvitation;
  retryFailedJob: FailedJob;
  /** Runs a FAILED workflow again (its steps are idempotent). */
  retryWorkflowRun: WorkflowRun;
  /** Autosave: replaces the draft with these answers. */
  saveResponseDraft: ResponseReceipt;
  /** Sets target levels (1–5) per capability, while DRAFT or OPEN. */
  setAssessmentTargets: Assessment;
  /** Sets a password with the token from the set-password e-mail. */
  setPassword: Scalars['Boolean']['output'];
  /** Re-assess the engagement every N days (default 90) after its last scored assessment closed, and/or when it closes: a job drafts the next assessment from the last one. Replaces any schedule. */
  setReassessmentSchedule: Engagement;
  /** Puts an eligible candidate on the role's shortlist. */
  shortlistCandidate: Match;
  /** A link to answer one of my invitations, signed in. */
  startMyInvitation: InvitationLink;
  /** Submits for good: a submitted response never changes. */
  submitResponse: ResponseReceipt;
  /** Submits a shortlisted match to contacts of the role's client, with a note: recorded on the match and in its history. */
  submitToClient: Match;
  updateAssessment: Assessment;
  /** Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it. */
  updateAssessmentTemplate: AssessmentTemplate;
  updateCandidate: Candidate;
  /** Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it. */
  updateCapability: Capability;
  /** Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it. */
  updateCapabilityArea: CapabilityArea;
  /** Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it. */
  updateCapabilityFramework: CapabilityFramework;
  updateClient: Client;
  updateContact: Contact;
  /** A changed revisit date reschedules (or cancels) the reminder. */
  updateDecisionRecord: DecisionRecord;
  updateEngagement: Engagement;
  /** Refused (BAD_USER_INPUT) once the framework version is published: make a new version (newCapabilityFrameworkVersion) to change it. */
  updateQuestion: Question;
  updateRole: Role;
  updateUser: User;
};


export type MutationAcceptRecommendationArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  noteToClient?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAcceptSpecialistTeamArgs = {
  budgetMinor?: InputMaybe<Scalars['Int']['input']>;
  candidateIds: Array<Scalars['ID']['input']>;
  candidatesConsidered?: InputMaybe<Scalars['Int']['input']>;
  maxSize?: InputMaybe<Scalars['Int']['input']>;
  minSize?: InputMaybe<Scalars['Int']['input']>;
  recommendationId: Scalars['ID']['input'];
};


export type MutationAcceptStaffingPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddCandidateNoteArgs = {
  body: Scalars['String']['input'];
  candidateId: Scalars['ID']['input'];
};


export type MutationAnswerShortlistProfileArgs = {
  answer: ShortlistAnswer;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<ShortlistReason>;
  slots?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};


export type MutationClearReassessmentScheduleArgs = {
  engagementId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCloseAssessmentArgs = {
  force?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateAssessmentArgs = {
  anonymityThreshold?: InputMaybe<Scalars['Int']['input']>;
  dueDate: Scalars['String']['input'];
  engagementId: Scalars['ID']['input'];
  minRespondents?: InputMaybe<Scalars['Int']['input']>;
  templateId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationCreateAssessmentTemplateArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  estimatedMinutes?: InputMaybe<Scalars['Int']['input']>;
  frameworkId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationCreateCandidateArgs = {
  allocation?: InputMaybe<Scalars['Int']['input']>;
  allowDuplicate?: InputMaybe<Scalars['Boolean']['input']>;
  availableFrom: Scalars['String']['input'];
  consentBasis: ConsentBasis;
  consentExpiresAt?: InputMaybe<Scalars['String']['input']>;
  consentGivenAt?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  cvText?: InputMaybe<Scalars['String']['input']>;
  dayRateMinor?: InputMaybe<Scalars['Int']['input']>;
  email: Scalars['String']['input'];
  kind: CandidateKind;
  lastContactAt?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  profileUrl?: InputMaybe<Scalars['String']['input']>;
  salaryMinor?: InputMaybe<Scalars['Int']['input']>;
  seniority: Seniority;
  skills?: InputMaybe<Array<CandidateSkillInput>>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  timeZone: Scalars['String']['input'];
};


export type MutationCreateCapabilityArgs = {
  areaId: Scalars['ID']['input'];
  defaultTarget?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  levels: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  nature: CapabilityNature;
  position?: InputMaybe<Scalars['Int']['input']>;
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  weight?: InputMaybe<Scalars['Float']['input']>;
};


export type MutationCreateCapabilityAreaArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  frameworkId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateCapabilityFrameworkArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type MutationCreateClientArgs = {
  coreHoursEnd?: InputMaybe<Scalars['String']['input']>;
  coreHoursStart?: InputMaybe<Scalars['String']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  sizeBand?: InputMaybe<SizeBand>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateContactArgs = {
  clientId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCreateDecisionRecordArgs = {
  alternatives?: InputMaybe<Scalars['String']['input']>;
  context: Scalars['String']['input'];
  decidedAt?: InputMaybe<Scalars['DateTime']['input']>;
  decision: Scalars['String']['input'];
  engagementId: Scalars['ID']['input'];
  noteToClient?: InputMaybe<Scalars['String']['input']>;
  reversibility: Reversibility;
  revisitDate?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};


export type MutationCreateEngagementArgs = {
  budgetBand?: InputMaybe<BudgetBand>;
  businessNeed: Scalars['String']['input'];
  clientId: Scalars['ID']['input'];
  endDate?: InputMaybe<Scalars['String']['input']>;
  horizon?: InputMaybe<NeedHorizon>;
  ownerId: Scalars['ID']['input'];
  startDate?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  urgency?: InputMaybe<Urgency>;
};


export type MutationCreateInvitationArgs = {
  assessmentId: Scalars['ID']['input'];
  contactId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  respondentRole: RespondentRole;
};


export type MutationCreateQuestionArgs = {
  allowsDontKnow?: InputMaybe<Scalars['Boolean']['input']>;
  capabilityId: Scalars['ID']['input'];
  helpText?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  options: Array<QuestionOptionInput>;
  position?: InputMaybe<Scalars['Int']['input']>;
  prompt: Scalars['String']['input'];
  templateId: Scalars['ID']['input'];
  type: QuestionType;
  weight?: InputMaybe<Scalars['Float']['input']>;
};


export type MutationCreateRoleArgs = {
  allocation?: InputMaybe<Scalars['Int']['input']>;
  budgetMaxMinor?: InputMaybe<Scalars['Int']['input']>;
  budgetMinMinor?: InputMaybe<Scalars['Int']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  durationWeeks?: InputMaybe<Scalars['Int']['input']>;
  engagementId: Scalars['ID']['input'];
  minOverlapHours?: InputMaybe<Scalars['Int']['input']>;
  optionType: RecommendationOption;
  permanent?: InputMaybe<Scalars['Boolean']['input']>;
  requiredSkills: Array<RequiredSkillInput>;
  seniority: Seniority;
  startDate?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};


export type MutationCreateStaffingPlanArgs = {
  budgetCapMinor?: InputMaybe<Scalars['Int']['input']>;
  candidatesPerRole?: InputMaybe<Scalars['Int']['input']>;
  engagementId?: InputMaybe<Scalars['ID']['input']>;
  excludedCandidateIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  pins?: InputMaybe<Array<StaffingPinInput>>;
  roleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationCreateUserArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  role: UserRole;
};


export type MutationDeleteAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteAssessmentTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCandidateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCapabilityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCapabilityAreaArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCapabilityFrameworkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteClientArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteContactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDecisionRecordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteEngagementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEraseCandidateArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationImportCandidatesArgs = {
  allowDuplicates?: InputMaybe<Scalars['Boolean']['input']>;
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  onlyLines?: InputMaybe<Array<Scalars['Int']['input']>>;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMergeCandidatesArgs = {
  keepId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
};


export type MutationMoveEngagementStageArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  stage: EngagementStage;
};


export type MutationMoveMatchStageArgs = {
  closeOthersReason?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  placement?: InputMaybe<PlacementInput>;
  reason?: InputMaybe<Scalars['String']['input']>;
  stage: MatchStage;
};


export type MutationNewCapabilityFrameworkVersionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOpenAssessmentArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationOverrideRecommendationArgs = {
  gapId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  noteToClient?: InputMaybe<Scalars['String']['input']>;
  option: RecommendationOption;
  reason: Scalars['String']['input'];
};


export type MutationPublishAssessmentReportArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPublishCapabilityFrameworkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectRecommendationArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  noteToClient?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationReopenEngagementArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRerunStaffingPlanArgs = {
  budgetCapMinor?: InputMaybe<Scalars['Int']['input']>;
  excludedCandidateIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  pins?: InputMaybe<Array<StaffingPinInput>>;
};


export type MutationResendInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResendUserInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryFailedJobArgs = {
  jobId: Scalars['String']['input'];
  queue: Scalars['String']['input'];
};


export type MutationRetryWorkflowRunArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveResponseDraftArgs = {
  answers: Array<AnswerInput>;
  token: Scalars['String']['input'];
};


export type MutationSetAssessmentTargetsArgs = {
  id: Scalars['ID']['input'];
  targets: Array<AssessmentTargetInput>;
};


export type MutationSetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationSetReassessmentScheduleArgs = {
  engagementId: Scalars['ID']['input'];
  everyDays?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  onClose?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationShortlistCandidateArgs = {
  candidateId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  roleId: Scalars['ID']['input'];
};


export type MutationStartMyInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitResponseArgs = {
  answers: Array<AnswerInput>;
  idempotencyKey: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationSubmitToClientArgs = {
  contactIds: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note: Scalars['String']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateAssessmentArgs = {
  anonymityThreshold?: InputMaybe<Scalars['Int']['input']>;
  dueDate?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  minRespondents?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateAssessmentTemplateArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  estimatedMinutes?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateCandidateArgs = {
  allocation?: InputMaybe<Scalars['Int']['input']>;
  availableFrom?: InputMaybe<Scalars['String']['input']>;
  consentBasis?: InputMaybe<ConsentBasis>;
  consentExpiresAt?: InputMaybe<Scalars['String']['input']>;
  consentGivenAt?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  cvText?: InputMaybe<Scalars['String']['input']>;
  dayRateMinor?: InputMaybe<Scalars['Int']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<CandidateKind>;
  lastContactAt?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  profileUrl?: InputMaybe<Scalars['String']['input']>;
  salaryMinor?: InputMaybe<Scalars['Int']['input']>;
  seniority?: InputMaybe<Seniority>;
  skills?: InputMaybe<Array<CandidateSkillInput>>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateCapabilityArgs = {
  defaultTarget?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  levels?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  weight?: InputMaybe<Scalars['Float']['input']>;
};


export type MutationUpdateCapabilityAreaArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateCapabilityFrameworkArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateClientArgs = {
  coreHoursEnd?: InputMaybe<Scalars['String']['input']>;
  coreHoursStart?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  industry?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  sizeBand?: InputMaybe<SizeBand>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateContactArgs = {
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationUpdateDecisionRecordArgs = {
  alternatives?: InputMaybe<Scalars['String']['input']>;
  context?: InputMaybe<Scalars['String']['input']>;
  decidedAt?: InputMaybe<Scalars['DateTime']['input']>;
  decision?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  noteToClient?: InputMaybe<Scalars['String']['input']>;
  reversibility?: InputMaybe<Reversibility>;
  revisitDate?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateEngagementArgs = {
  budgetBand?: InputMaybe<BudgetBand>;
  businessNeed?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  horizon?: InputMaybe<NeedHorizon>;
  id: Scalars['ID']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<EngagementStage>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  urgency?: InputMaybe<Urgency>;
};


export type MutationUpdateQuestionArgs = {
  allowsDontKnow?: InputMaybe<Scalars['Boolean']['input']>;
  helpText?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  options?: InputMaybe<Array<QuestionOptionInput>>;
  position?: InputMaybe<Scalars['Int']['input']>;
  prompt?: InputMaybe<Scalars['String']['input']>;
  weight?: InputMaybe<Scalars['Float']['input']>;
};


export type MutationUpdateRoleArgs = {
  allocation?: InputMaybe<Scalars['Int']['input']>;
  budgetMaxMinor?: InputMaybe<Scalars['Int']['input']>;
  budgetMinMinor?: InputMaybe<Scalars['Int']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  durationWeeks?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  minOverlapHours?: InputMaybe<Scalars['Int']['input']>;
  optionType?: InputMaybe<RecommendationOption>;
  permanent?: InputMaybe<Scalars['Boolean']['input']>;
  requiredSkills?: InputMaybe<Array<RequiredSkillInput>>;
  seniority?: InputMaybe<Seniority>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<RoleStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateUserArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<UserRole>;
};

/** An assessment the signed-in client user is invited to. */
export type MyInvitation = {
  __typename?: 'MyInvitation';
  assessmentStatus: AssessmentStatus;
  assessmentTitle: Scalars['String']['output'];
  /** When the assessment closed (by a consultant or its due date). */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it can no longer be answered, in words ("Closed on 4 December 2026 — you had not started"); null while open or once submitted. */
  closedNote?: Maybe<Scalars['String']['output']>;
  dueDate: Scalars['String']['output'];
  engagementTitle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When I first saved a draft. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: InvitationStatus;
};

/** The matches the current user moved at least once: open ones by stage, and those stuck in a stage. */
export type MyPipeline = {
  __typename?: 'MyPipeline';
  /** Open stages in pipeline order, zeros included. */
  byStage: Array<MatchStageCount>;
  /** Longest in their stage first (at most 10). */
  stuck: Array<StuckMatch>;
  stuckCount: Scalars['Int']['output'];
};

/** Whether the client needs the capability for a while or for good. */
export type NeedHorizon =
  | 'PERMANENT'
  | 'TEMPORARY'
  | 'UNKNOWN';

/** An in-app notification of the signed-in user. */
export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** An admin path, e.g. /Assessment/<id>/show/report. */
  link?: Maybe<Scalars['String']['output']>;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
};

export type OwnerCount = {
  __typename?: 'OwnerCount';
  count: Scalars['Int']['output'];
  ownerId: Scalars['ID']['output'];
  ownerName: Scalars['String']['output'];
};

/** A filled role: who, from when to when, at what rate. */
export type Placement = {
  __typename?: 'Placement';
  allocation: Scalars['Int']['output'];
  candidate: Candidate;
  candidateId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  endDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  matchId: Scalars['ID']['output'];
  rateMinor: Scalars['Int']['output'];
  role: Role;
  roleId: Scalars['ID']['output'];
  startDate: Scalars['String']['output'];
};

export type PlacementFilter = {
  candidateId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
  startDate_gte?: InputMaybe<Scalars['String']['input']>;
  startDate_lte?: InputMaybe<Scalars['String']['input']>;
};

export type PlacementInput = {
  currency: Scalars['String']['input'];
  endDate?: InputMaybe<Scalars['String']['input']>;
  rateMinor: Scalars['Int']['input'];
  startDate: Scalars['String']['input'];
};

/** A report a client user may read (their client's, published). */
export type PublishedReport = {
  __typename?: 'PublishedReport';
  assessmentId: Scalars['ID']['output'];
  engagementTitle: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  Assessment: Assessment;
  AssessmentTemplate: AssessmentTemplate;
  AuditEvent: AuditEvent;
  Candidate: Candidate;
  Capability: Capability;
  CapabilityArea: CapabilityArea;
  CapabilityFramework: CapabilityFramework;
  CapabilityGap: CapabilityGap;
  CapabilityScore: CapabilityScore;
  Client: Client;
  Contact: Contact;
  DecisionRecord: DecisionRecord;
  Engagement: Engagement;
  Invitation: Invitation;
  Match: Match;
  Placement: Placement;
  Question: Question;
  Recommendation: Recommendation;
  Role: Role;
  ShortlistProfile: ShortlistProfile;
  Skill: Skill;
  StaffingPlan: StaffingPlan;
  User: User;
  UserSummary: UserSummary;
  WorkflowRun: WorkflowRun;
  _allAssessmentTemplatesMeta: ListMetadata;
  _allAssessmentsMeta: ListMetadata;
  _allAuditEventsMeta: ListMetadata;
  _allCandidatesMeta: ListMetadata;
  _allCapabilitiesMeta: ListMetadata;
  _allCapabilityAreasMeta: ListMetadata;
  _allCapabilityFrameworksMeta: ListMetadata;
  _allCapabilityGapsMeta: ListMetadata;
  _allCapabilityScoresMeta: ListMetadata;
  _allClientsMeta: ListMetadata;
  _allContactsMeta: ListMetadata;
  _allDecisionRecordsMeta: ListMetadata;
  _allEngagementsMeta: ListMetadata;
  _allInvitationsMeta: ListMetadata;
  _allMatchesMeta: ListMetadata;
  _allPlacementsMeta: ListMetadata;
  _allQuestionsMeta: ListMetadata;
  _allRecommendationsMeta: ListMetadata;
  _allRolesMeta: ListMetadata;
  _allShortlistProfilesMeta: ListMetadata;
  _allSkillsMeta: ListMetadata;
  _allStaffingPlansMeta: ListMetadata;
  _allUserSummariesMeta: ListMetadata;
  _allUsersMeta: ListMetadata;
  _allWorkflowRunsMeta: ListMetadata;
  allAssessmentTemplates: Array<AssessmentTemplate>;
  allAssessments: Array<Assessment>;
  /** Newest first by default. */
  allAuditEvents: Array<AuditEvent>;
  allCandidates: Array<Candidate>;
  allCapabilities: Array<Capability>;
  allCapabilityAreas: Array<CapabilityArea>;
  allCapabilityFrameworks: Array<CapabilityFramework>;
  allCapabilityGaps: Array<CapabilityGap>;
  allCapabilityScores: Array<CapabilityScore>;
  allClients: Array<Client>;
  allContacts: Array<Contact>;
  allDecisionRecords: Array<DecisionRecord>;
  allEngagements: Array<Engagement>;
  allInvitations: Array<Invitation>;
  allMatches: Array<Match>;
  allPlacements: Array<Placement>;
  allQuestions: Array<Question>;
  allRecommendations: Array<Recommendation>;
  /** Default order: open roles first, oldest first. */
  allRoles: Array<Role>;
  /** Candidates submitted to a client, redacted; newest first. CLIENT users: their own client only. */
  allShortlistProfiles: Array<ShortlistProfile>;
  allSkills: Array<Skill>;
  /** Newest first. */
  allStaffingPlans: Array<StaffingPlan>;
  /** E.g. filter { role: CONSULTANT, active: true } for owners. */
  allUserSummaries: Array<UserSummary>;
  allUsers: Array<User>;
  allWorkflowRuns: Array<WorkflowRun>;
  /** Staff: once scored. CLIENT users: once published, for their client. */
  assessmentReport: AssessmentReport;
  /** A CSV file to fill in for importCandidates: the readable header row and one example person. */
  candidateCsvTemplate: Scalars['String']['output'];
  /** Records that look like the same person (same e-mail, phone or profile, or a similar name in the same place). */
  candidateDuplicates: Array<DuplicateCandidate>;
  /** One candidate against one role: why they rank where they do, or why they are not there. */
  candidateFit: CandidateFit;
  /** Candidates whose retention period ends within 30 days, soonest first. */
  candidatesDueForErasure: Array<Candidate>;
  /** A CLIENT user's dashboard: their client's published reports, their invitations, their client's engagements. */
  clientDashboard: ClientDashboard;
  engagementStats: EngagementStats;
  /** Each capability's current level across the engagement's scored assessments. */
  engagementTrend: Array<CapabilityTrend>;
  /** Candidates a hard constraint keeps out of the ranking, with the constraints they fail. */
  excludedCandidates: CandidateExclusions;
  /** Everything held about the person, as one JSON document. */
  exportCandidateData: Scalars['String']['output'];
  /** CSV of the filtered list (readable headers and values, which the import reads back), at most 10,000 rows. */
  exportCandidatesCsv: Scalars['String']['output'];
  /** Failed jobs of a queue, newest first, 25 a page. */
  failedJobs: Array<FailedJob>;
  /** The questionnaire behind an invitation link, with the saved draft. */
  invitationByToken: RespondentInvitation;
  me: User;
  myInbox: Inbox;
  /** Assessments the signed-in user is invited to (by e-mail). */
  myInvitations: Array<MyInvitation>;
  /** The open matches you moved, by stage, and those stuck in a stage for more than 7 days. */
  myPipeline: MyPipeline;
  /** Published reports the reader may open (a CLIENT user: their client’s). */
  publishedReports: Array<PublishedReport>;
  /** Jobs per state in every queue. */
  queueStats: Array<QueueStats>;
  /** Eligible candidates for a role, best first, each with its factor breakdown. */
  rankCandidates: CandidateRanking;
  recruiterDashboard: RecruiterDashboard;
  /** Who publishing the assessment's report tells: its client's active CLIENT users, by name. */
  reportRecipients: Array<ReportRecipient>;
  /** Builds a team for a specialist-team option from the pool as it is now: greedy set cover beside the exact answer. */
  specialistTeam: SpecialistTeam;
};


export type QueryAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssessmentTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCandidateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCapabilityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCapabilityAreaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCapabilityFrameworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCapabilityGapArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCapabilityScoreArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDecisionRecordArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEngagementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlacementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRecommendationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryShortlistProfileArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySkillArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffingPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserSummaryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkflowRunArgs = {
  id: Scalars['ID']['input'];
};


export type Query_AllAssessmentTemplatesMetaArgs = {
  filter?: InputMaybe<AssessmentTemplateFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllAssessmentsMetaArgs = {
  filter?: InputMaybe<AssessmentFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllAuditEventsMetaArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllCandidatesMetaArgs = {
  filter?: InputMaybe<CandidateFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllCapabilitiesMetaArgs = {
  filter?: InputMaybe<CapabilityFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllCapabilityAreasMetaArgs = {
  filter?: InputMaybe<CapabilityAreaFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllCapabilityFrameworksMetaArgs = {
  filter?: InputMaybe<CapabilityFrameworkFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllCapabilityGapsMetaArgs = {
  filter?: InputMaybe<CapabilityGapFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllCapabilityScoresMetaArgs = {
  filter?: InputMaybe<CapabilityScoreFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllClientsMetaArgs = {
  filter?: InputMaybe<ClientFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllContactsMetaArgs = {
  filter?: InputMaybe<ContactFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllDecisionRecordsMetaArgs = {
  filter?: InputMaybe<DecisionRecordFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllEngagementsMetaArgs = {
  filter?: InputMaybe<EngagementFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllInvitationsMetaArgs = {
  filter?: InputMaybe<InvitationFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllMatchesMetaArgs = {
  filter?: InputMaybe<MatchFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllPlacementsMetaArgs = {
  filter?: InputMaybe<PlacementFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllQuestionsMetaArgs = {
  filter?: InputMaybe<QuestionFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllRecommendationsMetaArgs = {
  filter?: InputMaybe<RecommendationFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllRolesMetaArgs = {
  filter?: InputMaybe<RoleFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllShortlistProfilesMetaArgs = {
  filter?: InputMaybe<ShortlistProfileFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllSkillsMetaArgs = {
  filter?: InputMaybe<SkillFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllStaffingPlansMetaArgs = {
  filter?: InputMaybe<StaffingPlanFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllUserSummariesMetaArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllUsersMetaArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type Query_AllWorkflowRunsMetaArgs = {
  filter?: InputMaybe<WorkflowRunFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAllAssessmentTemplatesArgs = {
  filter?: InputMaybe<AssessmentTemplateFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllAssessmentsArgs = {
  filter?: InputMaybe<AssessmentFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllAuditEventsArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllCandidatesArgs = {
  filter?: InputMaybe<CandidateFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllCapabilitiesArgs = {
  filter?: InputMaybe<CapabilityFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllCapabilityAreasArgs = {
  filter?: InputMaybe<CapabilityAreaFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllCapabilityFrameworksArgs = {
  filter?: InputMaybe<CapabilityFrameworkFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllCapabilityGapsArgs = {
  filter?: InputMaybe<CapabilityGapFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllCapabilityScoresArgs = {
  filter?: InputMaybe<CapabilityScoreFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllClientsArgs = {
  filter?: InputMaybe<ClientFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllContactsArgs = {
  filter?: InputMaybe<ContactFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllDecisionRecordsArgs = {
  filter?: InputMaybe<DecisionRecordFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllEngagementsArgs = {
  filter?: InputMaybe<EngagementFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllInvitationsArgs = {
  filter?: InputMaybe<InvitationFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllMatchesArgs = {
  filter?: InputMaybe<MatchFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllPlacementsArgs = {
  filter?: InputMaybe<PlacementFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllQuestionsArgs = {
  filter?: InputMaybe<QuestionFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllRecommendationsArgs = {
  filter?: InputMaybe<RecommendationFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllRolesArgs = {
  filter?: InputMaybe<RoleFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllShortlistProfilesArgs = {
  filter?: InputMaybe<ShortlistProfileFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllSkillsArgs = {
  filter?: InputMaybe<SkillFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllStaffingPlansArgs = {
  filter?: InputMaybe<StaffingPlanFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllUserSummariesArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllWorkflowRunsArgs = {
  filter?: InputMaybe<WorkflowRunFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAssessmentReportArgs = {
  assessmentId: Scalars['ID']['input'];
};


export type QueryCandidateDuplicatesArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCandidateFitArgs = {
  candidateId: Scalars['ID']['input'];
  roleId: Scalars['ID']['input'];
};


export type QueryEngagementTrendArgs = {
  engagementId: Scalars['ID']['input'];
};


export type QueryExcludedCandidatesArgs = {
  constraint?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  roleId: Scalars['ID']['input'];
};


export type QueryExportCandidateDataArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExportCandidatesCsvArgs = {
  filter?: InputMaybe<CandidateFilter>;
};


export type QueryFailedJobsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  queue: Scalars['String']['input'];
};


export type QueryInvitationByTokenArgs = {
  token: Scalars['String']['input'];
};


export type QueryRankCandidatesArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  roleId: Scalars['ID']['input'];
};


export type QueryReportRecipientsArgs = {
  assessmentId: Scalars['ID']['input'];
};


export type QuerySpecialistTeamArgs = {
  budgetMinor?: InputMaybe<Scalars['Int']['input']>;
  candidatesConsidered?: InputMaybe<Scalars['Int']['input']>;
  maxSize?: InputMaybe<Scalars['Int']['input']>;
  minSize?: InputMaybe<Scalars['Int']['input']>;
  recommendationId: Scalars['ID']['input'];
};

export type Question = {
  __typename?: 'Question';
  allowsDontKnow: Scalars['Boolean']['output'];
  capability: Capability;
  capabilityId: Scalars['ID']['output'];
  helpText?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  options: Array<QuestionOption>;
  position: Scalars['Int']['output'];
  prompt: Scalars['String']['output'];
  templateId: Scalars['ID']['output'];
  type: QuestionType;
  weight: Scalars['Float']['output'];
};

export type QuestionFilter = {
  capabilityId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  templateId?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<QuestionType>;
};

/** An option (or, on a SCALE question, an anchored label) and its score 1–5. */
export type QuestionOption = {
  __typename?: 'QuestionOption';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  score: Scalars['Int']['output'];
};

export type QuestionOptionInput = {
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  score: Scalars['Int']['input'];
};

export type QuestionType =
  | 'CHOICE'
  | 'MULTI'
  | 'SCALE'
  | 'TEXT';

export type QueueStats = {
  __typename?: 'QueueStats';
  active: Scalars['Int']['output'];
  completed: Scalars['Int']['output'];
  delayed: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  waiting: Scalars['Int']['output'];
};

export type RankedCandidate = {
  __typename?: 'RankedCandidate';
  candidate: Candidate;
  candidateId: Scalars['ID']['output'];
  factors: Array<MatchFactor>;
  /** The stored match, if any. */
  match?: Maybe<Match>;
  rank: Scalars['Int']['output'];
  /** 0–100 */
  score: Scalars['Float']['output'];
  /** The smallest change that would raise the rank (else the score), as one sentence. */
  whatWouldChange: Array<Scalars['String']['output']>;
};

/** Why a rule moved an option: read it aloud to the client. */
export type Reason = {
  __typename?: 'Reason';
  code: Scalars['String']['output'];
  inputs: Array<ReasonInput>;
  sentence: Scalars['String']['output'];
};

export type ReasonInput = {
  __typename?: 'ReasonInput';
  name: Scalars['String']['output'];
  /** The value used, as text. */
  value?: Maybe<Scalars['String']['output']>;
};

/** What changed since the previous assessment, and what was done in between. */
export type ReassessmentChanges = {
  __typename?: 'ReassessmentChanges';
  baselineTitle: Scalars['String']['output'];
  capabilities: Array<CapabilityChange>;
  /** Capabilities that rose or fell with no intervention recorded. */
  movedWithoutIntervention: Array<Scalars['String']['output']>;
  previousTitle: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};

export type Recommendation = {
  __typename?: 'Recommendation';
  assessmentId: Scalars['ID']['output'];
  clientId: Scalars['ID']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedById?: Maybe<Scalars['ID']['output']>;
  /** The reason written for the decision log: internal, null for client users. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** Null for client users (the decision log is internal). */
  decisionRecordId?: Maybe<Scalars['ID']['output']>;
  /** The roles accepting (or choosing) this option drafted, oldest first; null for readers who may not read roles (CLIENT users). */
  draftedRoles?: Maybe<Array<Role>>;
  gapId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** What the client reads about the decision. */
  noteToClient?: Maybe<Scalars['String']['output']>;
  option: RecommendationOption;
  /** 1 is the best option for the gap. */
  rank: Scalars['Int']['output'];
  reasons: Array<Reason>;
  rulesetVersion: Scalars['String']['output'];
  /** 0–100. */
  score: Scalars['Int']['output'];
  state: RecommendationState;
};

export type RecommendationFilter = {
  assessmentId?: InputMaybe<Scalars['ID']['input']>;
  gapId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  option?: InputMaybe<RecommendationOption>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<RecommendationState>;
};

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

export type RecruiterDashboard = {
  __typename?: 'RecruiterDashboard';
  /** Consent ends within 30 days, soonest first (at most 20). */
  consentExpiring: Array<Candidate>;
  dueForErasure: Scalars['Int']['output'];
  openRolesByAge: Array<AgeBucket>;
  /** Candidates placed (moved to PLACED) since the start of this month. */
  placementsThisMonth: Scalars['Int']['output'];
};

/** An area of the radar chart: mean current vs mean target of its capabilities. */
export type ReportArea = {
  __typename?: 'ReportArea';
  areaId: Scalars['ID']['output'];
  current?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  target?: Maybe<Scalars['Float']['output']>;
};

/** The anonymity rule applied to this report (k = the threshold). */
export type ReportDisclosure = {
  __typename?: 'ReportDisclosure';
  /** False when fewer than k people answered in all: the report cannot be published. */
  publishable: Scalars['Boolean']['output'];
  /** Per seat, for staff; empty for client users. */
  seats: Array<SeatDisclosure>;
  summary: Scalars['String']['output'];
  threshold: Scalars['Int']['output'];
};

/** Capabilities by respondent seat: where seats disagree. */
export type ReportHeatmap = {
  __typename?: 'ReportHeatmap';
  columns: Array<ReportHeatmapColumn>;
  rows: Array<ReportHeatmapRow>;
};

export type ReportHeatmapCell = {
  __typename?: 'ReportHeatmapCell';
  /** The column's key. */
  column: Scalars['String']['output'];
  current?: Maybe<Scalars['Float']['output']>;
  /** Respondents of the column with a value on the capability. */
  respondents: Scalars['Int']['output'];
};

/** One seat (staff) or one group of seats the client may read ("Other roles"). */
export type ReportHeatmapColumn = {
  __typename?: 'ReportHeatmapColumn';
  /** Fewer respondents than the anonymity threshold: shown to staff only, never published. */
  identifiable: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  respondents: Scalars['Int']['output'];
  seats: Array<RespondentRole>;
};

export type ReportHeatmapRow = {
  __typename?: 'ReportHeatmapRow';
  areaName: Scalars['String']['output'];
  capabilityId: Scalars['ID']['output'];
  capabilityName: Scalars['String']['output'];
  /** One cell per column, in the same order. */
  cells: Array<ReportHeatmapCell>;
};

/** A CLIENT user told when the report is published (in the app and by e-mail). */
export type ReportRecipient = {
  __typename?: 'ReportRecipient';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ReportSummary = {
  __typename?: 'ReportSummary';
  capabilities: Scalars['Int']['output'];
  gaps: Scalars['Int']['output'];
  invited: Scalars['Int']['output'];
  overallCurrent?: Maybe<Scalars['Float']['output']>;
  overallTarget?: Maybe<Scalars['Float']['output']>;
  /** Capabilities with at least one valued answer. */
  scored: Scalars['Int']['output'];
  submitted: Scalars['Int']['output'];
  worstSeverity: Scalars['Float']['output'];
};

export type RequiredSkill = {
  __typename?: 'RequiredSkill';
  /** 1–5 */
  minLevel: Scalars['Int']['output'];
  mustHave: Scalars['Boolean']['output'];
  /** The skill name. */
  skill: Scalars['String']['output'];
  skillId: Scalars['ID']['output'];
  weight: Scalars['Int']['output'];
};

export type RequiredSkillInput = {
  /** 1–5 */
  minLevel: Scalars['Int']['input'];
  mustHave: Scalars['Boolean']['input'];
  skillId: Scalars['ID']['input'];
  /** 1–10: how much the skill counts in the score. */
  weight: Scalars['Int']['input'];
};

export type ResentInvitation = {
  __typename?: 'ResentInvitation';
  /** True when an invitation went out moments ago, so nothing new was sent. */
  repeated: Scalars['Boolean']['output'];
  /** When the invitation that stands was queued: this call, or the recent one it repeats. */
  sentAt: Scalars['DateTime']['output'];
  user: User;
};

/** One page of the questionnaire. */
export type RespondentArea = {
  __typename?: 'RespondentArea';
  capabilities: Array<RespondentCapability>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  questions: Array<RespondentQuestion>;
};

export type RespondentCapability = {
  __typename?: 'RespondentCapability';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What levels 1–5 look like. */
  levels: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

/** What the invitation page needs, and nothing about other respondents. */
export type RespondentInvitation = {
  __typename?: 'RespondentInvitation';
  /** k: the client never reads a breakdown or quote from fewer than k respondents. */
  anonymityThreshold: Scalars['Int']['output'];
  /** The saved draft (or the submitted answers). */
  answers: Array<Answer>;
  areas: Array<RespondentArea>;
  assessmentStatus: AssessmentStatus;
  assessmentTitle: Scalars['String']['output'];
  clientName: Scalars['String']['output'];
  dueDate: Scalars['String']['output'];
  engagementTitle: Scalars['String']['output'];
  estimatedMinutes: Scalars['Int']['output'];
  /** How to answer (the questionnaire's description). */
  instructions: Scalars['String']['output'];
  /** What the assessment looks at (the framework's description). */
  purpose: Scalars['String']['output'];
  questionCount: Scalars['Int']['output'];
  respondentName?: Maybe<Scalars['String']['output']>;
  respondentRole: RespondentRole;
  savedAt?: Maybe<Scalars['DateTime']['output']>;
  status: InvitationStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type RespondentQuestion = {
  __typename?: 'RespondentQuestion';
  allowsDontKnow: Scalars['Boolean']['output'];
  capabilityId: Scalars['ID']['output'];
  helpText?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  options: Array<QuestionOption>;
  prompt: Scalars['String']['output'];
  type: QuestionType;
};

/** The respondent's seat: answers are compared across them. */
export type RespondentRole =
  | 'CTO'
  | 'ENGINEER'
  | 'ENGINEERING_MANAGER'
  | 'OTHER'
  | 'PRODUCT';

export type RespondentRoleProgress = {
  __typename?: 'RespondentRoleProgress';
  invited: Scalars['Int']['output'];
  respondentRole: RespondentRole;
  started: Scalars['Int']['output'];
  submitted: Scalars['Int']['output'];
};

export type ResponseReceipt = {
  __typename?: 'ResponseReceipt';
  /** Questions with an answer (a value, a text or "don't know"). */
  answered: Scalars['Int']['output'];
  questionCount: Scalars['Int']['output'];
  savedAt: Scalars['DateTime']['output'];
  status: InvitationStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** ONE_WAY decisions are costly to walk back; TWO_WAY ones are cheap. */
export type Reversibility =
  | 'ONE_WAY'
  | 'TWO_WAY';

/** Demand: a role an accepted option needs, or one created by hand. */
export type Role = {
  __typename?: 'Role';
  /** Allocation % the role needs. */
  allocation: Scalars['Int']['output'];
  budgetMaxMinor?: Maybe<Scalars['Int']['output']>;
  /** Day-rate band, or yearly salary band when permanent (minor units). */
  budgetMinMinor?: Maybe<Scalars['Int']['output']>;
  client: Client;
  clientId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  durationWeeks?: Maybe<Scalars['Int']['output']>;
  engagement: Engagement;
  engagementId: Scalars['ID']['output'];
  gapId?: Maybe<Scalars['ID']['output']>;
  /** Status of the gap the role came from. */
  gapStatus?: Maybe<GapStatus>;
  id: Scalars['ID']['output'];
  /** Stored matches per stage. */
  matchCounts: Array<MatchStageCount>;
  /** Hours of overlap needed with the client's core hours (0–8). */
  minOverlapHours: Scalars['Int']['output'];
  optionType: RecommendationOption;
  permanent: Scalars['Boolean']['output'];
  recommendationId?: Maybe<Scalars['ID']['output']>;
  requiredSkills: Array<RequiredSkill>;
  seniority: Seniority;
  /** The client's answers to the candidates submitted for this role, counted. */
  shortlistFeedback: ShortlistFeedback;
  /** YYYY-MM-DD */
  startDate?: Maybe<Scalars['String']['output']>;
  status: RoleStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type RoleFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  engagementId?: InputMaybe<Scalars['ID']['input']>;
  gapId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  optionType?: InputMaybe<RecommendationOption>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<RoleStatus>;
};

/** A capability as one respondent role sees it. */
export type RoleScore = {
  __typename?: 'RoleScore';
  current?: Maybe<Scalars['Float']['output']>;
  respondentRole: RespondentRole;
  respondents: Scalars['Int']['output'];
};

export type RoleStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'FILLED'
  | 'OPEN';

/** What happens to one seat in what the client reads, and why. */
export type SeatDisclosure = {
  __typename?: 'SeatDisclosure';
  outcome: Disclosure;
  reason: Scalars['String']['output'];
  respondentRole: RespondentRole;
  respondents: Scalars['Int']['output'];
};

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

/** A role's client answers, counted for the recruiter. */
export type ShortlistFeedback = {
  __typename?: 'ShortlistFeedback';
  answered: Scalars['Int']['output'];
  declined: Scalars['Int']['output'];
  interested: Scalars['Int']['output'];
  notNow: Scalars['Int']['output'];
  /** Reasons of "not now" and "no", most frequent first. */
  reasons: Array<ShortlistReasonCount>;
  submitted: Scalars['Int']['output'];
  /** "2 of 3 declined on budget; 1 asked for an interview"; empty before any answer. */
  summary: Scalars['String']['output'];
};

/** A candidate submitted to the client, as the client reads it: an alias, never the name, contact details, employer, location or CV. CLIENT users see their own client's only. */
export type ShortlistProfile = {
  __typename?: 'ShortlistProfile';
  /** "Candidate K-37": stable, and unique within the role. */
  alias: Scalars['String']['output'];
  /** Share of a full week the candidate can give, in %. */
  allocation: Scalars['Int']['output'];
  /** Null until the client answers. */
  answer?: Maybe<ShortlistAnswer>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** YYYY-MM-DD */
  availableFrom: Scalars['String']['output'];
  /** Why the score is what it is, factor by factor, in words. */
  factors: Array<MatchFactor>;
  /** The match. */
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The rate (day rate, or salary for a permanent role) against the role's budget band, in words. */
  rateAgainstBudget: Scalars['String']['output'];
  reason?: Maybe<ShortlistReason>;
  roleId: Scalars['ID']['output'];
  roleSeniority: Seniority;
  roleTitle: Scalars['String']['output'];
  /** The match score, 0–100. */
  score: Scalars['Float']['output'];
  seniority: Seniority;
  /** The role's skills first, then the rest by level. */
  skills: Array<ShortlistSkill>;
  /** Proposed interview times (with INTERESTED). */
  slots: Array<Scalars['DateTime']['output']>;
  stage: MatchStage;
  submittedAt: Scalars['DateTime']['output'];
  /** The recruiter's summary for the client. */
  summary?: Maybe<Scalars['String']['output']>;
};

export type ShortlistProfileFilter = {
  answer?: InputMaybe<ShortlistAnswer>;
  /** true: only profiles not answered yet; false: only answered ones. */
  awaiting?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
};

/** Why a client answers "not now" or "no". */
export type ShortlistReason =
  | 'AVAILABILITY'
  | 'BUDGET'
  | 'LOCATION_OR_HOURS'
  | 'OTHER'
  | 'SENIORITY'
  | 'SKILLS';

export type ShortlistReasonCount = {
  __typename?: 'ShortlistReasonCount';
  count: Scalars['Int']['output'];
  reason: ShortlistReason;
};

export type ShortlistSkill = {
  __typename?: 'ShortlistSkill';
  /** 1–5 */
  level: Scalars['Int']['output'];
  /** The role's minimum, when the role asks for this skill. */
  minLevel?: Maybe<Scalars['Int']['output']>;
  mustHave: Scalars['Boolean']['output'];
  skill: Scalars['String']['output'];
};

/** Head-count band of a client company. */
export type SizeBand =
  | 'S_1_50'
  | 'S_51_200'
  | 'S_201_1000'
  | 'S_1001_5000'
  | 'S_5000_PLUS';

export type Skill = {
  __typename?: 'Skill';
  /** Other names people type ("k8s" for Kubernetes). */
  aliases: Array<Scalars['String']['output']>;
  category: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type SkillFilter = {
  category?: InputMaybe<Scalars['String']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** A team that covers a specialist-team option’s skills: greedy beside exact (DESIGN §6.4). */
export type SpecialistTeam = {
  __typename?: 'SpecialistTeam';
  /** How far greedy can be from the best, in words. */
  bound: Scalars['String']['output'];
  /** Cap on the members' total cost (minor units); none when null. */
  budgetMinor?: Maybe<Scalars['Float']['output']>;
  /** Candidates the team was chosen from (the ranking’s top N, skills not required of one person). */
  candidatesConsidered: Scalars['Int']['output'];
  exact: TeamChoice;
  greedy: TeamChoice;
  maxSize: Scalars['Int']['output'];
  minSize: Scalars['Int']['output'];
  recommendationId: Scalars['ID']['output'];
  skills: Array<TeamSkill>;
};

/** Who one side of the comparison puts on a role (nobody: candidateId null). */
export type StaffingAssignment = {
  __typename?: 'StaffingAssignment';
  candidateId?: Maybe<Scalars['ID']['output']>;
  /** The candidate's name as it is now. */
  candidateName?: Maybe<Scalars['String']['output']>;
  /** What the budget cap counts for this pair, in minor units of the roles’ currency. */
  costMinor: Scalars['Float']['output'];
  /** Match score, 0–100 (0 when nobody). */
  score: Scalars['Float']['output'];
};

/** One of a role’s best eligible candidates when the plan was solved. */
export type StaffingOption = {
  __typename?: 'StaffingOption';
  candidateId: Scalars['ID']['output'];
  candidateName: Scalars['String']['output'];
  score: Scalars['Float']['output'];
};

export type StaffingPin = {
  __typename?: 'StaffingPin';
  candidateId: Scalars['ID']['output'];
  roleId: Scalars['ID']['output'];
};

export type StaffingPinInput = {
  candidateId: Scalars['ID']['input'];
  roleId: Scalars['ID']['input'];
};

/** Open roles assigned from one pool: the optimal plan beside the greedy one (DESIGN §6.3). */
export type StaffingPlan = {
  __typename?: 'StaffingPlan';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  budgetCapMinor?: Maybe<Scalars['Int']['output']>;
  /** Milliseconds spent ranking the roles’ candidates. */
  candidateListMs?: Maybe<Scalars['Int']['output']>;
  /** Candidates considered per role (the ranking’s top N). */
  candidatesPerRole: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency?: Maybe<Scalars['String']['output']>;
  /** Why the last solve failed, in words. */
  error?: Maybe<Scalars['String']['output']>;
  excludedCandidateIds: Array<Scalars['ID']['output']>;
  /** Greedy’s totals (each role, most urgent first, takes its best remaining candidate). */
  greedy?: Maybe<StaffingPlanSide>;
  id: Scalars['ID']['output'];
  modelVersion?: Maybe<Scalars['String']['output']>;
  pins: Array<StaffingPin>;
  /** The optimal plan’s totals, once solved. */
  plan?: Maybe<StaffingPlanSide>;
  roleIds: Array<Scalars['ID']['output']>;
  /** Each role: the plan’s pick beside greedy’s, and why. Empty until solved. */
  roles: Array<StaffingPlanRole>;
  /** The workflow run of the latest solve (progress, errors). */
  runId?: Maybe<Scalars['ID']['output']>;
  solvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** HUNGARIAN or MILP. */
  solver?: Maybe<Scalars['String']['output']>;
  /** Milliseconds in the solver (optimal and greedy). */
  solverMs?: Maybe<Scalars['Int']['output']>;
  solverVersion?: Maybe<Scalars['String']['output']>;
  status: StaffingPlanStatus;
};

export type StaffingPlanFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StaffingPlanStatus>;
};

/** One role of a plan: the optimal pick beside the greedy one, and why they differ. */
export type StaffingPlanRole = {
  __typename?: 'StaffingPlanRole';
  /** Eligible candidates the solver considered for this role. */
  candidates: Scalars['Int']['output'];
  greedy: StaffingAssignment;
  /** The role’s best five, best first: whom a person may pin or exclude. */
  options: Array<StaffingOption>;
  plan: StaffingAssignment;
  /** Why the plan differs from greedy here, or why the role stays empty; null when both agree. */
  reason?: Maybe<Scalars['String']['output']>;
  roleId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** Totals of one side: the optimal plan or the greedy one. */
export type StaffingPlanSide = {
  __typename?: 'StaffingPlanSide';
  filled: Scalars['Int']['output'];
  totalCostMinor: Scalars['Float']['output'];
  totalScore: Scalars['Float']['output'];
};

/** PENDING while the matching queue solves it → SOLVED → ACCEPTED, or FAILED (with the reason). */
export type StaffingPlanStatus =
  | 'ACCEPTED'
  | 'FAILED'
  | 'PENDING'
  | 'SOLVED';

export type StageCount = {
  __typename?: 'StageCount';
  count: Scalars['Int']['output'];
  stage: EngagementStage;
};

/** A match that has not changed stage for more than a week. */
export type StuckMatch = {
  __typename?: 'StuckMatch';
  candidateId: Scalars['ID']['output'];
  candidateName: Scalars['String']['output'];
  daysInStage: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  roleId: Scalars['ID']['output'];
  roleTitle: Scalars['String']['output'];
  stage: MatchStage;
  stageChangedAt: Scalars['DateTime']['output'];
};

/** The best replacement for a member from outside the team, and what swapping costs. */
export type TeamAlternative = {
  __typename?: 'TeamAlternative';
  candidateId: Scalars['ID']['output'];
  candidateName: Scalars['String']['output'];
  /** Share of the weighted coverage lost (0–1); 0 = the same coverage. */
  coverageLoss: Scalars['Float']['output'];
  /** Match score lost (negative: gained). */
  scoreLoss: Scalars['Float']['output'];
};

/** One team: greedy set cover or the exact programme. */
export type TeamChoice = {
  __typename?: 'TeamChoice';
  /** YYYY-MM-DD: the day the whole team can start. */
  availableFrom?: Maybe<Scalars['String']['output']>;
  /** Covered weight ÷ total weight, 0–1. */
  coverage: Scalars['Float']['output'];
  members: Array<TeamMember>;
  /** Hours of a 09:00–17:00 local day every member shares. */
  sharedHours: Scalars['Float']['output'];
  skills: Array<TeamSkillCoverage>;
  totalCostMinor: Scalars['Float']['output'];
  totalScore: Scalars['Float']['output'];
  uncovered: Array<Scalars['String']['output']>;
};

export type TeamMember = {
  __typename?: 'TeamMember';
  alternative?: Maybe<TeamAlternative>;
  candidateId: Scalars['ID']['output'];
  candidateName: Scalars['String']['output'];
  costMinor: Scalars['Float']['output'];
  /** What the member brings and who would replace them, in words. */
  explanation: Scalars['String']['output'];
  score: Scalars['Float']['output'];
  /** Skills only this member covers in the team. */
  uniqueSkills: Array<Scalars['String']['output']>;
};

/** A skill the team must cover, at a minimum level, with its weight. */
export type TeamSkill = {
  __typename?: 'TeamSkill';
  minLevel: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  skillId: Scalars['ID']['output'];
  weight: Scalars['Float']['output'];
};

/** Who covers a skill in a team (empty: uncovered). */
export type TeamSkillCoverage = {
  __typename?: 'TeamSkillCoverage';
  /** Best level first. */
  coveredBy: Array<TeamSkillCoverer>;
  minLevel: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  skillId: Scalars['ID']['output'];
};

export type TeamSkillCoverer = {
  __typename?: 'TeamSkillCoverer';
  candidateId: Scalars['ID']['output'];
  candidateName: Scalars['String']['output'];
  level: Scalars['Int']['output'];
};

export type TrendPoint = {
  __typename?: 'TrendPoint';
  assessmentId: Scalars['ID']['output'];
  current?: Maybe<Scalars['Float']['output']>;
  scoredAt?: Maybe<Scalars['DateTime']['output']>;
  target: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type Urgency =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  client?: Maybe<Client>;
  /** The client a CLIENT user belongs to. */
  clientId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  role: UserRole;
  updatedAt: Scalars['DateTime']['output'];
};

export type UserFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  createdAt_gt?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_gte?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_lt?: InputMaybe<Scalars['DateTime']['input']>;
  createdAt_lte?: InputMaybe<Scalars['DateTime']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<UserRole>;
};

/** What a user may do; CLIENT users are bound to one client. */
export type UserRole =
  | 'ADMIN'
  | 'CLIENT'
  | 'CONSULTANT'
  | 'RECRUITER';

export type UserSummary = {
  __typename?: 'UserSummary';
  active: Scalars['Boolean']['output'];
  /** The client a CLIENT user belongs to. */
  clientId?: Maybe<Scalars['ID']['output']>;
  /** Null for CLIENT readers, except their own. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: UserRole;
};

/** One run of a background workflow, with its progress. */
export type WorkflowRun = {
  __typename?: 'WorkflowRun';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  currentStep?: Maybe<Scalars['String']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** 0–100 */
  progress: Scalars['Int']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: WorkflowStatus;
  subjectId: Scalars['ID']['output'];
  subjectType: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type WorkflowRunFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free-text search (which fields depends on the resource). */
  q?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<WorkflowStatus>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
};

export type WorkflowStatus =
  | 'FAILED'
  | 'PENDING'
  | 'RUNNING'
  | 'SUCCEEDED';
