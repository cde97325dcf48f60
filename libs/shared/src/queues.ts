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
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** Payload of each job, by job name. Every job carries the outbox event that caused it. */
export interface JobPayloads {
  [JobName.SEND_SET_PASSWORD_EMAIL]: { outboxEventId: string; userId: string };
  [JobName.RECONCILE_OUTBOX]: Record<string, never>;
}

/** Outbox event types and the job each one becomes. */
export const OutboxEventType = {
  USER_INVITED: 'user.invited',
} as const;
export type OutboxEventType = (typeof OutboxEventType)[keyof typeof OutboxEventType];

export const OUTBOX_ROUTES: Readonly<Record<OutboxEventType, { queue: QueueName; job: JobName }>> = {
  [OutboxEventType.USER_INVITED]: { queue: QueueName.NOTIFICATION, job: JobName.SEND_SET_PASSWORD_EMAIL },
};
