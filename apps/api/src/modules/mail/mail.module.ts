import { Module } from '@nestjs/common';
import { InvitationEmailService } from './invitation-email.service.js';
import { MailerService } from './mailer.service.js';
import { ReportEmailService } from './report-email.service.js';
import { ShortlistEmailService } from './shortlist-email.service.js';
import { SetPasswordEmailService } from './set-password-email.service.js';

/** E-mail: the mailer and the messages built from records (set-password, invitations, reminders, scored, report published, a client's answer to a shortlisted candidate). */
@Module({
  providers: [MailerService, SetPasswordEmailService, InvitationEmailService, ReportEmailService, ShortlistEmailService],
  exports: [MailerService, SetPasswordEmailService, InvitationEmailService, ReportEmailService, ShortlistEmailService],
})
export class MailModule {}
