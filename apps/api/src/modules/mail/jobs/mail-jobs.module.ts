import { Module } from '@nestjs/common';
import { MailModule } from '../mail.module.js';
import { NotificationProcessor } from './notification.processor.js';

/** The `notification` queue's processor (the worker process only). */
@Module({
  imports: [MailModule],
  providers: [NotificationProcessor],
})
export class MailJobsModule {}
