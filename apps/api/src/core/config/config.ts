import { z } from 'zod';

const UNSET_SERVER = 'is not set (npm run demo sets it for the processes it starts; to run one yourself, set it in .env or the environment)';

/** Every setting the API and worker read, validated once at start-up. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** false, true, a hop count, or comma-separated proxy addresses/CIDRs (Fastify's trustProxy). */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v)),
  // No defaults for the two servers: whoever starts the process says where they are (`npm run demo`
  // and the test harnesses find or start them and pass the URLs down).
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: (i) => (i.input === undefined ? UNSET_SERVER : 'must be a postgres:// URL') }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * The PostgreSQL server itself when DATABASE_URL goes through a transaction-mode pooler
   * (PgBouncer): the worker's outbox relay LISTENs on it, which needs a session. Unset: DATABASE_URL.
   */
  DATABASE_DIRECT_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
  // Required unless REDIS_CLUSTER_NODES names a Redis Cluster (checked below).
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  /**
   * A Redis Cluster instead of REDIS_URL: comma-separated redis:// (or rediss:// for TLS) URLs of
   * some of its nodes; credentials are taken from the first.
   */
  REDIS_CLUSTER_NODES: z
    .string()
    .transform((s) => s.split(',').map((n) => n.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^rediss?$/, error: 'must be comma-separated redis:// or rediss:// URLs' })).min(1))
    .optional(),
  /**
   * Starts every Redis key (queues, rate limits, sessions). The `{…}` is a Redis Cluster hash tag:
   * all keys land in one slot, as BullMQ's scripts and flows need.
   */
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9:_{}-]+$/i).default('{orchestra}'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters (generate one with: openssl rand -base64 48)'),
  JWT_ISSUER: z.string().min(1).default('orchestra-api'),
  JWT_AUDIENCE: z.string().min(1).default('orchestra'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(900).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /**
   * After a refresh token is rotated, presenting it again within this many seconds returns the
   * same successor (two tabs, a retried request) instead of revoking the session. 0 turns it off.
   */
  REFRESH_GRACE_SECONDS: z.coerce.number().int().min(0).max(60).default(15),
  SET_PASSWORD_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 14).default(72),
  /** How long a "Forgot password?" link works (single use, like the set-password link). */
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
  /** Reset e-mails per address per hour; further requests answer the same but send nothing (no mail bombing). */
  PASSWORD_RESET_MAX_PER_EMAIL: z.coerce.number().int().min(1).max(100).default(3),
  /**
   * Sign-in throttling (OWASP Authentication Cheat Sheet). Per e-mail and IP: this many failures
   * are free, then each further attempt waits 2, 4, 8 … seconds, up to LOGIN_MAX_DELAY_SECONDS; a
   * success clears it. The owner signing in from elsewhere is not affected.
   */
  LOGIN_FREE_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Failed sign-ins (and set-password and reset requests) per IP per window, whatever the e-mail: password spraying. */
  LOGIN_MAX_PER_IP: z.coerce.number().int().min(1).default(50),
  LOGIN_IP_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Failed sign-ins per e-mail from all IPs per window: beyond it the e-mail is refused from everywhere. */
  LOGIN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().min(1).default(100),
  LOGIN_EMAIL_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
  /** Respondent operations by invitation link (read, autosave, submit), per token and per IP. */
  RESPOND_MAX_PER_TOKEN: z.coerce.number().int().min(1).default(120),
  RESPOND_MAX_PER_IP: z.coerce.number().int().min(1).default(600),
  RESPOND_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  /** Hour of the day (UTC) at which assessment reminders go out (3 and 1 days before the due date). */
  REMINDER_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(9),
  ADMIN_URL: z.url().default('http://localhost:5173'),
  CORS_ORIGINS: z
    .string()
    .default('http://localhost:5173,http://127.0.0.1:5173,http://localhost:4173,http://127.0.0.1:4173')
    .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean)),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** GraphQL limits, checked before execution (see core/graphql/query-limits.ts). */
  // At most 4000: the token limit also bounds literal nesting, and graphql-js's recursive parser
  // overflows the stack at about 3000 nested lists (6000 tokens) or 2000 nested objects (8000).
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(4000).default(2000),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(15),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(1000),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(10),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('Orchestra <no-reply@orchestra.local>'),
  MAIL_DIR: z.string().min(1).default('var/mail'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(100),
  OUTBOX_RECONCILE_AFTER_SECONDS: z.coerce.number().int().min(1).default(60),
  OUTBOX_RECONCILE_EVERY_MS: z.coerce.number().int().min(500).default(60_000),
  /** Hour of the day (UTC) at which a decision's revisit reminder goes out on its revisit date. */
  DECISION_REVISIT_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(8),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** How long a worker holds a job's lock, and how often stalled jobs (a worker died) are looked for. */
  WORKER_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
  WORKER_STALLED_INTERVAL_MS: z.coerce.number().int().min(200).default(30_000),
  /** How many times a job may lose its worker (crash) before it fails. */
  WORKER_MAX_STALLED_COUNT: z.coerce.number().int().min(1).max(1000).default(2),
  /** Testing aid for crash tests: each finalise step holds its transaction open this long before committing. 0 in production. */
  FINALISE_STEP_PAUSE_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  /** Quiet period before stored matches are recomputed after a role or candidate changes (debounce). */
  MATCHING_DEBOUNCE_MS: z.coerce.number().int().min(0).max(600_000).default(2_000),
  /** How many of a role's best candidates are kept as stored SUGGESTED matches. */
  MATCHING_STORED_TOP: z.coerce.number().int().min(1).max(500).default(50),
  /** Candidates with no contact for this many months are erased by the daily maintenance job. */
  CANDIDATE_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** Audit entries older than this many months are deleted by the daily maintenance job. */
  AUDIT_RETENTION_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
});

