import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AssessmentStatus,
  DEFAULT_ANONYMITY_THRESHOLD,
  EngagementStage,
  FrameworkStatus,
  InvitationStatus,
  isOpenStage,
  OutboxEventType,
  planDisclosure,
  REMINDER_DAYS_BEFORE_DUE,
  RESPONDENT_ROLES,
  type Answer,
  type RespondentRole,
  today,
  enumLabel,
} from '@orchestra/shared';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { createdChanges, diffChanges, removedChanges } from '../../core/audit/audit-changes.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { AppError } from '../../core/errors/app-error.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { ResourceService } from '../../core/graphql/list/resource.service.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { IdempotencyService } from '../../core/idempotency/idempotency.service.js';
import { isOutboxEventProcessed, markOutboxEventProcessed } from '../../core/queue/outbox-processing.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { UserDirectoryService } from '../../core/identity/user/user-directory.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import { EngagementService } from '../engagement/engagement.service.js';
import { Engagement } from '../engagement/engagement.entity.js';
import { FrameworkService } from '../framework/framework.service.js';
import type { AssessmentProgressType, AssessmentTargetType } from './dto/assessment.type.js';
import type {
  AssessmentActionArgs,
  AssessmentFilter,
  CloseAssessmentArgs,
  CreateAssessmentArgs,
  SetAssessmentTargetsArgs,
  UpdateAssessmentArgs,
} from './dto/assessment.args.js';
import { Assessment, AssessmentTarget, Invitation, Response } from './assessment.entities.js';
import { cancelScheduledJobs, closeAssessmentRecord, dueRunAt } from './assessment-closing.js';
import { extendInvitationTokens } from './invitation-tokens.js';

/** What the finalise flow reads of an assessment's engagement. */
export type EngagementFacts = Pick<Engagement, 'ownerId' | 'horizon' | 'urgency' | 'budgetBand'>;

@Injectable()
export class AssessmentService extends ResourceService<Assessment, AssessmentFilter> {
  override readonly resources: ResourceRepository<Assessment>;

  constructor(
    @InjectRepository(Assessment) repo: Repository<Assessment>,
    private readonly dataSource: DataSource,
    private readonly engagements: EngagementService,
    private readonly frameworks: FrameworkService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: UserDirectoryService,
    private readonly inbox: InboxService,
  ) {
    super();
    this.resources = new ResourceRepository(repo, {
      typeName: 'Assessment',
      alias: 'assessment',
      sortable: { id: 'id', title: 'title', status: 'status', dueDate: 'dueDate', createdAt: 'createdAt' },
      defaultSort: { field: 'createdAt', order: 'DESC' },
      search: '"assessment"."title"',
      equals: { engagementId: 'engagementId', clientId: 'clientId', templateId: 'templateId', status: 'status' },
      ranges: { dueDate: 'dueDate' },
    });
  }

