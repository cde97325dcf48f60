import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { LOGGER } from '../../logging/logging.module.js';
import { REDIS } from '../../redis/redis.module.js';
import { withTimeout } from '../../util/with-timeout.js';

/** Allowance for clocks of API instances that disagree a little (token times vs Redis TTLs). */
export const CLOCK_SKEW_SECONDS = 30;
/** How long a revocation waits for Redis (inside the revoking transaction) before giving up on it. */
const PUBLISH_TIMEOUT_MS = 2000;

/**
 * Ends sessions: refresh tokens in the database, and at once the access tokens issued with them.
 *
 * An access token carries its session id (`sid`, the refresh-token family). Revoking a family
 * writes `revoked-session:<sid>` to Redis for as long as an access token of it can live, and every
 * authenticated request looks that one key up (UserAccess). User-wide revocation writes the key of each family
 * that issued a token within that time: per family rather than "user revoked before <iat>", because
 * `iat` has one-second resolution and a sign-in in the same second as the revocation would be
 * refused for the whole token lifetime.
 */
@Injectable()
export class SessionRevocation {
  private readonly ttlSeconds: number;
  private readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
  ) {
    this.ttlSeconds = config.ACCESS_TOKEN_TTL_SECONDS + CLOCK_SKEW_SECONDS;
    this.prefix = `${config.QUEUE_PREFIX}:revoked-session:`;
  }

  /** Ends one sign-in and every token rotated from it. Call inside the revoking transaction. */
  async revokeFamily(m: EntityManager, familyId: string): Promise<void> {
    await m.query(`UPDATE refresh_token SET "revokedAt" = now() WHERE "familyId" = $1 AND "revokedAt" IS NULL`, [familyId]);
    await this.publish([familyId]);
  }

  /** Ends every session of a user (password set, role or access changed). Call inside the transaction. */
  async revokeUser(m: EntityManager, userId: string): Promise<void> {
    // Only families that issued a token recently can have a live access token.
    const rows = (await m.query(
      `WITH revoked AS (
         UPDATE refresh_token SET "revokedAt" = now() WHERE "userId" = $1 AND "revokedAt" IS NULL RETURNING "familyId", "createdAt")
       SELECT DISTINCT "familyId" FROM revoked WHERE "createdAt" > now() - make_interval(secs => $2)`,
      [userId, this.ttlSeconds],
    )) as { familyId: string }[];
    await this.publish(rows.map((r) => r.familyId));
  }

  /** The Redis key that marks a session revoked (read by UserAccess with the user's access version). */
  keyOf(sid: string): string {
    return this.prefix + sid;
  }

  /** Whether a session was revoked, from the family's refresh tokens: for when Redis cannot answer (never "everyone in" or "everyone out"). */
  async isRevokedInDatabase(sid: string, userId: string): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM refresh_token WHERE "familyId" = $1 AND "userId" = $2 AND "revokedAt" IS NOT NULL) AS revoked`,
      [sid, userId],
    )) as { revoked: boolean }[];
    return row?.revoked ?? true;
  }

  /**
   * The database write has already happened in the caller's transaction, and it stands even when
   * Redis fails (logged): the refresh tokens are dead either way, and the access tokens expire.
   */
  private async publish(familyIds: string[]): Promise<void> {
    if (!familyIds.length) return;
    try {
      const tx = this.redis.multi();
      for (const id of familyIds) tx.set(this.prefix + id, '1', 'EX', this.ttlSeconds);
      const results = await withTimeout(tx.exec(), PUBLISH_TIMEOUT_MS, 'revoked-session write');
      const failed = results?.find(([err]) => err)?.[0];
      if (!results || failed) throw failed ?? new Error('transaction discarded');
    } catch (e) {
      this.logger.error({ reason: e instanceof Error ? e.message : String(e), sessions: familyIds.length }, 'Could not publish revoked sessions to Redis');
    }
  }
}
