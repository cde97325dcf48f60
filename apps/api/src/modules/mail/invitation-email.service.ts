import { Inject, Injectable } from '@nestjs/common';
import { AssessmentStatus, InvitationStatus, RESPONDENT_ROLES, formatDay } from '@orchestra/shared';
import { DataSource, In } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { isOutboxEventProcessed, markOutboxEventProcessed } from '../../core/queue/outbox-processing.js';
import { Invitation } from '../assessment/assessment.entities.js';
import { issueInvitationToken } from '../assessment/invitation-tokens.js';
import { MailerService } from './mailer.service.js';

export type InvitationEmailOutcome = 'sent' | 'already-sent' | 'not-open' | 'nothing-to-send';

interface AssessmentFacts {
  assessmentId: string;
  title: string;
  status: AssessmentStatus;
  dueDate: string;
  clientName: string;
  engagementTitle: string;
  estimatedMinutes: number;
  ownerName: string;
}

/**
 * Assessment e-mails: invitations and reminders, each with a fresh link (the token exists only in
 * the e-mail), and the owner's "scored" notice. A job whose outbox event is already processed is
 * skipped, so a retry after the event is marked does not e-mail twice.
 */
@Injectable()
export class InvitationEmailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sendInvitation(outboxEventId: string, invitationId: string, rotate: boolean): Promise<InvitationEmailOutcome> {
    if (await isOutboxEventProcessed(this.dataSource, outboxEventId)) return 'already-sent';
    const invitation = await this.dataSource.getRepository(Invitation).findOneBy({ id: invitationId });
    const facts = invitation ? await this.facts(invitation.assessmentId) : null;
    if (!invitation || !facts || facts.status !== AssessmentStatus.OPEN || invitation.status === InvitationStatus.SUBMITTED) {
      await this.dataSource.transaction((m) => markOutboxEventProcessed(m, outboxEventId));
      return 'not-open';
    }
    const token = await this.dataSource.transaction((m) => issueInvitationToken(m, invitation.id, facts.dueDate, rotate));
    const link = this.link(token);
    await this.mailer.send({
      to: invitation.email,
      subject: `${facts.clientName}: your view on "${facts.title}"`,
      text: [
        `Hello${invitation.name ? ` ${invitation.name}` : ''},`,
        '',
        `${facts.ownerName} is running a capability assessment with ${facts.clientName} for "${facts.engagementTitle}", and would like your view as ${roleLabel(invitation.respondentRole)}.`,
        `It takes about ${facts.estimatedMinutes} minutes, one area at a time; your answers are saved as you go, so you can stop and come back.`,
        '',
        'Start here (no account needed):',
        link,
        '',
        `Please answer by ${formatDay(facts.dueDate)}.${rotate ? ' Earlier links for this invitation no longer work.' : ''}`,
      ].join('\n'),
      link,
    });
    await this.dataSource.transaction(async (m) => {
      await m.query(`UPDATE invitation SET "sentAt" = coalesce("sentAt", now()) WHERE id = $1`, [invitation.id]);
      await markOutboxEventProcessed(m, outboxEventId);
    });
    return 'sent';
  }

  /** Reminds everyone who has not submitted; the e-mailed links keep working, each reminder adds one. */
  async sendReminders(outboxEventId: string, assessmentId: string, daysBefore: number): Promise<{ outcome: InvitationEmailOutcome; reminded: number }> {
    if (await isOutboxEventProcessed(this.dataSource, outboxEventId)) return { outcome: 'already-sent', reminded: 0 };
    const facts = await this.facts(assessmentId);
    const waiting =
      facts?.status === AssessmentStatus.OPEN
        ? await this.dataSource.getRepository(Invitation).find({ where: { assessmentId, status: In([InvitationStatus.PENDING, InvitationStatus.STARTED]) } })
        : [];
    for (const invitation of waiting) {
      const token = await this.dataSource.transaction((m) => issueInvitationToken(m, invitation.id, facts!.dueDate, false));
      const link = this.link(token);
      await this.mailer.send({
        to: invitation.email,
        subject: `Reminder: "${facts!.title}" is due ${daysBefore === 1 ? 'tomorrow' : `in ${daysBefore} days`}`,
        text: [
          `Hello${invitation.name ? ` ${invitation.name}` : ''},`,
          '',
          `${facts!.clientName}'s capability assessment "${facts!.title}" closes on ${formatDay(facts!.dueDate)}.`,
          invitation.status === InvitationStatus.STARTED ? 'Your answers so far are saved: pick up where you left off.' : `It takes about ${facts!.estimatedMinutes} minutes.`,
          '',
          link,
        ].join('\n'),
        link,
      });
      await this.dataSource.query(`UPDATE invitation SET "remindersSent" = "remindersSent" + 1 WHERE id = $1`, [invitation.id]);
    }
    await this.dataSource.transaction((m) => markOutboxEventProcessed(m, outboxEventId));
    return { outcome: waiting.length ? 'sent' : facts?.status === AssessmentStatus.OPEN ? 'nothing-to-send' : 'not-open', reminded: waiting.length };
  }

  /** Tells the engagement owner the assessment is scored (at least once: see the README). */
  async sendScored(outboxEventId: string, assessmentId: string): Promise<InvitationEmailOutcome> {
    if (await isOutboxEventProcessed(this.dataSource, outboxEventId)) return 'already-sent';
    const [row] = await this.dataSource.query(
      `SELECT a.title, u.email, u.name, (SELECT count(*)::int FROM capability_gap g WHERE g."assessmentId" = a.id) AS gaps
         FROM assessment a JOIN engagement e ON e.id = a."engagementId" JOIN app_user u ON u.id = e."ownerId" WHERE a.id = $1`,
      [assessmentId],
    );
    if (row) {
      const link = `${this.config.ADMIN_URL.replace(/\/$/, '')}/#/Assessment/${assessmentId}/show/report`;
      await this.mailer.send({
        to: row.email,
        subject: `"${row.title}" is scored: ${row.gaps} gap${row.gaps === 1 ? '' : 's'} to review`,
        text: [`Hello ${row.name},`, '', `The responses to "${row.title}" are scored. The report, the gaps and the ranked options are ready:`, link].join('\n'),
      });
    }
    await this.dataSource.transaction((m) => markOutboxEventProcessed(m, outboxEventId));
    return row ? 'sent' : 'not-open';
  }

  private link(token: string): string {
    return `${this.config.ADMIN_URL.replace(/\/$/, '')}/#/respond/${encodeURIComponent(token)}`;
  }

  private async facts(assessmentId: string): Promise<AssessmentFacts | null> {
    const [row] = await this.dataSource.query(
      `SELECT a.id AS "assessmentId", a.title, a.status, to_char(a."dueDate", 'YYYY-MM-DD') AS "dueDate", c.name AS "clientName",
              e.title AS "engagementTitle", t."estimatedMinutes", u.name AS "ownerName"
         FROM assessment a JOIN client c ON c.id = a."clientId" JOIN engagement e ON e.id = a."engagementId"
         JOIN assessment_template t ON t.id = a."templateId" JOIN app_user u ON u.id = e."ownerId"
        WHERE a.id = $1`,
      [assessmentId],
    );
    return (row as AssessmentFacts | undefined) ?? null;
  }
}

const ROLE_LABELS: Record<(typeof RESPONDENT_ROLES)[number], string> = {
  CTO: 'CTO',
  ENGINEERING_MANAGER: 'an engineering manager',
  ENGINEER: 'an engineer',
  PRODUCT: 'someone in product',
  OTHER: 'a colleague close to the work',
};

function roleLabel(role: (typeof RESPONDENT_ROLES)[number]): string {
  return ROLE_LABELS[role];
}
