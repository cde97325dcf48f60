import { Injectable } from '@nestjs/common';
import { answerProblems, AssessmentStatus, closedInvitationNote, InvitationStatus, isAnswered, type Answer, type AnswerableQuestion, isoDay } from '@orchestra/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { hashToken } from '../../core/identity/auth/secure-token.js';
import { ErrorCode } from '@orchestra/shared';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { noteUnchanged } from '../../core/request-context/request-context.js';
import { Capability, CapabilityArea, Question } from '../framework/framework.entities.js';
import { Assessment, Invitation, InvitationToken, Response } from './assessment.entities.js';
import type { AnswerInput } from './dto/respond.args.js';
import type { MyInvitationType, RespondentAreaType, RespondentInvitationType, ResponseReceiptType } from './dto/respond.type.js';
import { issueInvitationToken } from './invitation-tokens.js';
import { RespondRateLimiter } from './respond-rate-limiter.js';

interface Resolved {
  invitation: Invitation;
  assessment: Assessment;
}

/** Stable reasons in `extensions.reason`, so the page can say the right thing. */
export const LinkProblem = {
  TOKEN_UNKNOWN: 'TOKEN_UNKNOWN',
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  ALREADY_SUBMITTED: 'ALREADY_SUBMITTED',
  ASSESSMENT_CLOSED: 'ASSESSMENT_CLOSED',
} as const;

/**
 * The respondent's side: everything is reached through an invitation token (no account), and a
 * token reaches exactly one invitation, its questionnaire and its own response.
 */
