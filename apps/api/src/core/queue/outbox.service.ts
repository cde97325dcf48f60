import { Injectable } from '@nestjs/common';
import type { OutboxEventType, OutboxPayloads } from '@orchestra/shared';
import type { EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity.js';

/** Producers call this inside their transaction; the worker's relay turns the row into a job. */
@Injectable()
export class OutboxService {
  async add<T extends OutboxEventType>(manager: EntityManager, type: T, payload: OutboxPayloads[T]): Promise<string> {
    const result = await manager.insert(OutboxEvent, { type, payload });
    return (result.identifiers[0] as { id: string }).id;
  }
}
