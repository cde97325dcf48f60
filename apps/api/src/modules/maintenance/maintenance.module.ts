import { Module } from '@nestjs/common';
import { OutboxRelayModule } from '../../core/queue/outbox-relay.module.js';
import { DecisionRevisitService } from '../decision/decision-revisit.service.js';
import { MatchingWorkerModule } from '../matching/matching-worker.module.js';
import { WorkflowWorkerModule } from '../workflow/workflow-worker.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { MaintenanceProcessor } from './maintenance.processor.js';

/** Worker-only: outbox reconciliation, reminders (decision revisits) and candidate retention. */
@Module({
  imports: [OutboxRelayModule, NotificationModule, WorkflowWorkerModule, MatchingWorkerModule],
  providers: [DecisionRevisitService, MaintenanceProcessor],
})
export class MaintenanceModule {}