@Injectable()
export class RespondService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: RespondRateLimiter,
    private readonly audit: AuditService,
  ) {}

  async invitation(ip: string, token: string): Promise<RespondentInvitationType> {
    const { invitation, assessment } = await this.resolve(this.dataSource.manager, ip, token);
    if (invitation.status !== InvitationStatus.SUBMITTED) this.assertOpen(assessment);
    const [meta] = await this.dataSource.query(
      `SELECT c.name AS "clientName", e.title AS "engagementTitle", f.description AS purpose, t.description AS instructions, t."estimatedMinutes"
         FROM assessment a JOIN client c ON c.id = a."clientId" JOIN engagement e ON e.id = a."engagementId"
         JOIN assessment_template t ON t.id = a."templateId" JOIN capability_framework f ON f.id = t."frameworkId" WHERE a.id = $1`,
      [assessment.id],
    );
    const areas = await this.questionnaire(assessment.templateId);
    const response = await this.dataSource.getRepository(Response).findOneBy({ invitationId: invitation.id });
    return {
      status: invitation.status,
      assessmentStatus: assessment.status,
      respondentName: invitation.name,
      respondentRole: invitation.respondentRole,
      clientName: meta.clientName,
      engagementTitle: meta.engagementTitle,
      assessmentTitle: assessment.title,
      purpose: meta.purpose,
      instructions: meta.instructions,
      dueDate: assessment.dueDate,
      anonymityThreshold: assessment.anonymityThreshold,
      estimatedMinutes: meta.estimatedMinutes,
      questionCount: areas.reduce((n, a) => n + a.questions.length, 0),
      areas,
      answers: (response?.answers ?? []).map(toAnswerType),
      savedAt: response?.updatedAt ?? null,
      submittedAt: response?.submittedAt ?? null,
    };
  }

  /** Autosave: any subset of answers, each checked against its question; replaces the draft. */
  saveDraft(ip: string, token: string, answers: AnswerInput[]): Promise<ResponseReceiptType> {
    return this.dataSource.transaction(async (m) => {
      const { invitation, assessment } = await this.resolve(m, ip, token, true);
      this.assertNotSubmitted(invitation);
      this.assertOpen(assessment);
      const questions = await this.checkAnswers(m, assessment.templateId, answers);
      const response = await this.upsertResponse(m, invitation, answers, null, null);
      if (invitation.status === InvitationStatus.PENDING) {
        await m.update(Invitation, { id: invitation.id }, { status: InvitationStatus.STARTED, startedAt: new Date() });
      }
      return receipt(InvitationStatus.STARTED, response, questions.length);
    });
  }

  /**
   * Submits once. The invitation row lock serialises concurrent submits: the first writes, the
   * others see it submitted and replay (same key) or get CONFLICT (another key).
   */
  submit(ip: string, token: string, answers: AnswerInput[], idempotencyKey: string): Promise<ResponseReceiptType> {
    return this.dataSource.transaction(async (m) => {
      const { invitation, assessment } = await this.resolve(m, ip, token, true);
      const existing = await m.findOneBy(Response, { invitationId: invitation.id });
      if (existing?.submittedAt) {
        if (existing.submitKey === idempotencyKey) {
          noteUnchanged();
          const count = await m.count(Question, { where: { templateId: assessment.templateId } });
          return receipt(InvitationStatus.SUBMITTED, existing, count);
        }
        this.assertNotSubmitted(invitation);
      }
      this.assertOpen(assessment);
      const questions = await this.checkAnswers(m, assessment.templateId, answers);
      // An empty submission would count as a response (progress, group sizes) while saying nothing.
      if (!answers.some(isAnswered)) throw AppError.badInput({ answers: 'are empty: answer at least one question before submitting' });
      const now = new Date();
      const response = await this.upsertResponse(m, invitation, answers, now, idempotencyKey);
      await m.update(Invitation, { id: invitation.id }, { status: InvitationStatus.SUBMITTED, submittedAt: now, startedAt: invitation.startedAt ?? now });
      // The respondent has no account; the answers themselves stay out of the trail (anonymity).
      await this.audit.record(m, { actorId: null, action: 'response.submit', targetType: 'Invitation', targetId: invitation.id, changes: { status: { old: invitation.status, new: InvitationStatus.SUBMITTED } } });
      return receipt(InvitationStatus.SUBMITTED, response, questions.length);
    });
  }

  /** The signed-in client user's invitations (by e-mail, within their client). */
  async mine(actor: AuthUser): Promise<MyInvitationType[]> {
    const rows: Omit<MyInvitationType, 'closedNote'>[] = await this.dataSource.query(
      `SELECT i.id, i.status, a.status AS "assessmentStatus", a.title AS "assessmentTitle", e.title AS "engagementTitle", to_char(a."dueDate", 'YYYY-MM-DD') AS "dueDate",
              a."closedAt", i."startedAt"
         FROM invitation i JOIN app_user u ON u.id = $1 AND lower(u.email) = lower(i.email)
         JOIN assessment a ON a.id = i."assessmentId" JOIN engagement e ON e.id = a."engagementId"
        WHERE ($2::uuid IS NULL OR i."clientId" = $2::uuid) AND a.status <> 'DRAFT'
        ORDER BY a."dueDate" DESC, a.title`,
      [actor.id, actor.clientId],
    );
    return rows.map((r) => ({ ...r, closedNote: closedInvitationNote(r) }));
  }

  /** A fresh link for one of the signed-in user's own invitations (the e-mailed one keeps working). */
  async linkForMine(actor: AuthUser, invitationId: string): Promise<string> {
    const mine = (await this.mine(actor)).find((i) => i.id === invitationId);
    if (!mine) throw AppError.notFound('Invitation', invitationId);
    if (mine.status !== InvitationStatus.SUBMITTED && mine.assessmentStatus !== AssessmentStatus.OPEN) {
      throw new AppError(ErrorCode.CONFLICT, `"${mine.assessmentTitle}" is closed: answers are no longer accepted.`, undefined, LinkProblem.ASSESSMENT_CLOSED);
    }
    return this.dataSource.transaction(async (m) => {
      const token = await issueInvitationToken(m, invitationId, mine.dueDate, false);
      await this.audit.record(m, { actorId: actor.id, action: 'invitation.link_issued', targetType: 'Invitation', targetId: invitationId, changes: { token: { old: null, new: null } } });
      return token;
    });
  }

  private async resolve(m: EntityManager, ip: string, token: string, lock = false): Promise<Resolved> {
    const tokenHash = hashToken(token);
    await this.limiter.check(ip, tokenHash);
    const link = await m.findOneBy(InvitationToken, { tokenHash });
    if (!link || link.revokedAt) {
      throw new AppError(
        ErrorCode.NOT_FOUND,
        'This invitation link is not valid: it may have been replaced by a newer one. Use the link in your latest invitation e-mail.',
        undefined,
        LinkProblem.TOKEN_UNKNOWN,
      );
    }
    if (link.expiresAt.getTime() <= Date.now()) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        `This invitation link expired on ${isoDay(link.expiresAt)}: ask your consultant to send it again.`,
        undefined,
        LinkProblem.TOKEN_EXPIRED,
      );
    }
    const invitation = await m.findOneOrFail(Invitation, { where: { id: link.invitationId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const assessment = await m.findOneByOrFail(Assessment, { id: invitation.assessmentId });
    return { invitation, assessment };
  }

  private assertOpen(assessment: Assessment): void {
    if (assessment.status !== AssessmentStatus.OPEN) {
      throw new AppError(ErrorCode.CONFLICT, `"${assessment.title}" is closed: answers are no longer accepted.`, undefined, LinkProblem.ASSESSMENT_CLOSED);
    }
  }

  private assertNotSubmitted(invitation: Invitation): void {
    if (invitation.status === InvitationStatus.SUBMITTED) {
      throw new AppError(ErrorCode.CONFLICT, 'These answers were already submitted and cannot change. Thank you!', undefined, LinkProblem.ALREADY_SUBMITTED);
    }
  }

  private async checkAnswers(m: EntityManager, templateId: string, answers: AnswerInput[]): Promise<AnswerableQuestion[]> {
    const questions = await m.find(Question, { where: { templateId }, select: { id: true, key: true, type: true, options: true, allowsDontKnow: true } });
    const problems = answerProblems(questions, answers);
    if (Object.keys(problems).length) throw AppError.badInput(problems);
    return questions;
  }

  private async upsertResponse(m: EntityManager, invitation: Invitation, answers: AnswerInput[], submittedAt: Date | null, submitKey: string | null): Promise<Response> {
    const kept: Answer[] = answers.filter(isAnswered).map((a) => ({
      questionId: a.questionId,
      scale: a.scale ?? null,
      choices: a.choices ?? null,
      text: a.text?.trim() || null,
      dontKnow: a.dontKnow ?? null,
    }));
    await m.query(
      `INSERT INTO response ("clientId", "invitationId", answers, "submittedAt", "submitKey") VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ("invitationId") DO UPDATE SET answers = EXCLUDED.answers, "submittedAt" = EXCLUDED."submittedAt",
         "submitKey" = EXCLUDED."submitKey", "updatedAt" = now()`,
      [invitation.clientId, invitation.id, JSON.stringify(kept), submittedAt, submitKey],
    );
    return m.findOneByOrFail(Response, { invitationId: invitation.id });
  }

  /** Areas in order, each with its capabilities (levels) and questions. */
  private async questionnaire(templateId: string): Promise<RespondentAreaType[]> {
    const questions = await this.dataSource.getRepository(Question).find({ where: { templateId }, order: { position: 'ASC' } });
    const capabilityIds = [...new Set(questions.map((q) => q.capabilityId))];
    const capabilities = capabilityIds.length ? await this.dataSource.getRepository(Capability).find({ where: { id: In(capabilityIds) } }) : [];
    const areaIds = [...new Set(capabilities.map((c) => c.areaId))];
    const areas = areaIds.length ? await this.dataSource.getRepository(CapabilityArea).find({ where: { id: In(areaIds) }, order: { position: 'ASC' } }) : [];
    const capabilityById = new Map(capabilities.map((c) => [c.id, c]));
    return areas.map((area) => {
      const own = capabilities.filter((c) => c.areaId === area.id).sort((a, b) => a.position - b.position);
      const ownIds = new Set(own.map((c) => c.id));
      return {
        id: area.id,
        name: area.name,
        description: area.description,
        capabilities: own.map((c) => ({ id: c.id, name: c.name, description: c.description, levels: c.levels })),
        questions: questions
          .filter((q) => ownIds.has(q.capabilityId) && capabilityById.has(q.capabilityId))
          .map((q) => ({ id: q.id, capabilityId: q.capabilityId, prompt: q.prompt, helpText: q.helpText, type: q.type, options: q.options, allowsDontKnow: q.allowsDontKnow })),
      };
    });
  }
}

function toAnswerType(a: Answer) {
  return { questionId: a.questionId, scale: a.scale ?? null, choices: a.choices ?? null, text: a.text ?? null, dontKnow: a.dontKnow ?? null };
}

function receipt(status: InvitationStatus, response: Response, questionCount: number): ResponseReceiptType {
  return { status, answered: response.answers.filter(isAnswered).length, questionCount, savedAt: response.updatedAt, submittedAt: response.submittedAt };
}
