import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { OUTBOX_DEBOUNCED, OUTBOX_ROUTES, OutboxEventType, QUEUE_NAMES, type QueueName } from '@orchestra/shared';
import type { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../logging/logging.module.js';
import { withTimeout } from '../util/with-timeout.js';
import { OutboxEvent } from './outbox-event.entity.js';
import { debounced } from './queue.module.js';

const BATCH = 100;
/** A queue.add that does not answer in this time (Redis down) aborts the pass; rows stay unsent. */
const ENQUEUE_TIMEOUT_MS = 5000;

/**
 * Worker-side: turns committed outbox rows into BullMQ jobs (jobId = event id, so a re-send is a
 * no-op while the job exists) and re-sends those whose job went missing (Redis lost or flushed).
 */
@Injectable()
export class OutboxRelayService {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops polling and waits for a relay pass in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Relays every unsent event; returns how many were sent. */
  async relayPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.dataSource.transaction(async (m) => {
        // SKIP LOCKED lets several workers relay side by side without sending one event twice.
        const events = await m
          .createQueryBuilder(OutboxEvent, 'e')
          .where('e.sentAt IS NULL AND e.failedAt IS NULL')
          .orderBy('e.createdAt', 'ASC')
          .limit(BATCH)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        await this.send(m, events);
        return events.length;
      });
      total += sent;
      if (sent < BATCH) return total;
    }
  }

  /** Re-sends events relayed long ago, not processed, and whose job is gone from Redis. */
  async reconcile(): Promise<number> {
    const cutoff = new Date(Date.now() - this.config.OUTBOX_RECONCILE_AFTER_SECONDS * 1000);
    const stale = await this.dataSource
      .getRepository(OutboxEvent)
      .createQueryBuilder('e')
      .where('e.sentAt IS NOT NULL AND e.processedAt IS NULL AND e.failedAt IS NULL AND e.sentAt < :cutoff', { cutoff })
      .orderBy('e.sentAt', 'ASC')
      .limit(1000)
      .getMany();
    const missing: OutboxEvent[] = [];
    for (const e of stale) {
      if (!(await this.queueFor(e.type)?.getJob(e.id))) missing.push(e);
    }
    if (missing.length) {
      await this.dataSource.transaction((m) => this.send(m, missing));
      this.logger.warn({ count: missing.length }, 'Outbox reconciler re-sent events whose jobs were missing');
    }
    return missing.length;
  }

  /** Records that an event's job failed for good (attempts exhausted or unrecoverable). */
  async markFailed(eventId: string, error: string): Promise<void> {
    await this.dataSource.getRepository(OutboxEvent).update({ id: eventId }, { failedAt: new Date(), error: error.slice(0, 2000) });
  }

  private async send(m: EntityManager, events: OutboxEvent[]): Promise<void> {
    for (const e of events) {
      if (e.type === OutboxEventType.JOB_CANCELLED) {
        await this.cancel(m, e);
        continue;
      }
      const queue = this.queueFor(e.type);
      if (!queue) {
        // Parked, not retried: one unknown event (say, from a newer release) must not block the rest.
        this.logger.error({ eventId: e.id, type: e.type }, 'Outbox event has no queue route; parked');
        await m.update(OutboxEvent, { id: e.id }, { failedAt: new Date(), error: `No queue route for event type ${e.type}` });
        continue;
      }
      const route = OUTBOX_ROUTES[e.type as keyof typeof OUTBOX_ROUTES];
      const runAt = typeof e.payload['runAt'] === 'string' ? Date.parse(e.payload['runAt']) : NaN;
      const delay = Number.isFinite(runAt) ? Math.max(0, runAt - Date.now()) : undefined;
      // Debounced events: a burst about one subject becomes one job, run after the quiet period
      // (the job closes the events it replaced, see MatchingProcessor).
      const debounceField = OUTBOX_DEBOUNCED[e.type];
      const debounce = debounceField ? debounced(`${e.type}:${String(e.payload[debounceField])}`, this.config.MATCHING_DEBOUNCE_MS) : {};
      await withTimeout(queue.add(route.job, { ...e.payload, outboxEventId: e.id }, { jobId: e.id, delay, ...debounce }), ENQUEUE_TIMEOUT_MS, 'queue.add');
      await m.query(`UPDATE "outbox_event" SET "sentAt" = now(), "sendCount" = "sendCount" + 1 WHERE id = $1`, [e.id]);
    }
  }

  /** Removes a scheduled job (a delayed reminder that is no longer wanted) and closes its event. */
  private async cancel(m: EntityManager, e: OutboxEvent): Promise<void> {
    const { queue: name, jobId } = e.payload as { queue?: string; jobId?: string };
    const queue = name && (QUEUE_NAMES as readonly string[]).includes(name) ? this.queue(name as QueueName) : undefined;
    if (!queue || !jobId) {
      await m.update(OutboxEvent, { id: e.id }, { failedAt: new Date(), error: 'job.cancelled needs a known queue and a jobId' });
      return;
    }
    // A job already running cannot be removed; its processor sees that it is stale and skips.
    await withTimeout(queue.remove(jobId), ENQUEUE_TIMEOUT_MS, 'queue.remove');
    await m.query(`UPDATE "outbox_event" SET "processedAt" = now() WHERE id = $1 AND "processedAt" IS NULL`, [jobId]);
    await m.query(`UPDATE "outbox_event" SET "sentAt" = now(), "processedAt" = now(), "sendCount" = "sendCount" + 1 WHERE id = $1`, [e.id]);
  }

  private queueFor(type: OutboxEventType): Queue | undefined {
    const route = Object.hasOwn(OUTBOX_ROUTES, type) ? OUTBOX_ROUTES[type as keyof typeof OUTBOX_ROUTES] : undefined;
    return route && this.queue(route.queue);
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.relayPending()
        .then(() => undefined)
        .catch((e: unknown) => this.logger.error({ err: e }, 'Outbox relay pass failed; retrying'))
        .finally(() => this.schedule(this.config.OUTBOX_POLL_MS));
    }, delay);
  }
}
