import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InboxService } from './inbox.service.js';
import { Notification } from './notification.entity.js';

/** In-app notifications: written by the worker (e.g. an assessment scored), read by their user. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  providers: [InboxService],
  exports: [InboxService],
})
export class InboxModule {}
