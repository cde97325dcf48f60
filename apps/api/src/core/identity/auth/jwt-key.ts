import { createSecretKey, type KeyObject } from 'node:crypto';

const keys = new Map<string, KeyObject>();

/**
 * The HS256 signing key as a KeyObject, made once. Given a string, jsonwebtoken (which signs the
 * tokens; fast-jwt verifies them) first tries, and fails, to parse it as a private key on every
 * signature (on verification, that was a fifth of the API's CPU). Typed as Buffer because that is
 * what @nestjs/jwt declares; jsonwebtoken accepts a KeyObject wherever it accepts a Buffer.
 */
export function jwtKey(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key as unknown as Buffer;
}
