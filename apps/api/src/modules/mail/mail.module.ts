import { Module } from '@nestjs/common';
import { InvitationEmailService } from './invitation-email.service.js';
import { MailerService } from './mailer.service.js';
import { ReportEmailService } from './report-email.service.js';
import { SetPasswordEmailService } from './set-password-email.service.js';

/** E-mail: the mailer and the messages built from records (set-password, invitations, reminders, scored, report published). */
@Module({
  providers: [MailerService, SetPasswordEmailService, InvitationEmailService, ReportEmailService],
  exports: [MailerService, SetPasswordEmailService, InvitationEmailService, ReportEmailService],
})
export class MailModule {}
