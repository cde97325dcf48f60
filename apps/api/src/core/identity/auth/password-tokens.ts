import { IsNull, type EntityManager } from 'typeorm';
import { PasswordToken } from './password-token.entity.js';

/** Makes every unused set-password link of a user stop working (password set, e-mail changed). */
export async function invalidatePasswordTokens(m: EntityManager, userId: string): Promise<void> {
  await m.update(PasswordToken, { userId, usedAt: IsNull() }, { usedAt: new Date() });
}
