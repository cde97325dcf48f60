import { Inject, Injectable } from '@nestjs/common';
import { DATE_FORMAT_OPTIONS } from '@orchestra/shared';
import { DataSource } from 'typeorm';
import { PasswordToken } from '../../core/identity/auth/password-token.entity.js';
import { newSecureToken } from '../../core/identity/auth/secure-token.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { isOutboxEventProcessed, markOutboxEventProcessed } from '../../core/queue/outbox-processing.js';
import { User } from '../../core/identity/user/user.entity.js';
import { MailerService } from './mailer.service.js';

export type SetPasswordEmailOutcome = 'sent' | 'already-sent' | 'user-gone' | 'password-already-set' | 'user-inactive';

/** "3 March 2027 at 14:05 UTC": the house's date, with the time the link stops working. */
const EXPIRY_FORMAT = new Intl.DateTimeFormat('en-GB', { ...DATE_FORMAT_OPTIONS, hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

/**
 * E-mails a new user a single-use link to set their password, or (`reset`) an active user who
 * asked for one a link to choose a new password: the same tokens, with a shorter life. Idempotent
 * per outbox event: once the event is marked processed (with the e-mail's delivery, in one
 * transaction) it is skipped.
 */
@Injectable()
export class SetPasswordEmailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(outboxEventId: string, userId: string, reset = false): Promise<SetPasswordEmailOutcome> {
    if (await isOutboxEventProcessed(this.dataSource, outboxEventId)) return 'already-sent';
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :userId', { userId })
      .getOne();
    // An invitation is moot once a password is set; a reset is for active users (and may replace a password).
    const skip: SetPasswordEmailOutcome | null = !user ? 'user-gone' : reset && !user.active ? 'user-inactive' : !reset && user.passwordHash ? 'password-already-set' : null;
    if (!user || skip) {
      await this.dataSource.transaction((m) => markOutboxEventProcessed(m, outboxEventId));
      return skip ?? 'user-gone';
    }
    const { token, hash } = newSecureToken();
    const ttlMs = reset ? this.config.PASSWORD_RESET_TTL_MINUTES * 60_000 : this.config.SET_PASSWORD_TTL_HOURS * 3_600_000;
    const expiresAt = new Date(Date.now() + ttlMs);
    // A previous attempt may have crashed after its e-mail went out: its token stays valid (the
    // person may hold it), and this attempt adds its own. Both are single-use and expire.
    await this.dataSource.getRepository(PasswordToken).insert({ userId, outboxEventId, tokenHash: hash, expiresAt });
    const link = `${this.config.ADMIN_URL.replace(/\/$/, '')}/#/set-password?token=${encodeURIComponent(token)}${reset ? '&reset=1' : ''}`;
    const expiry = EXPIRY_FORMAT.format(expiresAt);
    await this.mailer.send({
      to: user.email,
      subject: reset ? 'Reset your Orchestra password' : 'Set your Orchestra password',
      text: (reset
        ? [
            `Hello ${user.name},`,
            '',
            'Someone asked to reset the password of your Orchestra account. Choose a new password here:',
            link,
            '',
            `The link works once and expires on ${expiry}.`,
            'If you did not ask for this, ignore this e-mail: your password stays as it is.',
          ]
        : [
            `Hello ${user.name},`,
            '',
            'An Orchestra account was created for you. Choose your password here:',
            link,
            '',
            `The link works once and expires on ${expiry}.`,
          ]
      ).join('\n'),
      link,
    });
    await this.dataSource.transaction(async (m) => {
      await m.update(PasswordToken, { tokenHash: hash }, { emailedAt: new Date() });
      await markOutboxEventProcessed(m, outboxEventId);
    });
    return 'sent';
  }
}
