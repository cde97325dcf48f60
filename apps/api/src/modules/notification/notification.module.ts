import { Module } from '@nestjs/common';
import { MailerService } from './mailer.service.js';
import { NotificationProcessor } from './notification.processor.js';
import { InvitationEmailService } from './invitation-email.service.js';
import { SetPasswordEmailService } from './set-password-email.service.js';

/** Worker-only: e-mail and (later) in-app notifications. */
@Module({
  providers: [MailerService, SetPasswordEmailService, InvitationEmailService, NotificationProcessor],
  exports: [MailerService],
})
export class NotificationModule {}
