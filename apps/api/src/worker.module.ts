import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { Logger } from 'pino';
import type { AppConfig } from './core/config/config.js';
import { CoreModule } from './core/core.module.js';
import { OutboxRelayModule } from './core/queue/outbox-relay.module.js';
import { configureWorkers } from './core/queue/worker-options.js';
import { MailJobsModule } from './modules/mail/jobs/mail-jobs.module.js';
import { MaintenanceJobsModule } from './modules/maintenance/jobs/maintenance-jobs.module.js';
import { MatchingJobsModule } from './modules/matching/jobs/matching-jobs.module.js';
import { WorkflowJobsModule } from './modules/workflow/jobs/workflow-jobs.module.js';

/** Every queue's processors: only the worker process registers them. */
export const JOB_MODULES = [MailJobsModule, MaintenanceJobsModule, WorkflowJobsModule, MatchingJobsModule];

/** The worker process: relays the outbox and runs every queue's processors. No HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    configureWorkers(config);
    return {
      module: WorkerModule,
      imports: [DiscoveryModule, CoreModule.forRoot(config, logger), OutboxRelayModule, ...JOB_MODULES],
    };
  }
}
