// Types of services.mjs, for the TypeScript tests that start a Redis of their own.

export class ServiceError extends Error {}
export const ROOT: string;
export function redact(url: string): string;
export function withDatabase(url: string, database: string): string;
/** How long one connection attempt may take, and how many attempts a slow server gets. */
export interface Patience {
  attempts: number;
  timeoutMs: number;
}
export function postgresVersion(url: string, patience?: Patience): Promise<string>;
export function redisVersion(url: string, patience?: Patience): Promise<string>;

export interface ResolveOptions {
  /** Configured URLs: used as they are, and an error names the setting when they do not answer. */
  databaseUrl?: string;
  redisUrl?: string;
  /** The settings those came from, for messages (default DATABASE_URL / REDIS_URL). */
  settingNames?: { postgres?: string; redis?: string };
  /** Who starts private servers, for messages ("npm run demo", "the tests"). */
  caller?: string;
  /** The database in the returned URL when this module picks the server (default "postgres"). */
  database?: string;
  /** Directories (relative to the repository) whose data outlives the run; otherwise throwaway data and no Redis persistence. */
  persist?: { postgres?: string; redis?: string };
  /** auto (default: ORCHESTRA_EMBEDDED, else auto), always or never. */
  embedded?: 'auto' | 'always' | 'never';
  log?: (line: string) => void;
}

export interface EmbeddedPostgresInfo {
  url: string;
  port: number;
  version: string;
  dir: string;
}

export interface EmbeddedRedisInfo {
  url: string;
  port: number;
  version: string;
  binary: string;
  dir?: string;
}

export interface Services {
  databaseUrl: string;
  redisUrl: string;
  embedded: { postgres?: EmbeddedPostgresInfo; redis?: EmbeddedRedisInfo };
  /** Settles if the private servers' supervisor ends (never for servers that were not started here). */
  exited: Promise<void>;
  /** Stops what was started here (nothing otherwise). */
  stop(): Promise<void>;
}

export function resolveServices(options?: ResolveOptions): Promise<Services>;

export interface EmbeddedOptions {
  postgres?: { keep: boolean; dir?: string; port?: number };
  redis?: { keep: boolean; dir?: string; port?: number };
  log?: (line: string) => void;
}

export interface Embedded {
  postgres?: EmbeddedPostgresInfo;
  redis?: EmbeddedRedisInfo;
  pid: number;
  exited: Promise<void>;
  stop(): Promise<void>;
}

export function startEmbedded(options: EmbeddedOptions): Promise<Embedded>;
