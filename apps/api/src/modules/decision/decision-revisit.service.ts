import { Inject, Injectable } from '@nestjs/common';
import { formatDay } from '@orchestra/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { isOutboxEventProcessed, markOutboxEventProcessed } from '../../core/queue/outbox-processing.js';
import { MailerService } from '../mail/mailer.service.js';
import { DecisionRecord } from './decision-record.entity.js';

export type RevisitOutcome = 'sent' | 'stale' | 'already-sent';

interface RevisitRow {
  title: string;
  revisitDate: string;
  revisitEventId: string | null;
  engagementId: string;
  engagementTitle: string;
  ownerEmail: string;
  ownerName: string;
}

/** Worker-side: on the revisit date, e-mails the engagement owner about the decision. */
@Injectable()
export class DecisionRevisitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async remind(outboxEventId: string, decisionRecordId: string): Promise<RevisitOutcome> {
    if (await isOutboxEventProcessed(this.dataSource, outboxEventId)) return 'already-sent';
    const [row] = (await this.dataSource.query(
      `SELECT d.title, d."revisitDate"::text AS "revisitDate", d."revisitEventId", e.id AS "engagementId", e.title AS "engagementTitle",
              u.email AS "ownerEmail", u.name AS "ownerName"
         FROM decision_record d JOIN engagement e ON e.id = d."engagementId" JOIN app_user u ON u.id = e."ownerId"
        WHERE d.id = $1`,
      [decisionRecordId],
    )) as RevisitRow[];
    // Deleted, or rescheduled since this reminder was queued: a newer reminder (if any) will run.
    if (!row || row.revisitEventId !== outboxEventId) {
      await this.dataSource.transaction((m) => markOutboxEventProcessed(m, outboxEventId));
      return 'stale';
    }
    const link = `${this.config.ADMIN_URL.replace(/\/$/, '')}/#/Engagement/${row.engagementId}/show`;
    await this.mailer.send({
      to: row.ownerEmail,
      subject: `Revisit the decision "${row.title}" today`,
      text: [
        `Hello ${row.ownerName},`,
        '',
        `On ${row.engagementTitle}, the decision "${row.title}" was due for revisit on ${formatDay(row.revisitDate)}.`,
        'Is it still right, or has its context changed?',
        link,
      ].join('\n'),
      link,
    });
    await this.dataSource.transaction(async (m) => {
      await m.update(DecisionRecord, { id: decisionRecordId }, { revisitNotifiedAt: new Date() });
      await markOutboxEventProcessed(m, outboxEventId);
    });
    return 'sent';
  }
}
