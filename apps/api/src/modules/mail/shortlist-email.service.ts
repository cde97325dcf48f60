import { Inject, Injectable } from '@nestjs/common';
import { enumLabel, shortlistAnswerReason, type ShortlistAnswer, type ShortlistReason } from '@orchestra/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { isOutboxEventProcessed, markOutboxEventProcessed } from '../../core/queue/outbox-processing.js';
import { MailerService } from './mailer.service.js';

export type ShortlistEmailOutcome = 'sent' | 'already-sent' | 'not-answered' | 'not-a-recipient';

/**
 * Tells the recruiter who submitted a candidate how the client answered (one outbox event per
 * answer). The e-mail names the candidate: it goes to staff, never to the client.
 */
@Injectable()
export class ShortlistEmailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sendAnswer(outboxEventId: string, matchId: string, userId: string): Promise<ShortlistEmailOutcome> {
    if (await isOutboxEventProcessed(this.dataSource, outboxEventId)) return 'already-sent';
    const [row]: {
      roleId: string;
      roleTitle: string;
      clientName: string;
      candidateName: string;
      alias: string;
      answer: ShortlistAnswer | null;
      reason: ShortlistReason | null;
      note: string | null;
      slots: Date[];
      answeredBy: string | null;
      email: string | null;
      name: string | null;
      recipient: boolean;
    }[] = await this.dataSource.query(
      `SELECT r.id AS "roleId", r.title AS "roleTitle", cl.name AS "clientName", c.name AS "candidateName", m."clientAlias" AS alias,
              m."clientAnswer" AS answer, m."clientReason" AS reason, m."clientNote" AS note, m."clientSlots" AS slots, a.name AS "answeredBy",
              u.email, u.name, (u.id IS NOT NULL AND u.active AND u.role <> 'CLIENT') AS recipient
         FROM match m JOIN role r ON r.id = m."roleId" JOIN client cl ON cl.id = r."clientId" JOIN candidate c ON c.id = m."candidateId"
         LEFT JOIN app_user a ON a.id = m."clientAnsweredById"
         LEFT JOIN app_user u ON u.id = $2
        WHERE m.id = $1`,
      [matchId, userId],
    );
    const outcome: ShortlistEmailOutcome = !row?.answer ? 'not-answered' : !row.recipient ? 'not-a-recipient' : 'sent';
    if (outcome === 'sent') {
      const link = `${this.config.ADMIN_URL.replace(/\/$/, '')}/#/Role/${row!.roleId}/show`;
      const answer = enumLabel('ShortlistAnswer', row!.answer);
      const line = shortlistAnswerReason(row!.answer!, row!.answeredBy ?? row!.clientName, row!.reason ? enumLabel('ShortlistReason', row!.reason) : null, row!.note);
      const slots = row!.slots.map((d) => `  - ${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
      await this.mailer.send({
        to: row!.email!,
        subject: `${row!.clientName}: ${answer.toLowerCase()} for ${row!.candidateName} (${row!.roleTitle})`,
        text: [
          `Hello ${row!.name},`,
          '',
          `${row!.clientName} answered on ${row!.candidateName}, shown to them as ${row!.alias}, for the role "${row!.roleTitle}":`,
          line,
          ...(slots.length ? ['', 'Proposed interview times:', ...slots] : []),
          '',
          'The role, its pipeline and the client’s answers so far:',
          link,
        ].join('\n'),
        link,
      });
    }
    await this.dataSource.transaction((m) => markOutboxEventProcessed(m, outboxEventId));
    return outcome;
  }
}
