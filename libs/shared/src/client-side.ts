import { AssessmentStatus, InvitationStatus } from './assessment.js';
import { formatDay, isoDay } from './dates.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What closing an open assessment leaves behind, in sentences for the confirmation: drafts in
 * progress and invitations nobody started are not counted. Empty when everyone submitted.
 */
export function closeOutstanding(progress: { invited: number; started: number; submitted: number }): string[] {
  const notStarted = Math.max(0, progress.invited - progress.started - progress.submitted);
  return [
    progress.started ? `${count(progress.started, 'draft in progress', 'drafts in progress')} will not be counted.` : '',
    notStarted ? `${count(notStarted, 'invitation was', 'invitations were')} not started.` : '',
  ].filter(Boolean);
}

/**
 * Why a client user's invitation can no longer be answered, in words ("Closed on 4 December 2026
 * before your draft was submitted"); null while it is open or once submitted.
 */
export function closedInvitationNote(i: { status: InvitationStatus; assessmentStatus: AssessmentStatus; closedAt: Date | string | null; startedAt: Date | string | null }): string | null {
  if (i.status === InvitationStatus.SUBMITTED || i.assessmentStatus === AssessmentStatus.OPEN || i.assessmentStatus === AssessmentStatus.DRAFT) return null;
  const on = i.closedAt ? `Closed on ${formatDay(isoDay(new Date(i.closedAt)))}` : 'Closed';
  return i.startedAt ? `${on} before your draft was submitted: it was not counted.` : `${on} — you had not started.`;
}

/** Who a published report notifies, in words for the publish confirmation. */
export function recipientsSentence(recipients: readonly { name: string }[]): string {
  if (!recipients.length) return 'Nobody is notified: the client has no signed-in users yet. They can read it once they have an account.';
  const names = recipients.map((r) => r.name);
  const list = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  return `${count(recipients.length, 'person', 'people')} at the client will get an e-mail and a notification: ${list}.`;
}
