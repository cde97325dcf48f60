import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobName, QueueName } from '@orchestra/shared';
import { UnrecoverableError, type Job } from 'bullmq';
import { payloadOf, runJob } from '../../../core/queue/job-payloads.js';
import { WORKER_OPTIONS } from '../../../core/queue/worker-options.js';
import { InvitationEmailService } from '../invitation-email.service.js';
import { ReportEmailService } from '../report-email.service.js';
import { SetPasswordEmailService } from '../set-password-email.service.js';
import { ShortlistEmailService } from '../shortlist-email.service.js';

@Processor(QueueName.NOTIFICATION, WORKER_OPTIONS)
export class NotificationProcessor extends WorkerHost {
  constructor(
    private readonly setPasswordEmail: SetPasswordEmailService,
    private readonly invitationEmail: InvitationEmailService,
    private readonly reportEmail: ReportEmailService,
    private readonly shortlistEmail: ShortlistEmailService,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return runJob(job, () => this.run(job));
  }

  private async run(job: Job): Promise<unknown> {
    switch (job.name) {
      case JobName.SEND_SET_PASSWORD_EMAIL: {
        const { outboxEventId, userId, reset } = payloadOf(job, JobName.SEND_SET_PASSWORD_EMAIL);
        return { outcome: await this.setPasswordEmail.send(outboxEventId, userId, reset ?? false) };
      }
      case JobName.SEND_INVITATION_EMAIL: {
        const { outboxEventId, invitationId, rotate } = payloadOf(job, JobName.SEND_INVITATION_EMAIL);
        return { outcome: await this.invitationEmail.sendInvitation(outboxEventId, invitationId, rotate) };
      }
      case JobName.SEND_ASSESSMENT_REMINDERS: {
        const { outboxEventId, assessmentId, daysBefore } = payloadOf(job, JobName.SEND_ASSESSMENT_REMINDERS);
        return this.invitationEmail.sendReminders(outboxEventId, assessmentId, daysBefore);
      }
      case JobName.SEND_ASSESSMENT_SCORED_EMAIL: {
        const { outboxEventId, assessmentId } = payloadOf(job, JobName.SEND_ASSESSMENT_SCORED_EMAIL);
        return { outcome: await this.invitationEmail.sendScored(outboxEventId, assessmentId) };
      }
      case JobName.SEND_REPORT_PUBLISHED_EMAIL: {
        const { outboxEventId, assessmentId, userId } = payloadOf(job, JobName.SEND_REPORT_PUBLISHED_EMAIL);
        return { outcome: await this.reportEmail.sendPublished(outboxEventId, assessmentId, userId) };
      }
      case JobName.SEND_SHORTLIST_ANSWER_EMAIL: {
        const { outboxEventId, matchId, userId } = payloadOf(job, JobName.SEND_SHORTLIST_ANSWER_EMAIL);
        return { outcome: await this.shortlistEmail.sendAnswer(outboxEventId, matchId, userId) };
      }
      default:
        throw new UnrecoverableError(`Unknown notification job ${job.name}`);
    }
  }
}
