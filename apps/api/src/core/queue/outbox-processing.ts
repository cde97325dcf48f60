import { DataSource, type EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity.js';

/** True when the job for this outbox event already completed (a retry or duplicate delivery). */
export async function isOutboxEventProcessed(ds: DataSource, eventId: string): Promise<boolean> {
  const row = await ds.getRepository(OutboxEvent).findOne({ where: { id: eventId }, select: { id: true, processedAt: true } });
  return !row || row.processedAt !== null;
}

/** Marks the event done, inside the transaction that writes the job's result. */
export async function markOutboxEventProcessed(m: EntityManager, eventId: string): Promise<void> {
  await m.update(OutboxEvent, { id: eventId }, { processedAt: new Date() });
}
