import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AssessmentStatus, InvitationStatus, OutboxEventType, enumLabel } from '@orchestra/shared';
import { DataSource, Repository } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { createdChanges, removedChanges } from '../../core/audit/audit-changes.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { ResourceService } from '../../core/graphql/list/resource.service.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { Contact } from '../contact/contact.entity.js';
import { AssessmentService } from './assessment.service.js';
import { Invitation } from './assessment.entities.js';
import type { CreateInvitationArgs, InvitationFilter } from './dto/assessment.args.js';

@Injectable()
export class InvitationService extends ResourceService<Invitation, InvitationFilter> {
  override readonly resources: ResourceRepository<Invitation>;

  constructor(
    @InjectRepository(Invitation) repo: Repository<Invitation>,
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {
    super();
    this.resources = new ResourceRepository(repo, {
      typeName: 'Invitation',
      alias: 'invitation',
      sortable: { id: 'id', email: 'email', name: 'name', status: 'status', respondentRole: 'respondentRole', createdAt: 'createdAt' },
      defaultSort: { field: 'createdAt', order: 'ASC' },
      search: `("invitation"."email" || ' ' || coalesce("invitation"."name", ''))`,
      equals: { assessmentId: 'assessmentId', contactId: 'contactId', status: 'status', respondentRole: 'respondentRole' },
    });
  }

  /** Invites a contact of the client or an e-mail; while the assessment is OPEN the e-mail goes at once. */
  create(actor: AuthUser, args: CreateInvitationArgs): Promise<Invitation> {
    return this.dataSource.transaction(async (m) => {
      const assessment = await this.assessments.findVisible(actor, args.assessmentId, m);
      if (!assessment) throw AppError.badInput({ assessmentId: `does not match any assessment (${args.assessmentId})` });
      await this.assessments.findForChange(m, actor, assessment.id);
      let email = args.email ?? null;
      let name = args.name ?? null;
      if (args.contactId) {
        const contact = await m.findOneBy(Contact, { id: args.contactId, clientId: assessment.clientId });
        if (!contact) throw AppError.badInput({ contactId: `is not a contact of this assessment's client (${args.contactId})` });
        email ??= contact.email;
        name ??= contact.name;
      }
      if (!email) throw AppError.badInput({ email: 'is required when no contactId is given' });
      const [taken] = await m.query(`SELECT 1 FROM invitation WHERE "assessmentId" = $1 AND lower(email) = lower($2)`, [assessment.id, email]);
      if (taken) throw AppError.conflict(`${email} is already invited to "${assessment.title}".`);
      const invitation = await m.save(
        m.create(Invitation, {
          clientId: assessment.clientId,
          assessmentId: assessment.id,
          contactId: args.contactId ?? null,
          email,
          name,
          respondentRole: args.respondentRole,
          status: InvitationStatus.PENDING,
        }),
      );
      if (assessment.status === AssessmentStatus.OPEN) {
        await this.outbox.add(m, OutboxEventType.INVITATION_EMAIL_REQUESTED, { invitationId: invitation.id, rotate: false });
      }
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'invitation.create',
        targetType: 'Invitation',
        targetId: invitation.id,
        changes: createdChanges(invitation, ['assessmentId', 'email', 'name', 'respondentRole', 'contactId']),
      });
      return invitation;
    });
  }

  /** A new e-mail with a new link; the earlier links stop working. */
  resend(actor: AuthUser, id: string): Promise<Invitation> {
    return this.dataSource.transaction(async (m) => {
      const invitation = await this.resources.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
      const assessment = await this.assessments.findForChange(m, actor, invitation.assessmentId);
      if (assessment.status !== AssessmentStatus.OPEN) throw AppError.conflict(`Assessment "${assessment.title}" is ${enumLabel('AssessmentStatus', assessment.status).toLowerCase()}: invitations go out when it opens.`);
      if (invitation.status === InvitationStatus.SUBMITTED) throw AppError.conflict(`${invitation.email} has already submitted: there is nothing to re-send.`);
      await this.outbox.add(m, OutboxEventType.INVITATION_EMAIL_REQUESTED, { invitationId: invitation.id, rotate: true });
      await this.audit.record(m, { actorId: actor.id, action: 'invitation.resend', targetType: 'Invitation', targetId: invitation.id });
      return invitation;
    });
  }

  /** An invitation that was answered stays (its response is evidence). */
  remove(actor: AuthUser, id: string): Promise<Invitation> {
    return this.dataSource.transaction(async (m) => {
      const invitation = await this.resources.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
      await this.assessments.findForChange(m, actor, invitation.assessmentId);
      if (invitation.status !== InvitationStatus.PENDING) {
        throw AppError.conflict(`${invitation.email} has ${invitation.status === InvitationStatus.SUBMITTED ? 'submitted' : 'started answering'}: the invitation stays.`);
      }
      await m.delete(Invitation, { id });
      await this.audit.record(m, { actorId: actor.id, action: 'invitation.delete', targetType: 'Invitation', targetId: id, changes: removedChanges(invitation, ['assessmentId', 'email']) });
      return invitation;
    });
  }

  /** The invitees' names, where given (a quote to the client is redacted of them). */
  async namesOf(assessmentId: string): Promise<string[]> {
    const invitations = await this.resources.repo.find({ where: { assessmentId }, select: { name: true } });
    return invitations.flatMap((i) => i.name ?? []);
  }
}
