import { ownValue } from './objects.js';
import { FINALISE_STEPS, finaliseStepOf, type FinaliseStep } from './workflow.js';

/** One BullMQ queue per concern (DESIGN §7). Jobs carry ids, never personal data. */
export const QueueName = {
  ASSESSMENT: 'assessment',
  MATCHING: 'matching',
  NOTIFICATION: 'notification',
  MAINTENANCE: 'maintenance',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];
export const QUEUE_NAMES: readonly QueueName[] = Object.values(QueueName);

export const JobName = {
  /** notification: e-mail a set-password link to a newly created user, or a reset link (`reset`) to one who asked. */
  SEND_SET_PASSWORD_EMAIL: 'send-set-password-email',
  /** maintenance: re-enqueue outbox events whose job went missing (Redis lost). */
  RECONCILE_OUTBOX: 'reconcile-outbox',
  /** maintenance (delayed to the revisit date): remind an engagement owner to revisit a decision. */
  DECISION_REVISIT: 'decision-revisit',
  /** notification: e-mail an assessment invitation with a fresh link (re-sending revokes older links). */
  SEND_INVITATION_EMAIL: 'send-invitation-email',
  /** notification (delayed, days before the due date): remind invitees who have not submitted. */
  SEND_ASSESSMENT_REMINDERS: 'send-assessment-reminders',
  /** assessment (delayed to the end of the due date): close an assessment still open, which finalises it. */
  CLOSE_DUE_ASSESSMENT: 'close-due-assessment',
  /**
   * assessment: create the WorkflowRun of a closed assessment and add its finalise flow. The
   * worker's outbox relay runs it itself as it relays the event (no queue hop); a job of this name
   * is one queued by an earlier release.
   */
  START_FINALISE: 'start-finalise',
  /** notification: tell the engagement owner the assessment is scored. */
  SEND_ASSESSMENT_SCORED_EMAIL: 'send-assessment-scored-email',
  /** matching (debounced per role): recompute a role's stored matches. */
  RECOMPUTE_ROLE_MATCHES: 'recompute-role-matches',
  /** matching (debounced per candidate): recompute the open roles a changed candidate may affect. */
  RECOMPUTE_CANDIDATE_MATCHES: 'recompute-candidate-matches',
  /** maintenance (daily): erase candidates past the retention period, tell recruiters who is next. */
  CANDIDATE_RETENTION: 'candidate-retention',
  /** notification: tell one CLIENT user that a report of their client is published. */
  SEND_REPORT_PUBLISHED_EMAIL: 'send-report-published-email',
  /** maintenance (daily): delete audit entries older than the retention period. */
  AUDIT_RETENTION: 'audit-retention',
  /** matching: rank each role's candidates and solve a staffing plan (beside the greedy one). */
  SOLVE_STAFFING_PLAN: 'solve-staffing-plan',
  /** notification: tell the recruiter who submitted a candidate how the client answered. */
  SEND_SHORTLIST_ANSWER_EMAIL: 'send-shortlist-answer-email',
  /** maintenance (delayed to the period's due time, or at once on close): draft an engagement's next assessment. */
  DRAFT_REASSESSMENT: 'draft-reassessment',
} as const;
/** A job's name: one of JobName, or a finalise step (FINALISE_STEPS names those, once). */
export type JobName = (typeof JobName)[keyof typeof JobName] | FinaliseStep;

/** What each queue does, in words (the queues page shows these, never the Redis names). */
export const QUEUE_LABELS: Readonly<Record<QueueName, string>> = {
  assessment: 'Assessments and scoring',
  matching: 'Matching',
  notification: 'E-mails',
  maintenance: 'Maintenance',
};

