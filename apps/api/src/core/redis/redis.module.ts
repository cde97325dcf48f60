import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { createRedisClient, type AppRedis } from './redis-connection.js';

export const REDIS = Symbol('REDIS');

class RedisShutdown implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: AppRedis) {}
  async onApplicationShutdown() {
    // quit() waits for a connection; a client that never connected is just stopped reconnecting.
    if (this.redis.status === 'ready') await this.redis.quit();
    else this.redis.disconnect();
  }
}

/**
 * A shared Redis client for rate limits, sessions and health checks (BullMQ keeps its own
 * connections): a single server or a Redis Cluster, by configuration (redis-connection.ts).
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      // One retry, then fail: a request (and /ready) must not hang while Redis is down.
      useFactory: (config: AppConfig) =>
        createRedisClient(config, { maxRetriesPerRequest: 1, connectTimeout: 2000 }),
    },
    RedisShutdown,
  ],
  exports: [REDIS],
})
export class RedisModule {}
