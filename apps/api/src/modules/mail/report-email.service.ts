import { Inject, Injectable } from '@nestjs/common';
import { AssessmentStatus, Role } from '@orchestra/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { isOutboxEventProcessed, markOutboxEventProcessed } from '../../core/queue/outbox-processing.js';
import { MailerService } from './mailer.service.js';

export type ReportEmailOutcome = 'sent' | 'already-sent' | 'not-published' | 'not-a-recipient';

/**
 * Tells one CLIENT user that a report of their client is published (one outbox event per user, so
 * a retry re-sends to that person only). Skipped once its event is processed; at least once, as
 * every e-mail here (see the README).
 */
@Injectable()
export class ReportEmailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sendPublished(outboxEventId: string, assessmentId: string, userId: string): Promise<ReportEmailOutcome> {
    if (await isOutboxEventProcessed(this.dataSource, outboxEventId)) return 'already-sent';
    const [row]: { title: string; status: AssessmentStatus; clientName: string; engagementTitle: string; email: string | null; name: string | null; recipient: boolean }[] =
      await this.dataSource.query(
        `SELECT a.title, a.status, c.name AS "clientName", e.title AS "engagementTitle", u.email, u.name,
                (u.id IS NOT NULL AND u.active AND u.role = $3 AND u."clientId" = a."clientId") AS recipient
           FROM assessment a JOIN client c ON c.id = a."clientId" JOIN engagement e ON e.id = a."engagementId"
           LEFT JOIN app_user u ON u.id = $2
          WHERE a.id = $1`,
        [assessmentId, userId, Role.CLIENT],
      );
    const outcome: ReportEmailOutcome = !row || row.status !== AssessmentStatus.PUBLISHED ? 'not-published' : !row.recipient ? 'not-a-recipient' : 'sent';
    if (outcome === 'sent') {
      const link = `${this.config.ADMIN_URL.replace(/\/$/, '')}/#/reports/${assessmentId}`;
      await this.mailer.send({
        to: row!.email!,
        subject: `${row!.clientName}: the report "${row!.title}" is ready`,
        text: [
          `Hello ${row!.name},`,
          '',
          `The capability assessment report "${row!.title}" (${row!.engagementTitle}) is published. It shows where your teams stand against their targets, the gaps, and the options recommended to close them.`,
          'Answers are never shown by name, and groups too small to stay anonymous are merged.',
          '',
          'Read it here (sign in with your Orchestra account):',
          link,
        ].join('\n'),
        link,
      });
    }
    await this.dataSource.transaction((m) => markOutboxEventProcessed(m, outboxEventId));
    return outcome;
  }
}
