import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../identity/auth/auth-user.js';
import { AppError } from '../errors/app-error.js';
import { noteUnchanged } from '../request-context/request-context.js';

/** How long a key is remembered; after that it may be used again. */
export const IDEMPOTENCY_TTL_HOURS = 24;

/** Stable JSON (sorted keys) of the arguments, without the key itself. */
export function requestHash(args: object): string {
  const stable = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k, x]) => k !== 'idempotencyKey' && x !== undefined)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, x]) => [k, stable(x)]),
        )
      : Array.isArray(v)
        ? v.map(stable)
        : v;
  return createHash('sha256').update(JSON.stringify(stable(args))).digest('hex');
}

/**
 * Makes a domain mutation safe to retry. Runs inside the mutation's transaction: the key is
 * claimed first (a concurrent call with the same key waits on the row lock until the first
 * commits), so the work happens once, and a failure rolls the claim back with everything else.
 */
@Injectable()
export class IdempotencyService {
  async once<T extends { id: string }>(
    m: EntityManager,
    actor: AuthUser,
    operation: string,
    args: { idempotencyKey?: string | null },
    work: () => Promise<T>,
    replay: (resultId: string) => Promise<T>,
  ): Promise<T> {
    const key = args.idempotencyKey;
    if (!key) return work();
    const hash = requestHash(args);
    // Claims the key, or takes over one that has expired; returns nothing if it is live and used.
    const claimed: { id: string }[] = await m.query(
      `INSERT INTO idempotency_key ("userId", key, operation, "requestHash") VALUES ($1, $2, $3, $4)
       ON CONFLICT ("userId", key) DO UPDATE
         SET operation = EXCLUDED.operation, "requestHash" = EXCLUDED."requestHash", "resultId" = NULL, "createdAt" = now()
         WHERE idempotency_key."createdAt" < now() - make_interval(hours => $5)
       RETURNING id`,
      [actor.id, key, operation, hash, IDEMPOTENCY_TTL_HOURS],
    );
    if (claimed[0]) {
      const result = await work();
      await m.query(`UPDATE idempotency_key SET "resultId" = $1 WHERE id = $2`, [result.id, claimed[0].id]);
      return result;
    }
    const [used]: { operation: string; requestHash: string; resultId: string | null }[] = await m.query(
      `SELECT operation, "requestHash", "resultId" FROM idempotency_key WHERE "userId" = $1 AND key = $2`,
      [actor.id, key],
    );
    if (!used || used.operation !== operation || used.requestHash !== hash || !used.resultId) {
      throw AppError.conflict(`idempotencyKey "${key}" was already used for a different request: send a new key for a new request.`);
    }
    noteUnchanged();
    return replay(used.resultId);
  }
}
