import { Injectable } from '@nestjs/common';
import type { OutboxEventType } from '@orchestra/shared';
import type { EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity.js';

/** Producers call this inside their transaction; the worker's relay turns the row into a job. */
@Injectable()
export class OutboxService {
  async add(manager: EntityManager, type: OutboxEventType, payload: Record<string, string | number | boolean>): Promise<string> {
    const result = await manager.insert(OutboxEvent, { type, payload });
    return (result.identifiers[0] as { id: string }).id;
  }
}
