import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobName, QueueName, type JobPayloads } from '@orchestra/shared';
import { UnrecoverableError, type Job } from 'bullmq';
import { WORKER_OPTIONS } from '../../core/queue/queue.module.js';
import { InvitationEmailService } from './invitation-email.service.js';
import { SetPasswordEmailService } from './set-password-email.service.js';

@Processor(QueueName.NOTIFICATION, WORKER_OPTIONS)
export class NotificationProcessor extends WorkerHost {
  constructor(
    private readonly setPasswordEmail: SetPasswordEmailService,
    private readonly invitationEmail: InvitationEmailService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JobName.SEND_SET_PASSWORD_EMAIL: {
        const { outboxEventId, userId } = job.data as JobPayloads[typeof JobName.SEND_SET_PASSWORD_EMAIL];
        if (!outboxEventId || !userId) throw new UnrecoverableError('send-set-password-email needs outboxEventId and userId');
        return { outcome: await this.setPasswordEmail.send(outboxEventId, userId) };
      }
      case JobName.SEND_INVITATION_EMAIL: {
        const { outboxEventId, invitationId, rotate } = job.data as JobPayloads[typeof JobName.SEND_INVITATION_EMAIL];
        if (!outboxEventId || !invitationId) throw new UnrecoverableError('send-invitation-email needs outboxEventId and invitationId');
        return { outcome: await this.invitationEmail.sendInvitation(outboxEventId, invitationId, rotate === true) };
      }
      case JobName.SEND_ASSESSMENT_REMINDERS: {
        const { outboxEventId, assessmentId, daysBefore } = job.data as JobPayloads[typeof JobName.SEND_ASSESSMENT_REMINDERS];
        if (!outboxEventId || !assessmentId) throw new UnrecoverableError('send-assessment-reminders needs outboxEventId and assessmentId');
        return this.invitationEmail.sendReminders(outboxEventId, assessmentId, Number(daysBefore));
      }
      case JobName.SEND_ASSESSMENT_SCORED_EMAIL: {
        const { outboxEventId, assessmentId } = job.data as JobPayloads[typeof JobName.SEND_ASSESSMENT_SCORED_EMAIL];
        if (!outboxEventId || !assessmentId) throw new UnrecoverableError('send-assessment-scored-email needs outboxEventId and assessmentId');
        return { outcome: await this.invitationEmail.sendScored(outboxEventId, assessmentId) };
      }
      default:
        throw new UnrecoverableError(`Unknown notification job ${job.name}`);
    }
  }
}
