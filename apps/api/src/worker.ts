import 'reflect-metadata';
import { getQueueToken, WorkerHost } from '@nestjs/bullmq';
import { DiscoveryService, NestFactory } from '@nestjs/core';
import { JobName, QUEUE_NAMES, QueueName } from '@orchestra/shared';
import type { Queue } from 'bullmq';
import { ConfigError, loadConfig, loadDotEnv } from './core/config/config.js';
import { createLogger, PinoNestLogger } from './core/logging/logger.js';
import { JobFailures } from './core/queue/job-failures.js';
import { OutboxRelayService } from './core/queue/outbox-relay.service.js';
import { WorkerModule } from './worker.module.js';

async function main() {
  process.title = 'orchestra-worker';
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger(config, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, logger), { logger: new PinoNestLogger(logger) });
  await app.init();

  const queues = QUEUE_NAMES.map((name) => app.get<Queue>(getQueueToken(name), { strict: false }));
  const workers = app
    .get(DiscoveryService)
    .getProviders()
    .map((w) => w.instance)
    .filter((i): i is WorkerHost => i instanceof WorkerHost);
  const relay = app.get(OutboxRelayService);
  const failures = app.get(JobFailures);
  for (const host of workers) failures.watch(host.worker);

  const maintenance = app.get<Queue>(getQueueToken(QueueName.MAINTENANCE), { strict: false });
  const scheduleReconciler = () =>
    maintenance.upsertJobScheduler('reconcile-outbox', { every: config.OUTBOX_RECONCILE_EVERY_MS }, { name: JobName.RECONCILE_OUTBOX, data: {} });
  await scheduleReconciler();
  // Candidate retention runs daily at 03:00 UTC (erasures, and who reaches the limit next).
  await maintenance.upsertJobScheduler('candidate-retention', { pattern: '0 3 * * *', tz: 'UTC' }, { name: JobName.CANDIDATE_RETENTION, data: {} });
  // Audit retention daily at 03:30 UTC: entries older than AUDIT_RETENTION_MONTHS.
  await maintenance.upsertJobScheduler('audit-retention', { pattern: '30 3 * * *', tz: 'UTC' }, { name: JobName.AUDIT_RETENTION, data: {} });
  // The scheduler lives in Redis: if Redis comes back empty, this puts it back (upserting is idempotent).
  const rescheduler = setInterval(() => void scheduleReconciler().catch((e: unknown) => logger.warn({ err: e }, 'Could not schedule the reconciler')), config.OUTBOX_RECONCILE_EVERY_MS);

  relay.start();
  logger.info({ queues: QUEUE_NAMES, prefix: config.QUEUE_PREFIX, concurrency: config.WORKER_CONCURRENCY }, 'Worker started');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Worker shutting down: relay, workers, queues, then database');
    try {
      clearInterval(rescheduler);
      await relay.stop();
      // Workers finish their active jobs before closing.
      await Promise.all(workers.map((h) => h.worker.close()));
      await Promise.all(queues.map((q) => q.close()));
      await app.close();
      logger.info('Worker stopped');
      process.exit(0);
    } catch (e) {
      logger.error({ err: e }, 'Worker shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