  create(actor: AuthUser, args: CreateAssessmentArgs): Promise<Assessment> {
    return this.dataSource.transaction(async (m) => {
      const engagement = await this.engagements.findVisible(actor, args.engagementId);
      if (!engagement) throw AppError.badInput({ engagementId: `does not match any engagement (${args.engagementId})` });
      if (!isOpenStage(engagement.stage)) throw AppError.conflict(`Engagement "${engagement.title}" is ${enumLabel('EngagementStage', engagement.stage).toLowerCase()}: assess open engagements only.`);
      const template = await this.frameworks.templates.findVisible(TenantScope.system(), args.templateId, { manager: m });
      if (!template) throw AppError.badInput({ templateId: `does not match any template (${args.templateId})` });
      const framework = await this.frameworks.frameworks.findOne(TenantScope.system(), template.frameworkId, { manager: m });
      if (framework.status !== FrameworkStatus.PUBLISHED) {
        throw AppError.badInput({ templateId: `belongs to ${framework.name} v${framework.version}, which is a draft: publish it first` });
      }
      this.checkDueDate(args.dueDate);
      const assessment = await m.save(
        m.create(Assessment, {
          clientId: engagement.clientId,
          engagementId: engagement.id,
          templateId: template.id,
          title: args.title,
          status: AssessmentStatus.DRAFT,
          dueDate: args.dueDate,
          minRespondents: args.minRespondents ?? 3,
          anonymityThreshold: args.anonymityThreshold ?? DEFAULT_ANONYMITY_THRESHOLD,
        }),
      );
      // Targets start from each capability's default; the consultant agrees them with the client.
      await m.query(
        `INSERT INTO assessment_target ("assessmentId", "capabilityId", target)
         SELECT $1, c.id, c."defaultTarget" FROM capability c WHERE c."frameworkId" = $2`,
        [assessment.id, framework.id],
      );
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'assessment.create',
        targetType: 'Assessment',
        targetId: assessment.id,
        changes: createdChanges(assessment, ['engagementId', 'templateId', 'title', 'dueDate', 'minRespondents', 'anonymityThreshold']),
      });
      return assessment;
    });
  }

  update(actor: AuthUser, args: UpdateAssessmentArgs): Promise<Assessment> {
    return this.dataSource.transaction(async (m) => {
      const assessment = await this.findForChange(m, actor, args.id);
      const before = { ...assessment };
      const changed: string[] = [];
      if (args.title != null && args.title !== assessment.title) {
        assessment.title = args.title;
        changed.push('title');
      }
      if (args.minRespondents != null && args.minRespondents !== assessment.minRespondents) {
        assessment.minRespondents = args.minRespondents;
        changed.push('minRespondents');
      }
      if (args.anonymityThreshold != null && args.anonymityThreshold !== assessment.anonymityThreshold) {
        // People answered on the promise of this threshold (their welcome page states it).
        if (assessment.status !== AssessmentStatus.DRAFT) {
          throw AppError.badInput({ anonymityThreshold: `cannot change once the assessment is open: respondents were told groups of fewer than ${assessment.anonymityThreshold} are never shown` });
        }
        assessment.anonymityThreshold = args.anonymityThreshold;
        changed.push('anonymityThreshold');
      }
      if (args.dueDate != null && args.dueDate !== assessment.dueDate) {
        this.checkDueDate(args.dueDate);
        assessment.dueDate = args.dueDate;
        changed.push('dueDate');
        if (assessment.status === AssessmentStatus.OPEN) {
          await cancelScheduledJobs(m, this.outbox, assessment);
          await this.scheduleJobs(m, assessment);
          await extendInvitationTokens(m, assessment.id, assessment.dueDate);
        }
      }
      if (changed.length) await m.save(assessment);
      await this.audit.record(m, { actorId: actor.id, action: 'assessment.update', targetType: 'Assessment', targetId: assessment.id, changes: diffChanges(before, assessment, ['title', 'minRespondents', 'anonymityThreshold', 'dueDate']) });
      return assessment;
    });
  }

  setTargets(actor: AuthUser, args: SetAssessmentTargetsArgs): Promise<Assessment> {
    return this.dataSource.transaction(async (m) => {
      const assessment = await this.findForChange(m, actor, args.id);
      const known: { capabilityId: string; target: number }[] = await m.query(`SELECT "capabilityId", target FROM assessment_target WHERE "assessmentId" = $1`, [assessment.id]);
      const previous = new Map(known.map((k) => [k.capabilityId, k.target]));
      const ids = new Set(previous.keys());
      const problems: Record<string, string> = {};
      args.targets.forEach((t, i) => {
        if (!ids.has(t.capabilityId)) problems[`targets.${i}.capabilityId`] = `is not a capability of this assessment's framework (${t.capabilityId})`;
      });
      if (Object.keys(problems).length) throw AppError.badInput(problems);
      for (const t of args.targets) {
        await m.update(AssessmentTarget, { assessmentId: assessment.id, capabilityId: t.capabilityId }, { target: t.target });
      }
      await this.audit.record(m, { actorId: actor.id, action: 'assessment.set_targets', targetType: 'Assessment', targetId: assessment.id,
        changes: { targets: { old: Object.fromEntries(args.targets.map((t) => [t.capabilityId, previous.get(t.capabilityId)])), new: Object.fromEntries(args.targets.map((t) => [t.capabilityId, t.target])) } },
      });
      return assessment;
    });
  }

  /** Sends every invitation (through the outbox), schedules reminders, moves the engagement to ASSESSING. */
  open(actor: AuthUser, args: AssessmentActionArgs): Promise<Assessment> {
    const scope = TenantScope.of(actor);
    return this.dataSource.transaction((m) =>
      this.idempotency.once(
        m,
        actor,
        'openAssessment',
        args,
        async () => {
          const assessment = await this.resources.findOne(scope, args.id, { manager: m, lock: true });
          if (assessment.status !== AssessmentStatus.DRAFT) throw AppError.conflict(`Assessment "${assessment.title}" is ${enumLabel('AssessmentStatus', assessment.status).toLowerCase()}: only a draft can be opened.`);
          const invitations = await m.find(Invitation, { where: { assessmentId: assessment.id } });
          if (!invitations.length) throw AppError.conflict(`Assessment "${assessment.title}" has no invitations: invite at least one person before opening it.`);
          if (assessment.dueDate < today()) throw AppError.conflict(`Assessment "${assessment.title}" was due on ${assessment.dueDate}: move the due date before opening it.`);
          assessment.status = AssessmentStatus.OPEN;
          assessment.openedAt = new Date();
          for (const invitation of invitations) {
            await this.outbox.add(m, OutboxEventType.INVITATION_EMAIL_REQUESTED, { invitationId: invitation.id, rotate: false });
          }
          await this.scheduleJobs(m, assessment);
          await m.save(assessment);
          await this.engagements.advanceTo(m, actor, assessment.engagementId, EngagementStage.ASSESSING, `Assessment "${assessment.title}" opened`);
          await this.audit.record(m, { actorId: actor.id, action: 'assessment.open', targetType: 'Assessment', targetId: assessment.id, changes: { status: { old: AssessmentStatus.DRAFT, new: assessment.status } } });
          return assessment;
        },
        (id) => this.resources.findOne(scope, id, { manager: m }),
      ),
    );
  }

  /**
   * Stops answers, always with a reason (kept on the assessment and shown on its page). With no
   * submitted response only with `force`. Unanswered invitations expire.
   */
  close(actor: AuthUser, args: CloseAssessmentArgs): Promise<Assessment> {
    const scope = TenantScope.of(actor);
    return this.dataSource.transaction((m) =>
      this.idempotency.once(
        m,
        actor,
        'closeAssessment',
        args,
        async () => {
          const assessment = await this.resources.findOne(scope, args.id, { manager: m, lock: true });
          if (assessment.status !== AssessmentStatus.OPEN) throw AppError.conflict(`Assessment "${assessment.title}" is ${enumLabel('AssessmentStatus', assessment.status).toLowerCase()}: only an open assessment can be closed.`);
          const submitted = await m.count(Invitation, { where: { assessmentId: assessment.id, status: InvitationStatus.SUBMITTED } });
          if (!submitted && !args.force) {
            throw AppError.conflict(`Assessment "${assessment.title}" has no submitted response yet: wait for one, or close with force and a reason.`);
          }
          if (!args.reason) throw AppError.badInput({ reason: 'is required: say why the assessment is closed now (e.g. "Enough responses to score")' });
          await closeAssessmentRecord(m, this.outbox, assessment, args.reason);
          await this.audit.record(m, { actorId: actor.id, action: 'assessment.close', targetType: 'Assessment', targetId: assessment.id, changes: { status: { old: AssessmentStatus.OPEN, new: assessment.status }, closeReason: { old: null, new: assessment.closeReason } } });
          return assessment;
        },
        (id) => this.resources.findOne(scope, id, { manager: m }),
      ),
    );
  }

  /** Only a DRAFT goes: once invitations went out, the assessment is part of the record. */
  remove(actor: AuthUser, id: string): Promise<Assessment> {
    return this.dataSource.transaction(async (m) => {
      const assessment = await this.resources.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
      if (assessment.status !== AssessmentStatus.DRAFT) throw AppError.conflict(`Assessment "${assessment.title}" is ${enumLabel('AssessmentStatus', assessment.status).toLowerCase()}: only a draft can be deleted.`);
      await m.delete(Assessment, { id });
      await this.audit.record(m, { actorId: actor.id, action: 'assessment.delete', targetType: 'Assessment', targetId: id, changes: removedChanges(assessment, ['title', 'engagementId']) });
      return assessment;
    });
  }

  /** Targets with their capability and area names, in framework order, batched per request. */
  targets(loaders: RequestLoaders, assessmentId: string): Promise<AssessmentTargetType[]> {
    return loaders
      .custom<string, AssessmentTargetType[]>('Assessment.targets', async (ids) => {
        const rows: (AssessmentTargetType & { assessmentId: string })[] = await this.dataSource.query(
          `SELECT t."assessmentId", t."capabilityId", t.target, c.key AS "capabilityKey", c.name AS "capabilityName", a.name AS "areaName"
             FROM assessment_target t JOIN capability c ON c.id = t."capabilityId" JOIN capability_area a ON a.id = c."areaId"
            WHERE t."assessmentId" = ANY($1) ORDER BY a.position, c.position`,
          [[...ids]],
        );
        return ids.map((id) => rows.filter((r) => r.assessmentId === id));
      })
      .load(assessmentId);
  }

  /** Invited / started / submitted, overall and per respondent role, batched per request. */
  progress(loaders: RequestLoaders, assessmentId: string): Promise<AssessmentProgressType> {
    return loaders
      .custom<string, AssessmentProgressType>('Assessment.progress', async (ids) => {
        const rows: { assessmentId: string; respondentRole: (typeof RESPONDENT_ROLES)[number]; invited: number; started: number; submitted: number }[] =
          await this.dataSource.query(
            `SELECT "assessmentId", "respondentRole", count(*)::int AS invited,
                    count(*) FILTER (WHERE status = 'STARTED')::int AS started,
                    count(*) FILTER (WHERE status = 'SUBMITTED')::int AS submitted
               FROM invitation WHERE "assessmentId" = ANY($1) GROUP BY "assessmentId", "respondentRole"`,
            [[...ids]],
          );
        return ids.map((id) => {
          const byRole = RESPONDENT_ROLES.flatMap((role) => rows.filter((r) => r.assessmentId === id && r.respondentRole === role)).map(({ assessmentId: _a, ...r }) => r);
          const sum = (k: 'invited' | 'started' | 'submitted') => byRole.reduce((n, r) => n + r[k], 0);
          const invited = sum('invited');
          return { invited, started: sum('started'), submitted: sum('submitted'), rate: invited ? Math.round((sum('submitted') / invited) * 100) / 100 : 0, byRole };
        });
      })
      .load(assessmentId);
  }

  /** The assessment within the actor's scope, locked, and still changeable (DRAFT or OPEN). */
  async findForChange(m: EntityManager, actor: AuthUser, id: string): Promise<Assessment> {
    const assessment = await this.resources.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
    if (assessment.status !== AssessmentStatus.DRAFT && assessment.status !== AssessmentStatus.OPEN) {
      throw AppError.conflict(`Assessment "${assessment.title}" is ${enumLabel('AssessmentStatus', assessment.status).toLowerCase()} and can no longer change.`);
    }
    return assessment;
  }

  private checkDueDate(dueDate: string): void {
    if (dueDate < today()) throw AppError.badInput({ dueDate: `must be today or later (got ${dueDate})` });
  }

  /**
   * The reminders still ahead (one delayed job per reminder day; one already due is skipped, not
   * sent at once) and the job that closes the assessment at the end of its due date.
   */
  private async scheduleJobs(m: EntityManager, assessment: Assessment): Promise<void> {
    const ids: string[] = [];
    for (const daysBefore of REMINDER_DAYS_BEFORE_DUE) {
      const runAt = new Date(`${assessment.dueDate}T${String(this.config.REMINDER_HOUR_UTC).padStart(2, '0')}:00:00.000Z`);
      runAt.setUTCDate(runAt.getUTCDate() - daysBefore);
      if (runAt.getTime() <= Date.now()) continue;
      ids.push(await this.outbox.add(m, OutboxEventType.ASSESSMENT_REMINDER_SCHEDULED, { assessmentId: assessment.id, daysBefore, runAt: runAt.toISOString() }));
    }
    assessment.reminderEventIds = ids;
    assessment.dueEventId = await this.outbox.add(m, OutboxEventType.ASSESSMENT_DUE_SCHEDULED, { assessmentId: assessment.id, runAt: dueRunAt(assessment.dueDate) });
  }

  /**
   * The client's people see the report once it is published (SCORED → PUBLISHED). Each active
   * CLIENT user of the client gets an in-app notification and an e-mail (one outbox event each),
   * in the same transaction; the status moves once, so nobody is told twice.
   */
  publishReport(actor: AuthUser, args: AssessmentActionArgs): Promise<Assessment> {
    const scope = TenantScope.of(actor);
    return this.dataSource.transaction((m) =>
      this.idempotency.once(
        m,
        actor,
        'publishAssessmentReport',
        args,
        async () => {
          const assessment = await this.resources.findOne(scope, args.id, { manager: m, lock: true });
          if (assessment.status !== AssessmentStatus.SCORED) {
            throw AppError.conflict(`Assessment "${assessment.title}" is ${enumLabel('AssessmentStatus', assessment.status).toLowerCase()}: only a scored assessment's report can be published.`);
          }
          const disclosure = planDisclosure(await this.seatCounts(m, assessment.id), assessment.anonymityThreshold);
          if (!disclosure.publishable) throw AppError.conflict(disclosure.summary);
          assessment.status = AssessmentStatus.PUBLISHED;
          assessment.publishedAt = new Date();
          await m.save(assessment);
          for (const user of await this.directory.clientUsers(assessment.clientId, m)) {
            await this.inbox.notify(m, {
              userId: user.id,
              title: `Report published: "${assessment.title}"`,
              body: 'Your capability assessment report is ready to read: scores, gaps and the recommended options.',
              link: `/reports/${assessment.id}`,
              sourceKey: `report-published:${assessment.id}`,
            });
            await this.outbox.add(m, OutboxEventType.REPORT_PUBLISHED, { assessmentId: assessment.id, userId: user.id });
          }
          await this.audit.record(m, { actorId: actor.id, action: 'assessment.publish', targetType: 'Assessment', targetId: assessment.id, changes: { status: { old: AssessmentStatus.SCORED, new: assessment.status } } });
          return assessment;
        },
        (id) => this.resources.findOne(scope, id, { manager: m }),
      ),
    );
  }

  /** The finalise flow's reads and its one write of the assessment (CLOSED → SCORED). */
  byId(m: EntityManager, id: string, lock = false): Promise<Assessment | null> {
    return m.findOne(Assessment, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** An assessment and what the finalise steps read of its engagement, in one statement (with `lock`, the assessment for update). */
  async withEngagement(
    m: EntityManager,
    id: string,
    lock: boolean,
  ): Promise<{ assessment: Assessment; engagement: EngagementFacts } | null> {
    const qb = m
      .createQueryBuilder(Assessment, 'a')
      .innerJoin(Engagement, 'e', 'e.id = a."engagementId"')
      .addSelect(['e."ownerId" AS "ownerId"', 'e.horizon AS horizon', 'e.urgency AS urgency', 'e."budgetBand" AS "budgetBand"'])
      .where('a.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['a']);
    const { entities, raw } = await qb.getRawAndEntities<EngagementFacts>();
    const [assessment] = entities;
    const [e] = raw;
    return assessment && e ? { assessment, engagement: { ownerId: e.ownerId, horizon: e.horizon, urgency: e.urgency, budgetBand: e.budgetBand } } : null;
  }

  targetsOf(m: EntityManager, assessmentId: string): Promise<AssessmentTarget[]> {
    return m.find(AssessmentTarget, { where: { assessmentId } });
  }

  /** Submitted responses only, in the order they came, with the respondent's seat (never their name). */
  async submittedResponses(m: EntityManager, assessmentId: string): Promise<{ respondentRole: RespondentRole; answers: Answer[] }[]> {
    const rows = await m
      .createQueryBuilder(Response, 'r')
      .innerJoin(Invitation, 'i', 'i.id = r."invitationId"')
      .select(['i."respondentRole" AS "respondentRole"', 'r.answers AS answers'])
      .where('i."assessmentId" = :assessmentId AND r."submittedAt" IS NOT NULL', { assessmentId })
      .orderBy('r."submittedAt"')
      .addOrderBy('r.id')
      .getRawMany<{ respondentRole: RespondentRole; answers: Answer[] }>();
    return rows;
  }

  async invitationCounts(m: EntityManager, assessmentId: string): Promise<{ invited: number; submitted: number }> {
    const [counts] = (await m.query(
      `SELECT count(*)::int AS invited, (count(*) FILTER (WHERE status = $2))::int AS submitted FROM invitation WHERE "assessmentId" = $1`,
      [assessmentId, InvitationStatus.SUBMITTED],
    )) as { invited: number; submitted: number }[];
    return counts!;
  }

  /** The due date passed with the assessment still open: close it, which starts the finalise flow (the worker's job). */
  async closeOnDueDate(outboxEventId: string, assessmentId: string): Promise<'closed' | 'not-open' | 'already-done'> {
    if (await isOutboxEventProcessed(this.dataSource, outboxEventId)) return 'already-done';
    return this.dataSource.transaction(async (m) => {
      const assessment = await this.byId(m, assessmentId, true);
      let outcome: 'closed' | 'not-open' = 'not-open';
      if (assessment?.status === AssessmentStatus.OPEN && assessment.dueEventId === outboxEventId) {
        const submitted = await m.count(Invitation, { where: { assessmentId, status: InvitationStatus.SUBMITTED } });
        await closeAssessmentRecord(m, this.outbox, assessment, submitted ? 'Closed on its due date.' : 'Closed on its due date with no submitted response.');
        outcome = 'closed';
      }
      await markOutboxEventProcessed(m, outboxEventId);
      return outcome;
    });
  }

  /** Marks a closed assessment SCORED; false when it already moved (a re-run writes nothing twice). */
  async markScored(m: EntityManager, assessment: Assessment): Promise<boolean> {
    if (assessment.status !== AssessmentStatus.CLOSED) return false;
    assessment.status = AssessmentStatus.SCORED;
    assessment.scoredAt = new Date();
    // The caller holds the row locked: a plain UPDATE, not save()'s read-back of the whole row.
    await m.update(Assessment, { id: assessment.id }, { status: assessment.status, scoredAt: assessment.scoredAt });
    return true;
  }

  /** Submitted respondents per seat: what the anonymity rule counts. */
  async seatCounts(m: EntityManager, assessmentId: string): Promise<{ respondentRole: RespondentRole; respondents: number }[]> {
    return m.query(
      `SELECT i."respondentRole", count(*)::int AS respondents FROM response r JOIN invitation i ON i.id = r."invitationId"
        WHERE i."assessmentId" = $1 AND r."submittedAt" IS NOT NULL GROUP BY i."respondentRole"`,
      [assessmentId],
    );
  }

  /** Other modules: the assessment by id within the actor's scope, or null. */
  findVisible(actor: AuthUser, id: string, m?: EntityManager): Promise<Assessment | null> {
    return this.resources.findVisible(TenantScope.of(actor), id, { manager: m });
  }
}
