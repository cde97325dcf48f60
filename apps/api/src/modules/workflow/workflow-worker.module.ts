import { Module } from '@nestjs/common';
import { OutboxRelayModule } from '../../core/queue/outbox-relay.module.js';
import { AssessmentWorkerService } from './assessment-worker.service.js';
import { FinaliseSteps } from './finalise-steps.service.js';

/** Worker-only: the `assessment` queue (due-date closing, the finalise flow and its steps). */
@Module({
  imports: [OutboxRelayModule],
  providers: [FinaliseSteps, AssessmentWorkerService],
  exports: [AssessmentWorkerService],
})
export class WorkflowWorkerModule {}
