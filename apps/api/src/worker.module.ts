import { Module } from '@nestjs/common';
import { CoreModule } from './core/core.module.js';
import { MaintenanceProcessor } from './core/queue/maintenance.processor.js';
import { OutboxRelayService } from './core/queue/outbox-relay.service.js';
import { QueueModule } from './core/queue/queue.module.js';
import { NotificationModule } from './modules/notification/notification.module.js';

/** The worker process: relays the outbox and runs every queue's processors. No HTTP. */
@Module({
  imports: [CoreModule, QueueModule, NotificationModule],
  providers: [OutboxRelayService, MaintenanceProcessor],
})
export class WorkerModule {}
