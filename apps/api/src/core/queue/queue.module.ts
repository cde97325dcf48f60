import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { QUEUE_NAMES } from '@orchestra/shared';
import type { DefaultJobOptions, JobsOptions } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { bullConnection } from '../redis/redis-connection.js';

/** Retries with exponential backoff; bounded history so Redis does not grow without end. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { count: 1000, age: 7 * 86_400 },
  removeOnFail: { count: 5000, age: 30 * 86_400 },
};

/**
 * A debounced job: a burst about one subject (`key`) becomes one job, run `ttl` ms after the last
 * add (BullMQ deduplication, replacing the delayed job). No debounce when ttl is 0.
 */
export function debounced(key: string, ttl: number): JobsOptions {
  return ttl > 0 ? { deduplication: { id: key, ttl, extend: true, replace: true }, delay: ttl } : {};
}


/**
 * BullMQ connection (prefix per deployment or test run) and every queue from libs/shared. Global
 * plumbing: the API reads queues (the ADMIN's queue page, erasure) and the worker works them.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A single server or a Redis Cluster; the prefix carries the cluster hash tag ({orchestra}).
        connection: bullConnection(config),
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
  ],
  exports: [BullModule],
})
export class QueueModule {}
