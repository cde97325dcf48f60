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
  /** notification: e-mail a set-password link to a newly created user. */
  SEND_SET_PASSWORD_EMAIL: 'send-set-password-email',
  /** maintenance: re-enqueue outbox events whose job went missing (Redis lost). */
  RECONCILE_OUTBOX: 'reconcile-outbox',
  /** maintenance (delayed to the revisit date): remind an engagement owner to revisit a decision. */
  DECISION_REVISIT: 'decision-revisit',
  /** notification: e-mail an assessment invitation with a fresh link (re-sending revokes older links). */
  SEND_INVITATION_EMAIL: 'send-invitation-email',
  /** notification (delayed, days before the due date): remind invitees who have not submitted. */
  SEND_ASSESSMENT_REMINDERS: 'send-assessment-reminders',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** Payload of each job, by job name. Every job carries the outbox event that caused it. */
export interface JobPayloads {
  [JobName.SEND_SET_PASSWORD_EMAIL]: { outboxEventId: string; userId: string };
  [JobName.RECONCILE_OUTBOX]: Record<string, never>;
  [JobName.DECISION_REVISIT]: { outboxEventId: string; decisionRecordId: string };
  [JobName.SEND_INVITATION_EMAIL]: { outboxEventId: string; invitationId: string; rotate: boolean };
  [JobName.SEND_ASSESSMENT_REMINDERS]: { outboxEventId: string; assessmentId: string; daysBefore: number };
}

/** Outbox event types and the job each one becomes. */
export const OutboxEventType = {
  USER_INVITED: 'user.invited',
  DECISION_REVISIT_SCHEDULED: 'decision.revisit-scheduled',
  INVITATION_EMAIL_REQUESTED: 'invitation.email-requested',
  ASSESSMENT_REMINDER_SCHEDULED: 'assessment.reminder-scheduled',
  /** Not a job: the relay removes a scheduled job (payload { queue, jobId }) and closes its event. */
  JOB_CANCELLED: 'job.cancelled',
} as const;
export type OutboxEventType = (typeof OutboxEventType)[keyof typeof OutboxEventType];

/**
 * The job each event becomes. An event whose payload has `runAt` (ISO time) becomes a delayed job
 * that runs then.
 */
export const OUTBOX_ROUTES: Readonly<Record<Exclude<OutboxEventType, typeof OutboxEventType.JOB_CANCELLED>, { queue: QueueName; job: JobName }>> = {
  [OutboxEventType.USER_INVITED]: { queue: QueueName.NOTIFICATION, job: JobName.SEND_SET_PASSWORD_EMAIL },
  [OutboxEventType.DECISION_REVISIT_SCHEDULED]: { queue: QueueName.MAINTENANCE, job: JobName.DECISION_REVISIT },
  [OutboxEventType.INVITATION_EMAIL_REQUESTED]: { queue: QueueName.NOTIFICATION, job: JobName.SEND_INVITATION_EMAIL },
  [OutboxEventType.ASSESSMENT_REMINDER_SCHEDULED]: { queue: QueueName.NOTIFICATION, job: JobName.SEND_ASSESSMENT_REMINDERS },
};

/** Reminders go this many days before an assessment's due date (DESIGN §7). */
export const REMINDER_DAYS_BEFORE_DUE = [3, 1] as const;

/** An invitation link works until this many days after the due date. */
export const INVITATION_GRACE_DAYS = 7;

/** When a decision's revisit reminder runs: its revisit date (YYYY-MM-DD) at `hourUtc`:00 UTC. */
export function revisitRunAt(revisitDate: string, hourUtc: number): string {
  return `${revisitDate}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`;
}
