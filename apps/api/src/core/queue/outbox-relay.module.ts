import { Module } from '@nestjs/common';
import { JobFailures } from './job-failures.js';
import { OutboxRelayService } from './outbox-relay.service.js';

/** Worker-only: the relay from the outbox table to BullMQ, and the handler of jobs that fail for good. */
@Module({
  providers: [OutboxRelayService, JobFailures],
  exports: [OutboxRelayService, JobFailures],
})
export class OutboxRelayModule {}
