import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { Logger } from 'pino';
import type { AppConfig } from './core/config/config.js';
import { CoreModule } from './core/core.module.js';
import { OutboxRelayModule } from './core/queue/outbox-relay.module.js';
import { QueueModule } from './core/queue/queue.module.js';
import { MatchingWorkerModule } from './modules/matching/matching-worker.module.js';
import { MaintenanceModule } from './modules/maintenance/maintenance.module.js';
import { NotificationModule } from './modules/notification/notification.module.js';
import { WorkflowWorkerModule } from './modules/workflow/workflow-worker.module.js';

/** The worker process: relays the outbox and runs every queue's processors. No HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [DiscoveryModule, CoreModule.forRoot(config, logger), QueueModule, OutboxRelayModule, NotificationModule, MaintenanceModule, WorkflowWorkerModule, MatchingWorkerModule],
    };
  }
}
