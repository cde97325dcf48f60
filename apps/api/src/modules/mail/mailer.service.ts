import { Inject, Injectable } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { LOGGER } from '../../core/logging/logging.module.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A link worth logging when mail is written to files (development). */
  link?: string;
}

/**
 * Sends e-mail through SMTP when SMTP_URL is set; otherwise writes each message as an .eml file in
 * MAIL_DIR and logs its link, so development and tests need no mail server.
 */
@Injectable()
export class MailerService {
  private readonly transport: Transporter;
  private readonly toFiles: boolean;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.toFiles = !config.SMTP_URL;
    this.transport = config.SMTP_URL
      ? nodemailer.createTransport(config.SMTP_URL)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: Mail): Promise<void> {
    const info = await this.transport.sendMail({ from: this.config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    if (!this.toFiles) return;
    const dir = resolve(this.config.MAIL_DIR);
    await mkdir(dir, { recursive: true });
    const file = resolve(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(info.messageId).replace(/[^a-z0-9]/gi, '')}.eml`);
    await writeFile(file, (info as unknown as { message: Buffer }).message);
    this.logger.info({ file, link: mail.link, subject: mail.subject }, 'E-mail written to file (no SMTP_URL set)');
  }
}
