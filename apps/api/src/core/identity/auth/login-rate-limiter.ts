import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AppError } from '../../errors/app-error.js';
import { REDIS } from '../../redis/redis.module.js';

/** How long consecutive failures of an e-mail from one IP are remembered (from the first one). */
const CONSECUTIVE_FAILURES_KEPT_SECONDS = 86_400;
/**
 * Once delays apply (from the last free attempt on), how long a running attempt holds its
 * e-mail+IP slot (argon2 and one query take well under a second). A crash mid-attempt frees it after this.
 */
const ATTEMPT_SLOT_SECONDS = 30;

const FROM_IP = 'Too many failed sign-ins from your network';
const FOR_EMAIL_FROM_IP = 'Too many failed sign-ins for this e-mail address from your network';
const FOR_EMAIL = 'Too many failed sign-ins for this e-mail address';

/** One sign-in attempt that passed the limits: report how it ended. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
  failed(): Promise<void>;
}

/**
 * Sign-in throttling after the OWASP Authentication Cheat Sheet, counted in Redis (shared by every
 * API instance), with rate-limiter-flexible's "consecutive failures by username and IP" pattern:
 *
 * - per e-mail + IP: LOGIN_FREE_FAILURES failures are free, then each further attempt must wait
 *   2^k seconds (capped); a success clears it. A stranger guessing from one place cannot lock the
 *   owner out, who signs in from another IP as usual;
 * - per IP: failures over a window, whatever the e-mail (password spraying);
 * - per e-mail: a high ceiling of failures from all IPs (an attack from many places).
 *
 * Points are taken before the password is checked, so parallel guesses cannot slip between a check
 * and a count, and a refused attempt never reaches argon2. What a success should not have cost is
 * given back.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perIp: RateLimiterRedis;
  private readonly perEmail: RateLimiterRedis;
  /** Consecutive failures of an e-mail from an IP (a counter: never refuses by itself). */
  private readonly consecutive: RateLimiterRedis;
  /** The delay an e-mail+IP must wait (a blocked key), or the slot of the attempt in flight. */
  private readonly delay: RateLimiterRedis;
  /** Password-reset e-mails per address (an hour): beyond it requests are answered but send nothing. */
  private readonly resetPerEmail: RateLimiterRedis;
  private readonly freeFailures: number;
  private readonly maxDelaySeconds: number;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const prefix = `${config.QUEUE_PREFIX}:rl:login`;
    this.freeFailures = config.LOGIN_FREE_FAILURES;
    this.maxDelaySeconds = config.LOGIN_MAX_DELAY_SECONDS;
    this.perIp = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:ip`, points: config.LOGIN_MAX_PER_IP, duration: config.LOGIN_IP_WINDOW_SECONDS });
    this.perEmail = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:email`,
      points: config.LOGIN_MAX_FAILURES_PER_EMAIL,
      duration: config.LOGIN_EMAIL_WINDOW_SECONDS,
    });
    this.consecutive = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:consecutive`,
      points: Number.MAX_SAFE_INTEGER,
      duration: CONSECUTIVE_FAILURES_KEPT_SECONDS,
    });
    this.delay = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:delay`, points: 1, duration: ATTEMPT_SLOT_SECONDS });
    this.resetPerEmail = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:reset`, points: config.PASSWORD_RESET_MAX_PER_EMAIL, duration: 3600 });
  }

  /**
   * Admits a sign-in attempt or refuses it (RATE_LIMITED, with the wait in the message). An
   * admitted attempt must report its outcome.
   */
  async begin(ip: string, email: string): Promise<LoginAttempt> {
    const pair = `${email}|${ip}`;
    await take(this.perIp, ip, FROM_IP);
    const failures = (await this.consecutive.consume(pair)).consumedPoints - 1;
    // From the last free attempt on, one attempt at a time may run (its failure starts the next
    // delay, so a parallel one must not start first), and only once the delay is over.
    const holdsSlot = failures >= this.freeFailures - 1;
    if (holdsSlot) {
      try {
        await take(this.delay, pair, FOR_EMAIL_FROM_IP);
      } catch (e) {
        await this.consecutive.reward(pair);
        throw e;
      }
    }
    try {
      await take(this.perEmail, email, FOR_EMAIL);
    } catch (e) {
      await Promise.all([this.consecutive.reward(pair), holdsSlot ? this.delay.delete(pair) : null]);
      throw e;
    }
    return {
      succeeded: async () => {
        await Promise.all([this.consecutive.delete(pair), this.delay.delete(pair), this.perIp.reward(ip), this.perEmail.reward(email)]);
      },
      failed: async () => {
        // Counted already; the delay replaces this attempt's slot.
        const wait = waitAfterFailure(failures + 1, this.freeFailures, this.maxDelaySeconds);
        if (wait) await this.delay.block(pair, wait);
      },
    };
  }

  /** Counts an attempt against the IP only (other public operations that take a secret). */
  async checkIp(ip: string): Promise<void> {
    await take(this.perIp, ip, FROM_IP);
  }

  /**
   * A "Forgot password?" request: counted against the IP like a failed sign-in (RATE_LIMITED
   * beyond it), then against the address, whether or not it belongs to anyone. False: the address
   * had its reset e-mails for this hour; the request is answered as usual but sends nothing.
   */
  async passwordReset(ip: string, email: string): Promise<boolean> {
    await take(this.perIp, ip, 'Too many requests from your network');
    try {
      await this.resetPerEmail.consume(email);
      return true;
    } catch (e) {
      if (e instanceof RateLimiterRes) return false;
      throw e;
    }
  }
}

/**
 * Seconds the next attempt must wait after `failures` consecutive failures: none while they are
 * free, then 2, 4, 8 … from the last free one on, at most `maxSeconds`.
 */
export function waitAfterFailure(failures: number, freeFailures: number, maxSeconds: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(2 ** (failures - freeFailures + 1), maxSeconds);
}

async function take(limiter: RateLimiterRedis, key: string, what: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    throw e instanceof RateLimiterRes ? AppError.rateLimited(e.msBeforeNext / 1000, what) : e;
  }
}
