import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError } from '../errors/app-error.js';
import { REDIS } from '../redis/redis.module.js';

/**
 * Sign-in attempts per IP and per e-mail, counted in Redis so the limit holds across API
 * instances. Every attempt takes its points up front (parallel guesses cannot slip between a check
 * and a count); a successful sign-in gives the e-mail's back.
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

  /** Counts a sign-in attempt against the IP and the e-mail; refuses when either is over its limit. */
  async checkAttempt(ip: string, email: string): Promise<void> {
    await this.checkIp(ip);
    try {
      await this.perEmail.consume(email);
    } catch (e) {
      throw this.limited(e);
    }
  }

  /** Counts an attempt against the IP only (other public operations that take a secret). */
  async checkIp(ip: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (e) {
      throw this.limited(e);
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perEmail.delete(email);
  }

  private limited(e: unknown): AppError | unknown {
    return e instanceof RateLimiterRes ? AppError.rateLimited(Math.ceil(e.msBeforeNext / 1000)) : e;
  }
}
