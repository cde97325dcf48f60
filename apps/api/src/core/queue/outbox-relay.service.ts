import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { OUTBOX_DEBOUNCED, OUTBOX_ROUTES, OutboxEventType, ownValue, QUEUE_NAMES, type JobName, type QueueName } from '@orchestra/shared';
import { UnrecoverableError, type Queue } from 'bullmq';
import pg from 'pg';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../logging/logging.module.js';
import { withTimeout } from '../util/with-timeout.js';
import { OutboxEvent } from './outbox-event.entity.js';
import { debounced } from './queue.module.js';

const BATCH = 100;
/** The channel the outbox_event trigger notifies (migration OutboxNotify1766200000000). */
const OUTBOX_CHANNEL = 'outbox_event';
/** A queue.add that does not answer in this time (Redis down) aborts the pass; rows stay unsent. */
const ENQUEUE_TIMEOUT_MS = 5000;

/**
 * A job the relay runs itself when it relays the job's event, instead of queueing it: work that
 * only adds other jobs (a flow) then saves a queue hop. It gets the data the job would have had,
 * and must be idempotent: a crash before the relay commits runs it again. UnrecoverableError parks
 * the event with its message; any other error leaves it to the next pass.
 */
export type InlineJob = (data: Record<string, unknown>) => Promise<void>;

/**
 * Worker-side: turns committed outbox rows into BullMQ jobs (jobId = event id, so a re-send is a
 * no-op while the job exists) and re-sends those whose job went missing (Redis lost or flushed).
 */
