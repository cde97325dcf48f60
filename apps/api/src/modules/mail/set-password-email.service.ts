import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordToken } from '../../core/identity/auth/password-token.entity.js';
import { newSecureToken } from '../../core/identity/auth/secure-token.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { isOutboxEventProcessed, markOutboxEventProcessed } from '../../core/queue/outbox-processing.js';
import { User } from '../../core/identity/user/user.entity.js';
import { MailerService } from './mailer.service.js';

export type SetPasswordEmailOutcome = 'sent' | 'already-sent' | 'user-gone' | 'password-already-set';

/**
 * E-mails a new user a single-use link to set their password. Idempotent per outbox event: once
 * the event is marked processed (with the e-mail's delivery, in one transaction) it is skipped.
 */
@Injectable()
export class SetPasswordEmailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(outboxEventId: string, userId: string): Promise<SetPasswordEmailOutcome> {
    if (await isOutboxEventProcessed(this.dataSource, outboxEventId)) return 'already-sent';
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :userId', { userId })
      .getOne();
    if (!user || user.passwordHash) {
      await this.dataSource.transaction((m) => markOutboxEventProcessed(m, outboxEventId));
      return user ? 'password-already-set' : 'user-gone';
    }
    const { token, hash } = newSecureToken();
    const expiresAt = new Date(Date.now() + this.config.SET_PASSWORD_TTL_HOURS * 3_600_000);
    // A previous attempt may have crashed after its e-mail went out: its token stays valid (the
    // person may hold it), and this attempt adds its own. Both are single-use and expire.
    await this.dataSource.getRepository(PasswordToken).insert({ userId, outboxEventId, tokenHash: hash, expiresAt });
    const link = `${this.config.ADMIN_URL.replace(/\/$/, '')}/#/set-password?token=${encodeURIComponent(token)}`;
    await this.mailer.send({
      to: user.email,
      subject: 'Set your Orchestra password',
      text: [
        `Hello ${user.name},`,
        '',
        'An Orchestra account was created for you. Choose your password here:',
        link,
        '',
        `The link works once and expires on ${expiresAt.toUTCString()}.`,
      ].join('\n'),
      link,
    });
    await this.dataSource.transaction(async (m) => {
      await m.update(PasswordToken, { tokenHash: hash }, { emailedAt: new Date() });
      await markOutboxEventProcessed(m, outboxEventId);
    });
    return 'sent';
  }
}
