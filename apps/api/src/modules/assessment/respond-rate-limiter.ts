import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { AppError } from '../../core/errors/app-error.js';
import { REDIS } from '../../core/redis/redis.module.js';

/**
 * Invitation-link operations per token and per IP, in Redis. Generous enough for autosave every
 * few seconds; tight enough that guessing tokens or hammering one link is cut off.
 */
@Injectable()
export class RespondRateLimiter {
  private readonly perToken: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const duration = config.RESPOND_WINDOW_SECONDS;
    const prefix = `${config.QUEUE_PREFIX}:rl:respond`;
    this.perToken = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:token`, points: config.RESPOND_MAX_PER_TOKEN, duration });
    this.perIp = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:ip`, points: config.RESPOND_MAX_PER_IP, duration });
  }

  /** `tokenHash`, never the token: Redis keys must not hold a usable secret. */
  async check(ip: string, tokenHash: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
      await this.perToken.consume(tokenHash);
    } catch (e) {
      throw e instanceof RateLimiterRes ? AppError.rateLimited(Math.ceil(e.msBeforeNext / 1000)) : e;
    }
  }
}
