import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, URL-safe. Only its hash is ever stored. */
export function newSecureToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