/** What each job does, in words; the finalise steps by their progress labels. */
export const JOB_LABELS: Readonly<Record<JobName, string>> = {
  'send-set-password-email': 'Send a set-password e-mail',
  'reconcile-outbox': 'Re-send lost background work',
  'decision-revisit': 'Remind to revisit a decision',
  'send-invitation-email': 'Send an assessment invitation',
  'send-assessment-reminders': 'Send assessment reminders',
  'close-due-assessment': 'Close an assessment on its due date',
  'start-finalise': 'Start scoring an assessment',
  'send-assessment-scored-email': 'Tell the owner an assessment is scored',
  'recompute-role-matches': 'Recompute a role’s matches',
  'recompute-candidate-matches': 'Recompute matches for a changed candidate',
  'candidate-retention': 'Erase candidates past retention',
  'send-report-published-email': 'Tell a client a report is published',
  'audit-retention': 'Delete audit entries past retention',
  'solve-staffing-plan': 'Solve a staffing plan',
  'send-shortlist-answer-email': 'Tell a recruiter how the client answered',
  'draft-reassessment': 'Draft the next re-assessment',
  ...(Object.fromEntries(FINALISE_STEPS.map((s) => [s.step, s.label])) as Record<FinaliseStep, string>),
};

/** A queue's or a job's name in words; a name this version does not know (an older job) as it is. */
export function queueLabel(name: string): string {
  return ownValue<string>(QUEUE_LABELS, name) ?? name;
}
export function jobLabel(name: string): string {
  return ownValue<string>(JOB_LABELS, finaliseStepOf(name) ?? name) ?? name;
}

/** Payload of each job, by job name. Every job carries the outbox event that caused it. */
export interface JobPayloads extends Record<FinaliseStep, FinaliseStepPayload> {
  [JobName.SEND_SET_PASSWORD_EMAIL]: { outboxEventId: string; userId: string; reset?: boolean };
  [JobName.RECONCILE_OUTBOX]: Record<string, never>;
  [JobName.DECISION_REVISIT]: { outboxEventId: string; decisionRecordId: string };
  [JobName.SEND_INVITATION_EMAIL]: { outboxEventId: string; invitationId: string; rotate: boolean };
  [JobName.SEND_ASSESSMENT_REMINDERS]: { outboxEventId: string; assessmentId: string; daysBefore: number };
  [JobName.CLOSE_DUE_ASSESSMENT]: { outboxEventId: string; assessmentId: string };
  [JobName.START_FINALISE]: { outboxEventId: string; assessmentId: string; runId?: string; attempt?: number };
  [JobName.SEND_ASSESSMENT_SCORED_EMAIL]: { outboxEventId: string; assessmentId: string };
  [JobName.RECOMPUTE_ROLE_MATCHES]: { outboxEventId?: string; roleId: string };
  [JobName.RECOMPUTE_CANDIDATE_MATCHES]: { outboxEventId?: string; candidateId: string };
  [JobName.CANDIDATE_RETENTION]: Record<string, never>;
  [JobName.SEND_REPORT_PUBLISHED_EMAIL]: { outboxEventId: string; assessmentId: string; userId: string };
  [JobName.AUDIT_RETENTION]: Record<string, never>;
  [JobName.SOLVE_STAFFING_PLAN]: { outboxEventId: string; planId: string };
  [JobName.SEND_SHORTLIST_ANSWER_EMAIL]: { outboxEventId: string; matchId: string; userId: string };
  [JobName.DRAFT_REASSESSMENT]: { outboxEventId: string; engagementId: string; period: string };
}

/**
 * The record a job is about, by the payload field that names it: the first field present wins
 * (a finalise step names its run and its assessment; the assessment is what a person knows).
 * Subject types are GraphQL type names, so the admin links to `/<type>/<id>`.
 */
export const JOB_SUBJECT_FIELDS = [
  ['planId', 'StaffingPlan'],
  ['roleId', 'Role'],
  ['candidateId', 'Candidate'],
  ['decisionRecordId', 'DecisionRecord'],
  ['invitationId', 'Invitation'],
  ['assessmentId', 'Assessment'],
  ['engagementId', 'Engagement'],
  ['userId', 'User'],
] as const;
export type JobSubjectType = (typeof JOB_SUBJECT_FIELDS)[number][1];
/** The subject types in words (GraphQL type names are not). */
export const JOB_SUBJECT_LABELS: Readonly<Record<JobSubjectType, string>> = {
  StaffingPlan: 'Staffing plan',
  Role: 'Role',
  Candidate: 'Candidate',
  DecisionRecord: 'Decision',
  Invitation: 'Invitation',
  Assessment: 'Assessment',
  Engagement: 'Engagement',
  User: 'User',
};

