import { Module } from '@nestjs/common';
import { InvitationEmailService } from './invitation-email.service.js';
import { MailerService } from './mailer.service.js';
import { SetPasswordEmailService } from './set-password-email.service.js';

/** E-mail: the mailer and the messages built from records (set-password, invitations, reminders, scored). */
@Module({
  providers: [MailerService, SetPasswordEmailService, InvitationEmailService],
  exports: [MailerService, SetPasswordEmailService, InvitationEmailService],
})
export class MailModule {}
