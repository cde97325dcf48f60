import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError } from '../errors/app-error.js';
import { REDIS } from '../redis/redis.module.js';

/**
 * Login attempts per IP (every attempt) and per e-mail (failed attempts), counted in Redis so the
 * limit holds across API instances.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perIp: RateLimiterRedis;
  private readonly perEmail: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const duration = config.LOGIN_WINDOW_SECONDS;
    this.perIp = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.QUEUE_PREFIX}:rl:login:ip`, points: config.LOGIN_MAX_PER_IP, duration });
    this.perEmail = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.QUEUE_PREFIX}:rl:login:email`,
      points: config.LOGIN_MAX_PER_EMAIL,
      duration,
    });
  }

  /** Counts this attempt against the IP and refuses when the IP or the e-mail is over its limit. */
  async checkAttempt(ip: string, email: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (e) {
      throw this.limited(e);
    }
    const used = await this.perEmail.get(email);
    if (used && used.consumedPoints >= this.perEmail.points) throw AppError.rateLimited(Math.ceil(used.msBeforeNext / 1000));
  }

  async recordFailure(email: string): Promise<void> {
    await this.perEmail.penalty(email, 1);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perEmail.delete(email);
  }

  private limited(e: unknown): AppError | unknown {
    return e instanceof RateLimiterRes ? AppError.rateLimited(Math.ceil(e.msBeforeNext / 1000)) : e;
  }
}
