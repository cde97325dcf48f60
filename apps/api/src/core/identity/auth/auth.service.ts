import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { OutboxEventType, passwordProblem, daysFromNow } from '@orchestra/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { User } from '../user/user.entity.js';
import { AuditService } from '../../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AppError } from '../../errors/app-error.js';
import { OutboxService } from '../../queue/outbox.service.js';
import type { AccessTokenClaims } from './jwt.strategy.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { RefreshGrace, type Successor } from './refresh-grace.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from './password-hasher.js';
import { PasswordToken } from './password-token.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import { hashToken, newSecureToken } from './secure-token.js';
import { invalidatePasswordTokens } from './password-tokens.js';
import { SessionRevocation } from './session-revocation.js';
import { noteUnchanged } from '../../request-context/request-context.js';

export interface Session {
  accessToken: string;
  expiresIn: number;
  user: User;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const INVALID_LOGIN = 'E-mail or password is incorrect.';
const SESSION_GONE = 'Your session has ended: sign in again.';
const INVALID_LINK = 'is invalid, already used or expired: ask for a new one with "Forgot password?" on the sign-in page';

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly limiter: LoginRateLimiter,
    private readonly audit: AuditService,
    private readonly sessions: SessionRevocation,
    private readonly grace: RefreshGrace,
    private readonly outbox: OutboxService,
  ) {}

  async login(email: string, password: string, ip: string): Promise<Session> {
    // Refused here while throttled: no user lookup, no argon2.
    const attempt = await this.limiter.begin(ip, email);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const ok = user?.passwordHash && user.active ? await verifyPassword(user.passwordHash, password) : await burnPasswordCheck(password);
    if (!user || !ok) {
      await attempt.failed();
      await this.dataSource.transaction((m) =>
        this.audit.record(m, { actorId: null, action: 'auth.login_failed', targetType: 'User', targetId: user?.id ?? null }),
      );
      throw AppError.unauthenticated(INVALID_LOGIN);
    }
    await attempt.succeeded();
    return this.dataSource.transaction(async (m) => {
      const previous = user.lastLoginAt;
      user.lastLoginAt = new Date();
      await m.update(User, { id: user.id }, { lastLoginAt: user.lastLoginAt });
      await this.audit.record(m, { actorId: user.id, action: 'auth.login', targetType: 'User', targetId: user.id, changes: { lastLoginAt: { old: previous, new: user.lastLoginAt } } });
      return this.issue(m, user, randomUUID());
    });
  }

  /**
   * Rotates a refresh token. A token that was already rotated is a replay (a stolen copy or a
   * race with a thief): its whole family is revoked and everyone holding it must sign in again —
   * except within the grace window right after the rotation, where the same successor is returned
   * (two tabs refreshing at once, a retried request).
   */
  async refresh(refreshToken: string | undefined): Promise<Session> {
    if (!refreshToken) throw AppError.unauthenticated('No session cookie: sign in again.');
    const tokenHash = hashToken(refreshToken);
    const outcome = await this.dataSource.transaction(async (m) => {
      // Concurrent refreshes with the same token queue here; the first rotates it.
      const row = await m.findOne(RefreshToken, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
      if (!row || row.revokedAt || row.expiresAt <= new Date()) return { error: SESSION_GONE };
      if (row.rotatedAt) {
        const successor = await this.grace.successorOf(refreshToken, tokenHash);
        if (successor) {
          const user = await m.findOneBy(User, { id: row.userId });
          if (!user?.active) return { error: SESSION_GONE };
          await this.audit.record(m, { actorId: user.id, action: 'auth.refresh_repeated', targetType: 'User', targetId: user.id });
          return { session: await this.reissue(user, row.familyId, successor) };
        }
        await this.sessions.revokeFamily(m, row.familyId);
        await this.audit.record(m, { actorId: row.userId, action: 'auth.refresh_reuse_detected', targetType: 'User', targetId: row.userId });
        return { error: 'This session was signed out because an old refresh token was reused: sign in again.' };
      }
      const user = await m.findOneBy(User, { id: row.userId });
      if (!user?.active) return { error: SESSION_GONE };
      await m.update(RefreshToken, { id: row.id }, { rotatedAt: new Date() });
      await this.audit.record(m, { actorId: user.id, action: 'auth.refresh', targetType: 'User', targetId: user.id });
      const session = await this.issue(m, user, row.familyId);
      await this.grace.remember(refreshToken, tokenHash, { refreshToken: session.refreshToken, expiresAt: session.refreshExpiresAt });
      return { session };
    });
    // The revocation above must commit, so the error is thrown after the transaction.
    if ('error' in outcome) throw AppError.unauthenticated(outcome.error);
    return outcome.session;
  }

  /** Revokes the family of the presented refresh token: this sign-in and every token rotated from it. */
  async logout(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return noteUnchanged();
    await this.dataSource.transaction(async (m) => {
      const row = await m.findOneBy(RefreshToken, { tokenHash: hashToken(refreshToken) });
      if (!row) return noteUnchanged();
      await this.sessions.revokeFamily(m, row.familyId);
      await this.audit.record(m, { actorId: row.userId, action: 'auth.logout', targetType: 'User', targetId: row.userId });
    });
  }

  /**
   * "Forgot password?": queues a reset e-mail (a single-use set-password link) for an active user
   * with this address. The caller learns nothing: an unknown or inactive address, or one that had
   * its e-mails for the hour, gets the same answer and nothing is sent.
   */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    if (!(await this.limiter.passwordReset(ip, email))) return noteUnchanged();
    await this.dataSource.transaction(async (m) => {
      const user = await m.findOneBy(User, { email });
      if (!user?.active) return noteUnchanged();
      await this.outbox.add(m, OutboxEventType.PASSWORD_RESET_REQUESTED, { userId: user.id, reset: true });
      await this.audit.record(m, { actorId: null, action: 'auth.password_reset_requested', targetType: 'User', targetId: user.id });
    });
  }

  /** Completes the set-password e-mail: single use, expires, ends any existing sessions. */
  async setPassword(token: string, password: string, ip: string): Promise<void> {
    await this.limiter.checkIp(ip);
    const problem = passwordProblem(password);
    if (problem) throw AppError.badInput({ password: problem });
    await this.dataSource.transaction(async (m) => {
      const row = await m.findOne(PasswordToken, {
        where: { tokenHash: hashToken(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw AppError.badInput({ token: INVALID_LINK });
      // Hashed only for a valid token, so the public mutation cannot be used to burn CPU.
      const passwordHash = await hashPassword(password);
      await m.update(User, { id: row.userId }, { passwordHash });
      await invalidatePasswordTokens(m, row.userId);
      await this.sessions.revokeUser(m, row.userId);
      await this.audit.record(m, { actorId: row.userId, action: 'user.set_password', targetType: 'User', targetId: row.userId, changes: { passwordHash: { old: null, new: null } } });
    });
  }

  private async issue(m: EntityManager, user: User, familyId: string): Promise<Session> {
    const { token, hash } = newSecureToken();
    const refreshExpiresAt = daysFromNow(this.config.REFRESH_TOKEN_TTL_DAYS);
    await m.insert(RefreshToken, { userId: user.id, familyId, tokenHash: hash, expiresAt: refreshExpiresAt });
    return this.reissue(user, familyId, { refreshToken: token, expiresAt: refreshExpiresAt });
  }

  /** A new access token for the session, alongside its current refresh token. */
  private async reissue(user: User, familyId: string, refresh: Successor): Promise<Session> {
    const claims: AccessTokenClaims = { sub: user.id, sid: familyId };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      issuer: this.config.JWT_ISSUER,
      audience: this.config.JWT_AUDIENCE,
    });
    return { accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, user, refreshToken: refresh.refreshToken, refreshExpiresAt: refresh.expiresAt };
  }
}
