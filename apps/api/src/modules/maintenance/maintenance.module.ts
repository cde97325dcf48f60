import { Module } from '@nestjs/common';
import { OutboxRelayModule } from '../../core/queue/outbox-relay.module.js';
import { DecisionRevisitService } from '../decision/decision-revisit.service.js';
import { WorkflowWorkerModule } from '../workflow/workflow-worker.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { MaintenanceProcessor } from './maintenance.processor.js';

/** Worker-only: outbox reconciliation and reminders (decision revisits). */
@Module({
  imports: [OutboxRelayModule, NotificationModule, WorkflowWorkerModule],
  providers: [DecisionRevisitService, MaintenanceProcessor],
})
export class MaintenanceModule {}