@Injectable()
export class OutboxRelayService {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  /** A pass is running; `again`: a wake-up came during it. */
  private busy = false;
  private again = false;
  private listener: pg.Client | undefined;
  private relistenTimer: NodeJS.Timeout | undefined;
  private relistenMs = 1000;
  private readonly inline = new Map<JobName, InlineJob>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
    void this.listen();
  }

  /** Stops polling and listening, and waits for a relay pass in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.relistenTimer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.running;
  }

  /** From now on the relay runs `job` itself (see InlineJob); the module that owns the job registers it. */
  runInline(job: JobName, work: InlineJob): void {
    this.inline.set(job, work);
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
    const inline = events.flatMap((e) => {
      const work = this.inlineJobOf(e);
      return work ? [{ event: e, ...work }] : [];
    });
    await this.runInlineJobs(m, inline);
    const ranInline = new Set(inline.map((j) => j.event));
    for (const e of events) {
      if (ranInline.has(e)) continue;
      if (e.type === OutboxEventType.JOB_CANCELLED) {
        await this.cancel(m, e);
        continue;
      }
      const route = ownValue(OUTBOX_ROUTES, e.type);
      if (!route) {
        // Parked, not retried: one unknown event (say, from a newer release) must not block the rest.
        this.logger.error({ eventId: e.id, type: e.type }, 'Outbox event has no queue route; parked');
        await m.update(OutboxEvent, { id: e.id }, { failedAt: new Date(), error: `No queue route for event type ${e.type}` });
        continue;
      }
      const runAt = runAtOf(e);
      // The job's timestamp is the same instant the delay is counted from, so it runs at runAt to
      // the millisecond (BullMQ would otherwise take a later Date.now() of its own).
      const now = Date.now();
      const scheduled = Number.isFinite(runAt) ? { timestamp: now, delay: Math.max(0, runAt - now) } : {};
      // Debounced events: a burst about one subject becomes one job, run after the quiet period
      // (the job closes the events it replaced, see MatchingProcessor).
      const debounceField = OUTBOX_DEBOUNCED[e.type];
      const debounce = debounceField ? debounced(`${e.type}:${String(e.payload[debounceField])}`, this.config.MATCHING_DEBOUNCE_MS) : {};
      await withTimeout(this.queue(route.queue).add(route.job, jobData(e), { jobId: e.id, ...scheduled, ...debounce }), ENQUEUE_TIMEOUT_MS, 'queue.add');
      await m.query(`UPDATE "outbox_event" SET "sentAt" = now(), "sendCount" = "sendCount" + 1 WHERE id = $1`, [e.id]);
    }
  }

  /** The inline job an event runs now (a scheduled one is queued, to run at its time). */
  private inlineJobOf(e: OutboxEvent): { job: JobName; work: InlineJob } | undefined {
    const job = ownValue(OUTBOX_ROUTES, e.type)?.job;
    if (!job || Number.isFinite(runAtOf(e))) return undefined;
    const work = this.inline.get(job);
    return work && { job, work };
  }

  /**
   * Runs a batch's inline jobs side by side (a burst of closes starts its runs together, as
   * queued jobs would run), then marks their events sent and processed at once: no job holds
   * them open. One that fails for a passing reason stays unsent for the next pass.
   */
  private async runInlineJobs(m: EntityManager, jobs: { event: OutboxEvent; job: JobName; work: InlineJob }[]): Promise<void> {
    if (!jobs.length) return;
    const outcomes = await Promise.allSettled(jobs.map(({ event, job, work }) => withTimeout(work(jobData(event)), ENQUEUE_TIMEOUT_MS, job)));
    const done: string[] = [];
    for (const [i, outcome] of outcomes.entries()) {
      const { event, job } = jobs[i]!;
      if (outcome.status === 'fulfilled') {
        done.push(event.id);
      } else if (outcome.reason instanceof UnrecoverableError) {
        this.logger.error({ eventId: event.id, job, err: outcome.reason }, 'Outbox event cannot be processed; parked');
        await m.update(OutboxEvent, { id: event.id }, { failedAt: new Date(), error: outcome.reason.message.slice(0, 2000) });
      } else {
        this.logger.warn({ eventId: event.id, job, err: outcome.reason }, 'Outbox inline job failed; retrying at the next pass');
      }
    }
    if (done.length) {
      await m.query(`UPDATE "outbox_event" SET "sentAt" = now(), "processedAt" = now(), "sendCount" = "sendCount" + 1 WHERE id = ANY($1::uuid[])`, [done]);
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
    const route = ownValue(OUTBOX_ROUTES, type);
    return route && this.queue(route.queue);
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.pass(), delay);
  }

  private pass(): void {
    this.busy = true;
    this.again = false;
    this.running = this.relayPending()
      .then(() => undefined)
      .catch((e: unknown) => this.logger.error({ err: e }, 'Outbox relay pass failed; retrying'))
      .finally(() => {
        this.busy = false;
        this.schedule(this.again ? 0 : this.config.OUTBOX_POLL_MS);
      });
  }

  /** A commit added events: relay now, or right after the pass in progress (it may have missed them). */
  private wake(): void {
    if (this.busy) this.again = true;
    else this.schedule(0);
  }

  /**
   * LISTENs for the NOTIFY that every insert into outbox_event sends on commit (a trigger), so an
   * event is relayed in milliseconds rather than at the next poll. LISTEN needs a session: a
   * dedicated connection to the server itself, never through a transaction-mode pooler. When it
   * drops, polling carries on and the listener reconnects with backoff.
   */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.config.DATABASE_DIRECT_URL ?? this.config.DATABASE_URL, application_name: `${process.title}-outbox-listener` });
    this.listener = client;
    client.on('notification', () => this.wake());
    client.on('error', (e) => this.logger.warn({ err: e }, 'Outbox listener lost its connection; polling until it is back'));
    client.on('end', () => this.relisten(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.relistenMs = 1000;
      // Whatever was committed while nobody listened.
      this.wake();
    } catch (e) {
      this.logger.warn({ err: e }, 'Outbox listener could not connect; polling until it can');
      await client.end().catch(() => undefined);
      this.relisten(client);
    }
  }

  private relisten(client: pg.Client): void {
    if (this.listener !== client || this.stopped) return;
    this.listener = undefined;
    this.relistenTimer = setTimeout(() => void this.listen(), this.relistenMs);
    this.relistenMs = Math.min(this.relistenMs * 2, 30_000);
  }
}

/** What the event's job gets: its payload and the event's id. */
function jobData(e: OutboxEvent): Record<string, unknown> {
  return { ...e.payload, outboxEventId: e.id };
}

/** When a scheduled event's job runs (its payload's ISO `runAt`); NaN when it runs now. */
function runAtOf(e: OutboxEvent): number {
  return typeof e.payload['runAt'] === 'string' ? Date.parse(e.payload['runAt']) : NaN;
}
