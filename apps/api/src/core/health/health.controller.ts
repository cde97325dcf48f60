import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { Public } from '../identity/auth/decorators.js';
import { LOGGER } from '../logging/logging.module.js';
import { withTimeout } from '../util/with-timeout.js';
import { REDIS } from '../redis/redis.module.js';

const CHECK_TIMEOUT_MS = 2000;

@Controller()
@Public()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** 'ok' or 'failed'; the reason goes to the log, not to this public route (it can name hosts). */
  private async check(name: string, fn: () => Promise<unknown>): Promise<'ok' | 'failed'> {
    try {
      await withTimeout(fn(), CHECK_TIMEOUT_MS, name);
      return 'ok';
    } catch (e) {
      this.logger.warn({ check: name, reason: e instanceof Error ? e.message : String(e) }, 'Readiness check failed');
      return 'failed';
    }
  }

  /** Liveness: the process is up. */
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL and Redis both answer; 503 naming the one that failed. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const [database, redis] = await Promise.all([
      this.check('database', () => this.dataSource.query('SELECT 1')),
      this.check('redis', () => this.redis.ping()),
    ]);
    const ok = database === 'ok' && redis === 'ok';
    reply.status(ok ? 200 : 503);
    return { status: ok ? 'ready' : 'unavailable', checks: { database, redis } };
  }
}
