import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OutboxRelayModule } from '../../../core/queue/outbox-relay.module.js';
import { AssessmentModule } from '../../assessment/assessment.module.js';
import { FinaliseModule } from '../finalise.module.js';
import { AssessmentProcessor } from './assessment.processor.js';
import { FINALISE_FLOWS, FinaliseFlows } from './finalise-flows.service.js';

/** The `assessment` queue's processor and the finalise flows it starts (the worker process only). */
@Module({
  imports: [BullModule.registerFlowProducer({ name: FINALISE_FLOWS }), OutboxRelayModule, AssessmentModule, FinaliseModule],
  providers: [FinaliseFlows, AssessmentProcessor],
  exports: [FinaliseFlows],
})
export class WorkflowJobsModule {}
