import { Inject, Injectable } from '@nestjs/common';
import { isRole } from '@orchestra/shared';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AppError } from '../../errors/app-error.js';
import { LOGGER } from '../../logging/logging.module.js';
import { REDIS } from '../../redis/redis.module.js';
import { withTimeout } from '../../util/with-timeout.js';
import type { AuthUser } from './auth-user.js';
import { SessionRevocation } from './session-revocation.js';

/** Same as the revocation lookup: a slower Redis counts as down and the database decides. */
const LOOKUP_TIMEOUT_MS = 500;
/** Belt and braces: a cached user is re-read at least this often even if no change was announced. */
const MAX_AGE_MS = 30_000;

type UserRow = { id: string; role: string; clientId: string | null; active: boolean; email: string; name: string };

/** The signed-in user as `me` shows it, read with the access check and as fresh as it (see UserAccess). */
export interface SignedInProfile {
  id: string;
  email: string;
  name: string;
  role: AuthUser['role'];
  clientId: string | null;
  active: true;
}

/** The fields of a SignedInProfile: `me` asking only for these is answered without the database. */
export const SIGNED_IN_PROFILE_FIELDS: ReadonlySet<string> = new Set(['id', 'email', 'name', 'role', 'clientId', 'active', '__typename']);

/**
 * Who the bearer of an access token is now: role, client and "still active", checked on every
 * request. The rows are cached in this process, each tagged with the user's access version, a
 * Redis counter that `changed()` bumps after a role, client or active change or a deletion has
 * committed. Each request reads that version in the same Redis round trip as its session's
 * revocation, so every API process sees a change on the very next request and the database is
 * asked only after one. A row read under an older version is never used again (a read racing
 * with a change is only a miss). When Redis cannot answer, both questions go to the database.
 * The row's e-mail and name come along (`me`), so `changed()` is called for those too.
 */
@Injectable()
export class UserAccess {
  private readonly cache = new LRUCache<string, { version: string; user: AuthUser }>({ max: 10_000, ttl: MAX_AGE_MS });
  /** Each checked user's profile, by the very object the check answered (so, under the version it was read at). */
  private readonly profiles = new WeakMap<AuthUser, SignedInProfile>();
  private readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
    private readonly sessions: SessionRevocation,
  ) {
    this.prefix = `${config.QUEUE_PREFIX}:user-access:`;
  }

  /** The token's user as of now; UNAUTHENTICATED when the session was revoked or the account is inactive or gone. */
  async check(sid: string, userId: string): Promise<AuthUser> {
    const state = await this.lookUp(sid, userId);
    let revoked: boolean;
    let user: AuthUser | null;
    if (state) {
      revoked = state.revoked;
      const hit = this.cache.get(userId);
      if (hit && hit.version === state.version) {
        user = hit.user;
      } else {
        user = await this.read(userId);
        if (user) this.cache.set(userId, { version: state.version, user });
      }
    } else {
      [revoked, user] = await Promise.all([this.sessions.isRevokedInDatabase(sid, userId), this.read(userId)]);
    }
    if (revoked) throw AppError.unauthenticated('You were signed out of this session (sign-out, password change or a security check): sign in again.');
    if (!user) throw AppError.unauthenticated('Your account is no longer active: contact an administrator.');
    return user;
  }

  /** The profile read with `user` by check(); undefined for a user this request did not get from check(). */
  profileOf(user: AuthUser): SignedInProfile | undefined {
    return this.profiles.get(user);
  }

  /**
   * Announces that a user's role, client, active flag, e-mail or name changed, or that it was
   * deleted. Call it after the change committed (before, a request could cache the old row under
   * the new version).
   */
  async changed(userId: string): Promise<void> {
    this.cache.delete(userId);
    try {
      await withTimeout(this.redis.incr(this.prefix + userId), LOOKUP_TIMEOUT_MS * 4, 'user-access version bump');
    } catch (e) {
      // Its sessions were revoked in the same change; other processes re-read within MAX_AGE_MS.
      this.logger.error({ reason: e instanceof Error ? e.message : String(e), userId }, 'Could not announce a user access change to Redis');
    }
  }

  private async lookUp(sid: string, userId: string): Promise<{ revoked: boolean; version: string } | undefined> {
    // A client that is reconnecting would queue the command: go to the database at once instead.
    if (this.redis.status !== 'ready') return undefined;
    try {
      const [revoked, version] = await withTimeout(this.redis.mget(this.sessions.keyOf(sid), this.prefix + userId), LOOKUP_TIMEOUT_MS, 'access lookup');
      return { revoked: revoked !== null, version: version ?? '0' };
    } catch (e) {
      this.logger.warn({ reason: e instanceof Error ? e.message : String(e) }, 'Access lookup in Redis failed; asking the database');
      return undefined;
    }
  }

  /** Plain SQL: this runs on a cache miss, and the query builder costs more than the query. */
  private async read(userId: string): Promise<AuthUser | null> {
    const [row] = (await this.dataSource.query(`SELECT id, role, "clientId", active, email, name FROM app_user WHERE id = $1`, [userId])) as UserRow[];
    if (!row || !row.active || !isRole(row.role)) return null;
    const user: AuthUser = { id: row.id, role: row.role, clientId: row.clientId };
    this.profiles.set(user, { id: row.id, email: row.email, name: row.name, role: row.role, clientId: row.clientId, active: true });
    return user;
  }
}