export function jobSubject(data: unknown): { type: JobSubjectType; id: string } | null {
  if (typeof data !== 'object' || data === null) return null;
  for (const [field, type] of JOB_SUBJECT_FIELDS) {
    const id = (data as Record<string, unknown>)[field];
    if (typeof id === 'string' && id) return { type, id };
  }
  return null;
}

/** Every step of a finalise flow knows its run and its assessment; the data is in Postgres. */
export interface FinaliseStepPayload {
  runId: string;
  assessmentId: string;
}

/** Outbox event types and the job each one becomes. */
export const OutboxEventType = {
  USER_INVITED: 'user.invited',
  /** "Forgot password?" for an active user: e-mail a reset link (same single-use tokens as an invitation). */
  PASSWORD_RESET_REQUESTED: 'user.password-reset-requested',
  DECISION_REVISIT_SCHEDULED: 'decision.revisit-scheduled',
  INVITATION_EMAIL_REQUESTED: 'invitation.email-requested',
  ASSESSMENT_REMINDER_SCHEDULED: 'assessment.reminder-scheduled',
  ASSESSMENT_DUE_SCHEDULED: 'assessment.due-scheduled',
  /** Closed (by a consultant or the due date): finalise it. Also written to retry a failed run. */
  ASSESSMENT_CLOSED: 'assessment.closed',
  ASSESSMENT_SCORED: 'assessment.scored',
  /** A role's requirements changed (or it was created): recompute its stored matches. */
  ROLE_CHANGED: 'role.changed',
  /** A candidate was created, changed or merged: recompute the open roles' matches. */
  CANDIDATE_CHANGED: 'candidate.changed',
  /** A report was published: one event per CLIENT user of the client, each one e-mail. */
  REPORT_PUBLISHED: 'report.published',
  /** A staffing plan was asked for, or asked again: solve it. */
  STAFFING_PLAN_REQUESTED: 'staffing-plan.requested',
  /** A client answered a shortlisted profile: e-mail the recruiter who submitted it. */
  SHORTLIST_ANSWERED: 'shortlist.answered',
  /** An engagement's re-assessment is due (delayed to `runAt`, or at once when it closes): draft it. */
  REASSESSMENT_DUE: 'engagement.reassessment-due',
  /** Not a job: the relay removes a scheduled job (payload { queue, jobId }) and closes its event. */
  JOB_CANCELLED: 'job.cancelled',
} as const;
export type OutboxEventType = (typeof OutboxEventType)[keyof typeof OutboxEventType];

/**
 * What each outbox event carries (ids and scheduling only, never personal data). The relay adds
 * `outboxEventId` and passes the rest to the event's job; `runAt` (ISO time) delays it.
 */
export interface OutboxPayloads {
  [OutboxEventType.USER_INVITED]: { userId: string };
  [OutboxEventType.PASSWORD_RESET_REQUESTED]: { userId: string; reset: true };
  [OutboxEventType.DECISION_REVISIT_SCHEDULED]: { decisionRecordId: string; runAt: string };
  [OutboxEventType.INVITATION_EMAIL_REQUESTED]: { invitationId: string; rotate: boolean };
  [OutboxEventType.ASSESSMENT_REMINDER_SCHEDULED]: { assessmentId: string; daysBefore: number; runAt: string };
  [OutboxEventType.ASSESSMENT_DUE_SCHEDULED]: { assessmentId: string; runAt: string };
  [OutboxEventType.ASSESSMENT_CLOSED]: { assessmentId: string; runId?: string; attempt?: number };
  [OutboxEventType.ASSESSMENT_SCORED]: { assessmentId: string };
  [OutboxEventType.ROLE_CHANGED]: { roleId: string };
  [OutboxEventType.CANDIDATE_CHANGED]: { candidateId: string };
  [OutboxEventType.REPORT_PUBLISHED]: { assessmentId: string; userId: string };
  [OutboxEventType.STAFFING_PLAN_REQUESTED]: { planId: string };
  [OutboxEventType.SHORTLIST_ANSWERED]: { matchId: string; userId: string };
  [OutboxEventType.REASSESSMENT_DUE]: { engagementId: string; period: string; runAt?: string };
  [OutboxEventType.JOB_CANCELLED]: { queue: QueueName; jobId: string };
}

