import { INVITATION_GRACE_DAYS } from '@orchestra/shared';
import { IsNull, type EntityManager } from 'typeorm';
import { newSecureToken } from '../../core/identity/auth/secure-token.js';
import { InvitationToken } from './assessment.entities.js';

/** A link works until the end (UTC) of the due date plus the grace days. */
export function invitationTokenExpiry(dueDate: string): Date {
  const end = new Date(`${dueDate}T23:59:59.999Z`);
  end.setUTCDate(end.getUTCDate() + INVITATION_GRACE_DAYS);
  return end;
}

/**
 * Issues a new link token for an invitation and returns it (the only time it exists in clear).
 * With `revokeOthers` (re-sending), every earlier link stops working; reminders and a signed-in
 * client add a link without breaking the one in the invitation e-mail.
 */
export async function issueInvitationToken(m: EntityManager, invitationId: string, dueDate: string, revokeOthers: boolean): Promise<string> {
  if (revokeOthers) await m.update(InvitationToken, { invitationId, revokedAt: IsNull() }, { revokedAt: new Date() });
  const { token, hash } = newSecureToken();
  await m.insert(InvitationToken, { invitationId, tokenHash: hash, expiresAt: invitationTokenExpiry(dueDate) });
  return token;
}

/** When the due date moves, live links follow it. */
export async function extendInvitationTokens(m: EntityManager, assessmentId: string, dueDate: string): Promise<void> {
  await m.query(
    `UPDATE invitation_token t SET "expiresAt" = $2 FROM invitation i
      WHERE i.id = t."invitationId" AND i."assessmentId" = $1 AND t."revokedAt" IS NULL`,
    [assessmentId, invitationTokenExpiry(dueDate)],
  );
}
