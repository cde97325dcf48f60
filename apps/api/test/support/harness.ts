import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role } from '@orchestra/shared';
import { Cluster } from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS } from '../../src/core/redis/redis.module.js';
import type { AppRedis } from '../../src/core/redis/redis-connection.js';
import { createApp } from '../../src/bootstrap.js';
import { CoreModule } from '../../src/core/core.module.js';
import { createLogger } from '../../src/core/logging/logger.js';
import { FinaliseModule } from '../../src/modules/workflow/finalise.module.js';
import { FinaliseSteps } from '../../src/modules/workflow/finalise-steps.service.js';
import { loadConfig, type AppConfig } from '../../src/core/config/config.js';
import { DEMO_USERS, seedDemo, type SeededDemo } from '../../src/seed/demo-data.js';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; fields?: Record<string, string> } }[];
  headers: Record<string, string | string[] | number | undefined>;
  cookies: { name: string; value: string; [k: string]: unknown }[];
}

export interface GqlOptions {
  as?: Role;
  token?: string;
  headers?: Record<string, string>;
  cookies?: Record<string, string>;
  ip?: string;
}

class FinaliseStepsTestModule {}

/** Boots the real API (real Postgres, real Redis) and talks to it through /graphql. */
export class TestApi {
  private tokens = new Map<Role, string>();
  private ipCounter = 0;
  private finalise?: Promise<INestApplicationContext>;

  private constructor(
    readonly app: NestFastifyApplication,
    readonly config: AppConfig,
    readonly dataSource: DataSource,
  ) {}

  static async start(overrides: Record<string, string> = {}): Promise<TestApi> {
    const config = loadConfig({ ...process.env, ...overrides });
    const app = await createApp(config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return new TestApi(app, config, app.get(DataSource));
  }

  async close(): Promise<void> {
    await (await this.finalise)?.close();
    await this.app.close();
  }

  /**
   * The finalise flow's steps, in this process (the worker runs them through BullMQ; these tests
   * call them directly): the worker's services without its processors.
   */
  async finaliseSteps(): Promise<FinaliseSteps> {
    this.finalise ??= NestFactory.createApplicationContext(
      { module: FinaliseStepsTestModule, imports: [CoreModule.forRoot(this.config, createLogger(this.config, 'test')), FinaliseModule] },
      { logger: false },
    );
    return (await this.finalise).get(FinaliseSteps);
  }

  /** A distinct client address per login, so the per-IP login limit does not couple tests. */
  nextIp(): string {
    this.ipCounter += 1;
    return `10.${(this.ipCounter >> 16) & 255}.${(this.ipCounter >> 8) & 255}.${this.ipCounter & 255}`;
  }

  async raw(body: unknown, opts: GqlOptions & { contentType?: string } = {}): Promise<GqlResult> {
    const headers: Record<string, string> = { 'content-type': opts.contentType ?? 'application/json', ...opts.headers };
    const token = opts.token ?? (opts.as ? await this.tokenFor(opts.as) : undefined);
    if (token) headers['authorization'] = `Bearer ${token}`;
    const res = await this.app.inject({
      method: 'POST',
      url: '/graphql',
      headers,
      cookies: opts.cookies,
      remoteAddress: opts.ip ?? '127.0.0.1',
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const json = res.json<{ data?: Record<string, unknown> | null; errors?: GqlResult['errors'] }>();
    return { status: res.statusCode, data: json.data ?? null, errors: json.errors, headers: res.headers, cookies: res.cookies as GqlResult['cookies'] };
  }

  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, opts: GqlOptions = {}): Promise<GqlResult<T>> {
    return this.raw({ query, variables }, opts) as Promise<GqlResult<T>>;
  }

  async login(email: string, password: string, ip = this.nextIp()): Promise<GqlResult<{ login: { accessToken: string; expiresIn: number; user: { id: string; role: Role } } }>> {
    return this.gql(
      `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken expiresIn user { id email role clientId } } }`,
      { email, password },
      { ip },
    );
  }

  /** Access token of the seeded demo user with this role (cached). */
  async tokenFor(role: Role): Promise<string> {
    const cached = this.tokens.get(role);
    if (cached) return cached;
    const demo = DEMO_USERS.find((u) => u.role === role)!;
    const res = await this.login(demo.email, demo.password);
    if (!res.data) throw new Error(`login as ${role} failed: ${JSON.stringify(res.errors)}`);
    this.tokens.set(role, res.data.login.accessToken);
    return res.data.login.accessToken;
  }

  /** Empties every table, forgets login rate limits and re-seeds the demo data; cached tokens are dropped. */
  async resetDb(): Promise<SeededDemo> {
    const redis = this.app.get<AppRedis>(REDIS);
    // KEYS answers for one node only: on a cluster, ask each master.
    for (const node of redis instanceof Cluster ? redis.nodes('master') : [redis]) {
      const limits = await node.keys(`${this.config.QUEUE_PREFIX}:rl:*`);
      if (limits.length) await node.del(...limits);
    }
    const tables: { tablename: string }[] = await this.dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    await this.dataSource.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} CASCADE`);
    this.tokens.clear();
    return seedDemo(this.dataSource);
  }
}

export const ALL_ROLES = [Role.ADMIN, Role.CONSULTANT, Role.RECRUITER, Role.CLIENT] as const;

/** The `extensions.code` of the first error, or undefined. */
export function codeOf(res: GqlResult<unknown>): string | undefined {
  return res.errors?.[0]?.extensions.code;
}

/**
 * The usual lifecycle of an integration spec: one API for the file, a clean seeded database
 * before each test. Read `ctx.api` and `ctx.seeded` inside hooks and tests.
 */
export function useTestApi(overrides: Record<string, string> = {}): { api: TestApi; seeded: SeededDemo } {
  const ctx = {} as { api: TestApi; seeded: SeededDemo };
  beforeAll(async () => {
    ctx.api = await TestApi.start(overrides);
  });
  afterAll(() => ctx.api.close());
  beforeEach(async () => {
    ctx.seeded = await ctx.api.resetDb();
  });
  return ctx;
}