const PLACEHOLDER_SECRET = /^replace-me/;

/** A Redis Cluster hash tag: the key's first `{`, then at least one character up to the next `}`. */
const HASH_TAG = /^[^{]*\{[^{}]+\}/;

const checked = schema.superRefine((c, ctx) => {
  if (c.REDIS_URL && c.REDIS_CLUSTER_NODES) ctx.addIssue({ code: 'custom', path: ['REDIS_CLUSTER_NODES'], message: 'and REDIS_URL are both set: set one' });
  if (c.REDIS_CLUSTER_NODES && !HASH_TAG.test(c.QUEUE_PREFIX)) {
    ctx.addIssue({ code: 'custom', path: ['QUEUE_PREFIX'], message: 'needs a hash tag on a Redis Cluster, e.g. {orchestra}: BullMQ keeps a queue in one slot' });
  }
  if (PLACEHOLDER_SECRET.test(c.JWT_SECRET)) {
    ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is still the .env.example placeholder: generate one with openssl rand -base64 48' });
  }
  if (c.NODE_ENV === 'production' && !c.SMTP_URL) {
    // Without SMTP, e-mails (with live set-password links) are written to disk and logged.
    ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required in production' });
  }
});

export type AppConfig = z.infer<typeof schema> & { isProduction: boolean };

/** Every variable the API and worker read (tests clear them so a developer's .env cannot leak in). */
export const CONFIG_KEYS = Object.keys(schema.shape);
export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {}

/** Parses the environment; throws one error naming every missing or malformed variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = checked.safeParse(cleaned);
  // Checked here, not in the schema, so that it is named alongside the other fields' issues.
  const noRedis = !cleaned['REDIS_URL'] && !cleaned['REDIS_CLUSTER_NODES'] ? [{ path: ['REDIS_URL'], message: UNSET_SERVER }] : [];
  if (!result.success || noRedis.length) {
    const lines = [...(result.error?.issues ?? []), ...noRedis].map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration — fix these environment variables:\n${lines.join('\n')}`);
  }
  return { ...result.data, isProduction: result.data.NODE_ENV === 'production' };
}

/** Loads `.env` from the working directory when present (Node's own loader, no dependency). */
export function loadDotEnv(): void {
  try {
    process.loadEnvFile();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}
