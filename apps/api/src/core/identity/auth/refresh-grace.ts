import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { REDIS } from '../../redis/redis.module.js';

/** The refresh token that replaced a rotated one, and when it expires. */
export interface Successor {
  refreshToken: string;
  expiresAt: Date;
}

const HKDF_INFO = 'orchestra refresh-token successor v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The grace window after a refresh-token rotation: two tabs (or a retried request) presenting the
 * same token get the same successor instead of a reuse revocation.
 *
 * Only hashes of refresh tokens are stored, so the successor is kept in Redis encrypted under a
 * key derived from the presented token (HKDF-SHA256 → AES-256-GCM): reading Redis alone does not
 * give a usable token. Keyed by the presented token's hash; it expires with the window.
 */
@Injectable()
export class RefreshGrace {
  private readonly seconds: number;
  private readonly prefix: string;

  constructor(@Inject(REDIS) private readonly redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.seconds = config.REFRESH_GRACE_SECONDS;
    this.prefix = `${config.QUEUE_PREFIX}:refresh-grace:`;
  }

  /** The Redis key for a presented token's hash (tests watch it expire). */
  keyOf(tokenHash: string): string {
    return this.prefix + tokenHash;
  }

  /**
   * Call inside the rotating transaction, before it commits: a concurrent refresh waiting on the
   * row lock must find the successor once it sees the row rotated. A Redis error aborts the
   * rotation (the client retries with the same, still valid, token).
   */
  async remember(presented: string, tokenHash: string, successor: Successor): Promise<void> {
    if (this.seconds === 0) return;
    const plain = JSON.stringify({ t: successor.refreshToken, e: successor.expiresAt.toISOString() });
    await this.redis.set(this.keyOf(tokenHash), seal(presented, tokenHash, plain), 'EX', this.seconds);
  }

  /** The successor of a token rotated within the window, or null (window over, or never rotated here). */
  async successorOf(presented: string, tokenHash: string): Promise<Successor | null> {
    if (this.seconds === 0) return null;
    const sealed = await this.redis.get(this.keyOf(tokenHash));
    const plain = sealed ? open(presented, tokenHash, sealed) : null;
    if (!plain) return null;
    const { t, e } = JSON.parse(plain) as { t: string; e: string };
    return { refreshToken: t, expiresAt: new Date(e) };
  }
}

function keyFrom(token: string): Buffer {
  return Buffer.from(hkdfSync('sha256', token, '', HKDF_INFO, 32));
}

/** iv ‖ tag ‖ ciphertext, base64url; the token hash is bound as associated data. */
function seal(token: string, tokenHash: string, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(token), iv, { authTagLength: TAG_BYTES }).setAAD(Buffer.from(tokenHash));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

function open(token: string, tokenHash: string, sealed: string): string | null {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(token), raw.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES }).setAAD(Buffer.from(tokenHash));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
