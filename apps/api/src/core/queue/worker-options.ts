import type { WorkerOptions } from 'bullmq';
import type { AppConfig } from '../config/config.js';

type Timings = Pick<WorkerOptions, 'concurrency' | 'lockDuration' | 'stalledInterval' | 'maxStalledCount'>;

/**
 * The options of every processor's BullMQ worker: `@Processor(queue, WORKER_OPTIONS)` keeps a
 * reference, which @nestjs/bullmq spreads into the Worker when the application starts. The worker
 * process fills them from its configuration first (configureWorkers), so every queue gets the
 * configured lock, stall check and concurrency. The defaults are BullMQ's own, with a stalled job
 * retried twice before it fails.
 */
export const WORKER_OPTIONS: Timings = { concurrency: 4, lockDuration: 30_000, stalledInterval: 30_000, maxStalledCount: 2 };

/** The same timings, one job at a time (the maintenance queue's jobs must not overlap). */
export const ONE_AT_A_TIME: Timings = { ...WORKER_OPTIONS, concurrency: 1 };

/** Called once by the worker module, before the application starts its workers. */
export function configureWorkers(config: Pick<AppConfig, 'WORKER_CONCURRENCY' | 'WORKER_LOCK_MS' | 'WORKER_STALLED_INTERVAL_MS' | 'WORKER_MAX_STALLED_COUNT'>): void {
  const timings = { lockDuration: config.WORKER_LOCK_MS, stalledInterval: config.WORKER_STALLED_INTERVAL_MS, maxStalledCount: config.WORKER_MAX_STALLED_COUNT };
  Object.assign(WORKER_OPTIONS, timings, { concurrency: config.WORKER_CONCURRENCY });
  Object.assign(ONE_AT_A_TIME, timings, { concurrency: 1 });
}