/**
 * The job each event becomes. An event whose payload has `runAt` (ISO time) becomes a delayed job
 * that runs then. A job the worker registers as inline (start-finalise) is run by the relay itself.
 */
export const OUTBOX_ROUTES: Readonly<Record<Exclude<OutboxEventType, typeof OutboxEventType.JOB_CANCELLED>, { queue: QueueName; job: JobName }>> = {
  [OutboxEventType.USER_INVITED]: { queue: QueueName.NOTIFICATION, job: JobName.SEND_SET_PASSWORD_EMAIL },
  [OutboxEventType.PASSWORD_RESET_REQUESTED]: { queue: QueueName.NOTIFICATION, job: JobName.SEND_SET_PASSWORD_EMAIL },
  [OutboxEventType.DECISION_REVISIT_SCHEDULED]: { queue: QueueName.MAINTENANCE, job: JobName.DECISION_REVISIT },
  [OutboxEventType.INVITATION_EMAIL_REQUESTED]: { queue: QueueName.NOTIFICATION, job: JobName.SEND_INVITATION_EMAIL },
  [OutboxEventType.ASSESSMENT_REMINDER_SCHEDULED]: { queue: QueueName.NOTIFICATION, job: JobName.SEND_ASSESSMENT_REMINDERS },
  [OutboxEventType.ASSESSMENT_DUE_SCHEDULED]: { queue: QueueName.ASSESSMENT, job: JobName.CLOSE_DUE_ASSESSMENT },
  [OutboxEventType.ASSESSMENT_CLOSED]: { queue: QueueName.ASSESSMENT, job: JobName.START_FINALISE },
  [OutboxEventType.ASSESSMENT_SCORED]: { queue: QueueName.NOTIFICATION, job: JobName.SEND_ASSESSMENT_SCORED_EMAIL },
  [OutboxEventType.ROLE_CHANGED]: { queue: QueueName.MATCHING, job: JobName.RECOMPUTE_ROLE_MATCHES },
  [OutboxEventType.CANDIDATE_CHANGED]: { queue: QueueName.MATCHING, job: JobName.RECOMPUTE_CANDIDATE_MATCHES },
  [OutboxEventType.REPORT_PUBLISHED]: { queue: QueueName.NOTIFICATION, job: JobName.SEND_REPORT_PUBLISHED_EMAIL },
  [OutboxEventType.STAFFING_PLAN_REQUESTED]: { queue: QueueName.MATCHING, job: JobName.SOLVE_STAFFING_PLAN },
  [OutboxEventType.SHORTLIST_ANSWERED]: { queue: QueueName.NOTIFICATION, job: JobName.SEND_SHORTLIST_ANSWER_EMAIL },
  [OutboxEventType.REASSESSMENT_DUE]: { queue: QueueName.MAINTENANCE, job: JobName.DRAFT_REASSESSMENT },
};

/**
 * Events whose jobs are debounced (BullMQ deduplication): the payload field that names the
 * subject. A burst of changes to one role or candidate becomes one job, run after the quiet period.
 */
export const OUTBOX_DEBOUNCED: Readonly<Partial<Record<OutboxEventType, string>>> = {
  [OutboxEventType.ROLE_CHANGED]: 'roleId',
  [OutboxEventType.CANDIDATE_CHANGED]: 'candidateId',
};

/** Reminders go this many days before an assessment's due date (DESIGN §7). */
export const REMINDER_DAYS_BEFORE_DUE = [3, 1] as const;

/** An invitation link works until this many days after the due date. */
export const INVITATION_GRACE_DAYS = 7;

/** When a decision's revisit reminder runs: its revisit date (YYYY-MM-DD) at `hourUtc`:00 UTC. */
export function revisitRunAt(revisitDate: string, hourUtc: number): string {
  return `${revisitDate}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`;
}
