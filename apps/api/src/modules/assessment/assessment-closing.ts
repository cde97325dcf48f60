import { AssessmentStatus, InvitationStatus, OutboxEventType, QueueName } from '@orchestra/shared';
import { Not, type EntityManager } from 'typeorm';
import type { OutboxService } from '../../core/queue/outbox.service.js';
import { Assessment, Invitation } from './assessment.entities.js';

/** The end of the due date (UTC), when an assessment still open closes by itself. */
export function dueRunAt(dueDate: string): string {
  return `${dueDate}T23:59:59.000Z`;
}

/** Cancels the assessment's pending reminder and due-date jobs (through the outbox). */
export async function cancelScheduledJobs(m: EntityManager, outbox: OutboxService, assessment: Assessment): Promise<void> {
  for (const jobId of assessment.reminderEventIds) await outbox.add(m, OutboxEventType.JOB_CANCELLED, { queue: QueueName.NOTIFICATION, jobId });
  if (assessment.dueEventId) await outbox.add(m, OutboxEventType.JOB_CANCELLED, { queue: QueueName.ASSESSMENT, jobId: assessment.dueEventId });
  assessment.reminderEventIds = [];
  assessment.dueEventId = null;
}

/**
 * Closes an open assessment in the caller's transaction: no more answers, unanswered invitations
 * expire, scheduled jobs are cancelled, and the outbox starts the finalise workflow.
 */
export async function closeAssessmentRecord(m: EntityManager, outbox: OutboxService, assessment: Assessment, reason: string | null): Promise<void> {
  assessment.status = AssessmentStatus.CLOSED;
  assessment.closedAt = new Date();
  assessment.closeReason = reason;
  await cancelScheduledJobs(m, outbox, assessment);
  await m.update(Invitation, { assessmentId: assessment.id, status: Not(InvitationStatus.SUBMITTED) }, { status: InvitationStatus.EXPIRED });
  await m.save(assessment);
  await outbox.add(m, OutboxEventType.ASSESSMENT_CLOSED, { assessmentId: assessment.id });
}
