import type { EntityManager } from 'typeorm';
import { RefreshToken } from './refresh-token.entity.js';

async function revokeWhere(m: EntityManager, column: 'userId' | 'familyId', id: string): Promise<void> {
  await m
    .createQueryBuilder()
    .update(RefreshToken)
    .set({ revokedAt: () => 'now()' })
    .where(`"${column}" = :id AND "revokedAt" IS NULL`, { id })
    .execute();
}

/** Ends every session of a user (password set, role or access changed). */
export const revokeUserSessions = (m: EntityManager, userId: string) => revokeWhere(m, 'userId', userId);

/** Ends one sign-in and every token rotated from it. */
export const revokeTokenFamily = (m: EntityManager, familyId: string) => revokeWhere(m, 'familyId', familyId);
