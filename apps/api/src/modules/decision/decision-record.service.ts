import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { OutboxEventType, QueueName, Reversibility, revisitRunAt, today } from '@orchestra/shared';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { createdChanges, diffChanges, removedChanges } from '../../core/audit/audit-changes.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { AppError } from '../../core/errors/app-error.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { ResourceService } from '../../core/graphql/list/resource.service.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { EngagementService } from '../engagement/engagement.service.js';
import { DecisionRecord } from './decision-record.entity.js';
import type { CreateDecisionRecordArgs, DecisionRecordFilter, UpdateDecisionRecordArgs } from './dto/decision-record.args.js';

const EDITABLE = ['title', 'context', 'decision', 'alternatives', 'noteToClient', 'reversibility', 'decidedAt', 'revisitDate'] as const;


@Injectable()
export class DecisionRecordService extends ResourceService<DecisionRecord, DecisionRecordFilter> {
  override readonly resources: ResourceRepository<DecisionRecord>;

  constructor(
    @InjectRepository(DecisionRecord) repo: Repository<DecisionRecord>,
    private readonly dataSource: DataSource,
    private readonly engagements: EngagementService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
    this.resources = new ResourceRepository(repo, {
      typeName: 'DecisionRecord',
      alias: 'decision',
      sortable: { id: 'id', title: 'title', decidedAt: 'decidedAt', revisitDate: 'revisitDate', reversibility: 'reversibility', createdAt: 'createdAt' },
      defaultSort: { field: 'decidedAt', order: 'DESC' },
      search: `("decision"."title" || ' ' || "decision"."decision")`,
      equals: { engagementId: 'engagementId', clientId: 'clientId', reversibility: 'reversibility' },
      ranges: { revisitDate: 'revisitDate', decidedAt: 'decidedAt' },
    });
  }

  create(actor: AuthUser, args: CreateDecisionRecordArgs): Promise<DecisionRecord> {
    checkRevisitDate(args.revisitDate ?? null);
    return this.dataSource.transaction(async (m) => {
      const engagement = await this.engagements.findVisible(actor, args.engagementId);
      if (!engagement) throw AppError.badInput({ engagementId: `does not match any engagement (${args.engagementId})` });
      return this.write(m, actor, engagement, args);
    });
  }

  /**
   * Writes a decision in the caller's transaction (a recommendation accepted, rejected or
   * overridden writes one with it), scheduling its revisit reminder and auditing it.
   */
  async write(
    m: EntityManager,
    actor: AuthUser,
    engagement: { id: string; clientId: string },
    fields: Pick<CreateDecisionRecordArgs, 'title' | 'context' | 'decision'> & Partial<Pick<CreateDecisionRecordArgs, 'alternatives' | 'noteToClient' | 'reversibility' | 'decidedAt' | 'revisitDate'>>,
  ): Promise<DecisionRecord> {
    const record = await m.save(
      m.create(DecisionRecord, {
        clientId: engagement.clientId,
        engagementId: engagement.id,
        title: fields.title,
        context: fields.context,
        decision: fields.decision,
        alternatives: fields.alternatives ?? null,
        noteToClient: fields.noteToClient ?? null,
        reversibility: fields.reversibility ?? Reversibility.TWO_WAY,
        decidedById: actor.id,
        decidedAt: fields.decidedAt ?? new Date(),
        revisitDate: fields.revisitDate ?? null,
        revisitEventId: null,
      }),
    );
    await this.scheduleRevisit(m, record);
    await this.audit.record(m, { actorId: actor.id, action: 'decision.create', targetType: 'DecisionRecord', targetId: record.id, changes: createdChanges(record, ['engagementId', ...EDITABLE]) });
    return record;
  }

  update(actor: AuthUser, args: UpdateDecisionRecordArgs): Promise<DecisionRecord> {
    return this.dataSource.transaction(async (m) => {
      const record = await this.resources.findOne(TenantScope.of(actor), args.id, { manager: m, lock: true });
      for (const required of ['title', 'context', 'decision', 'reversibility', 'decidedAt'] as const) {
        if (args[required] === null) throw AppError.badInput({ [required]: 'must not be empty' });
      }
      const revisitChanged = args.revisitDate !== undefined && args.revisitDate !== record.revisitDate;
      if (revisitChanged) checkRevisitDate(args.revisitDate ?? null);
      const next = {
        title: args.title ?? record.title,
        context: args.context ?? record.context,
        decision: args.decision ?? record.decision,
        alternatives: args.alternatives !== undefined ? args.alternatives : record.alternatives,
        noteToClient: args.noteToClient !== undefined ? args.noteToClient : record.noteToClient,
        reversibility: args.reversibility ?? record.reversibility,
        decidedAt: args.decidedAt ?? record.decidedAt,
        revisitDate: args.revisitDate !== undefined ? args.revisitDate : record.revisitDate,
      };
      const changed = EDITABLE.filter((f) => (f === 'decidedAt' ? next.decidedAt.getTime() !== record.decidedAt.getTime() : next[f] !== record[f]));
      const changes = diffChanges(record, next, changed);
      Object.assign(record, next);
      if (revisitChanged) {
        await this.cancelRevisit(m, record);
        await this.scheduleRevisit(m, record);
      }
      if (changed.length) await m.save(record);
      await this.audit.record(m, { actorId: actor.id, action: 'decision.update', targetType: 'DecisionRecord', targetId: record.id, changes });
      return record;
    });
  }

  remove(actor: AuthUser, id: string): Promise<DecisionRecord> {
    return this.dataSource.transaction(async (m) => {
      const record = await this.resources.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
      await this.cancelRevisit(m, record);
      await m.delete(DecisionRecord, { id });
      await this.audit.record(m, { actorId: actor.id, action: 'decision.delete', targetType: 'DecisionRecord', targetId: id, changes: removedChanges(record, ['title', 'engagementId']) });
      return record;
    });
  }

  /** A delayed reminder for the revisit date, through the outbox; the record remembers which one. */
  private async scheduleRevisit(m: EntityManager, record: DecisionRecord): Promise<void> {
    if (!record.revisitDate) return;
    const runAt = revisitRunAt(record.revisitDate, this.config.DECISION_REVISIT_HOUR_UTC);
    record.revisitEventId = await this.outbox.add(m, OutboxEventType.DECISION_REVISIT_SCHEDULED, { decisionRecordId: record.id, runAt });
    record.revisitNotifiedAt = null;
    await m.update(DecisionRecord, { id: record.id }, { revisitEventId: record.revisitEventId, revisitNotifiedAt: null });
  }

  private async cancelRevisit(m: EntityManager, record: DecisionRecord): Promise<void> {
    if (!record.revisitEventId) return;
    await this.outbox.add(m, OutboxEventType.JOB_CANCELLED, { queue: QueueName.MAINTENANCE, jobId: record.revisitEventId });
    record.revisitEventId = null;
    await m.update(DecisionRecord, { id: record.id }, { revisitEventId: null });
  }
}

function checkRevisitDate(date: string | null): void {
  if (date && date < today()) throw AppError.badInput({ revisitDate: `must be today (${today()}) or later` });
}
