import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators.js';
import { REDIS } from '../redis/redis.module.js';

const CHECK_TIMEOUT_MS = 2000;

async function withTimeout<T>(p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function check(fn: () => Promise<unknown>): Promise<string> {
  try {
    await withTimeout(fn());
    return 'ok';
  } catch (e) {
    return `failed: ${e instanceof Error ? e.message : String(e)}`;
  }
}

@Controller()
@Public()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Liveness: the process is up. */
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL and Redis both answer; 503 naming the one that failed. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const [database, redis] = await Promise.all([check(() => this.dataSource.query('SELECT 1')), check(() => this.redis.ping())]);
    const ok = database === 'ok' && redis === 'ok';
    reply.status(ok ? 200 : 503);
    return { status: ok ? 'ready' : 'unavailable', checks: { database, redis } };
  }
}
