import { Module } from '@nestjs/common';
import { OutboxRelayService } from './outbox-relay.service.js';
import { QueueModule } from './queue.module.js';

/** Worker-only: the relay from the outbox table to BullMQ. */
@Module({
  imports: [QueueModule],
  providers: [OutboxRelayService],
  exports: [OutboxRelayService],
})
export class OutboxRelayModule {}
