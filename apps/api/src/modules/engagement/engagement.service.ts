import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { allowedNextStages, BudgetBand, canMoveStage, ENGAGEMENT_STAGES, EngagementStage, isOpenStage, NeedHorizon, OPEN_STAGES, Role, Urgency } from '@orchestra/shared';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { IdempotencyService } from '../../core/idempotency/idempotency.service.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { ResourceService } from '../../core/graphql/list/resource.service.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { ClientService } from '../client/client.service.js';
import { UserService } from '../../core/identity/user/user.service.js';
import type { EngagementStatsType } from './dto/engagement-stats.type.js';
import type { CreateEngagementArgs, EngagementFilter, MoveEngagementStageArgs, UpdateEngagementArgs } from './dto/engagement.args.js';
import { EngagementStageChange } from './engagement-stage-change.entity.js';
import { Engagement } from './engagement.entity.js';

const EDITABLE = ['ownerId', 'title', 'businessNeed', 'horizon', 'urgency', 'budgetBand', 'startDate', 'endDate'] as const;
type Editable = Pick<Engagement, (typeof EDITABLE)[number]>;

@Injectable()
export class EngagementService extends ResourceService<Engagement, EngagementFilter> {
  override readonly resources: ResourceRepository<Engagement>;

  constructor(
    @InjectRepository(Engagement) repo: Repository<Engagement>,
    private readonly dataSource: DataSource,
    private readonly clients: ClientService,
    private readonly users: UserService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {
    super();
    // Engagement extends TenantOwnedEntity: CLIENT users see only their client's.
    this.resources = new ResourceRepository(repo, {
      typeName: 'Engagement',
      alias: 'engagement',
      sortable: {
        id: 'id',
        title: 'title',
        // Lifecycle and LOW < MEDIUM < HIGH order, not alphabetical.
        stage: 'stageRank',
        urgency: 'urgencyRank',
        horizon: 'horizon',
        startDate: 'startDate',
        endDate: 'endDate',
        createdAt: 'createdAt',
        updatedAt: 'updatedAt',
      },
      defaultSort: { field: 'createdAt', order: 'DESC' },
      fullText: '"engagement"."search"',
      equals: { clientId: 'clientId', ownerId: 'ownerId', stage: 'stage', stages: 'stage', urgency: 'urgency', horizon: 'horizon' },
      ranges: { startDate: 'startDate', endDate: 'endDate' },
    });
  }

  /** For other modules validating a reference: the engagement within the actor's scope, or null. */
  /** An engagement by id, whoever asks (the worker's finalise flow reads urgency, horizon, budget, owner). */
  byId(m: EntityManager, id: string): Promise<Engagement> {
    return m.findOneByOrFail(Engagement, { id });
  }

  findVisible(actor: AuthUser, id: string): Promise<Engagement | null> {
    return this.resources.findVisible(TenantScope.of(actor), id);
  }

  /** Engagements per client, batched for a whole page of clients. */
  countForClient(loaders: RequestLoaders, clientId: string): Promise<number> {
    return loaders
      .custom<string, number>('Client.engagementCount', async (ids, scope) => {
        const rows: { clientId: string; count: number }[] = await this.resources
          .query(scope)
          .select('engagement.clientId', 'clientId')
          .addSelect('count(*)::int', 'count')
          .andWhere('engagement.clientId IN (:...ids)', { ids: [...ids] })
          .groupBy('engagement.clientId')
          .getRawMany();
        const byClient = new Map(rows.map((r) => [r.clientId, r.count]));
        return ids.map((id) => byClient.get(id) ?? 0);
      })
      .load(clientId);
  }

  /** Dashboard figures in three SQL aggregates, limited to the reader's scope. */
  async stats(actor: AuthUser): Promise<EngagementStatsType> {
    const scope = TenantScope.of(actor);
    // $1 is the CLIENT user's client, or null for staff (no restriction).
    const where = `($1::uuid IS NULL OR e."clientId" = $1::uuid)`;
    const params = [scope.clientId];
    const [stages, owners, months] = await Promise.all([
      this.dataSource.query(`SELECT e.stage, count(*)::int AS count FROM engagement e WHERE ${where} GROUP BY e.stage`, params),
      this.dataSource.query(
        `SELECT e."ownerId", u.name AS "ownerName", count(*)::int AS count
           FROM engagement e JOIN app_user u ON u.id = e."ownerId"
          WHERE ${where} AND e.stage = ANY($2)
          GROUP BY e."ownerId", u.name ORDER BY count DESC, u.name`,
        [...params, OPEN_STAGES],
      ),
      this.dataSource.query(
        `SELECT to_char(m.month, 'YYYY-MM') AS month, count(e.id)::int AS count
           FROM generate_series(date_trunc('month', now()) - interval '11 months', date_trunc('month', now()), interval '1 month') AS m(month)
           LEFT JOIN engagement e ON date_trunc('month', e."startDate") = m.month AND ${where}
          GROUP BY m.month ORDER BY m.month`,
        params,
      ),
    ]);
    const byStage = new Map((stages as { stage: EngagementStage; count: number }[]).map((r) => [r.stage, r.count]));
    return {
      byStage: ENGAGEMENT_STAGES.map((stage) => ({ stage, count: byStage.get(stage) ?? 0 })),
      openByOwner: owners,
      startedByMonth: months,
    };
  }

  /** The timeline of each engagement, oldest first, in one query per request. */
  stageChanges(loaders: RequestLoaders, engagementId: string): Promise<EngagementStageChange[]> {
    return loaders
      .custom<string, EngagementStageChange[]>('Engagement.stageChanges', async (ids) => {
        const rows = await this.dataSource
          .getRepository(EngagementStageChange)
          .find({ where: { engagementId: In([...ids]) }, order: { changedAt: 'ASC', id: 'ASC' } });
        return ids.map((id) => rows.filter((r) => r.engagementId === id));
      })
      .load(engagementId);
  }

  create(actor: AuthUser, args: CreateEngagementArgs): Promise<Engagement> {
    return this.dataSource.transaction(async (m) => {
      if (!(await this.clients.exists(TenantScope.of(actor), args.clientId))) {
        throw AppError.badInput({ clientId: `does not match any client (${args.clientId})` });
      }
      const fields: Editable = {
        ownerId: args.ownerId,
        title: args.title,
        businessNeed: args.businessNeed,
        horizon: args.horizon ?? NeedHorizon.UNKNOWN,
        urgency: args.urgency ?? Urgency.MEDIUM,
        budgetBand: args.budgetBand ?? BudgetBand.UNKNOWN,
        startDate: args.startDate ?? null,
        endDate: args.endDate ?? null,
      };
      await this.checkFields(fields);
      const engagement = await m.save(m.create(Engagement, { clientId: args.clientId, stage: EngagementStage.LEAD, ...fields }));
      await this.recordStageChange(m, engagement.id, null, EngagementStage.LEAD, actor, null);
      const changedFields = ['clientId', 'stage', ...EDITABLE.filter((f) => fields[f] !== null)];
      await this.audit.record(m, { actorId: actor.id, action: 'engagement.create', targetType: 'Engagement', targetId: engagement.id, changedFields });
      return engagement;
    });
  }

  /** Plain update; a changed stage goes through the same rules (and timeline) as a move. */
  update(actor: AuthUser, args: UpdateEngagementArgs): Promise<Engagement> {
    return this.dataSource.transaction(async (m) => {
      const engagement = await this.resources.findOne(TenantScope.of(actor), args.id, { manager: m, lock: true });
      for (const required of ['ownerId', 'title', 'businessNeed', 'horizon', 'urgency', 'budgetBand'] as const) {
        if (args[required] === null) throw AppError.badInput({ [required]: 'must not be empty' });
      }
      const next: Editable = {
        ownerId: args.ownerId ?? engagement.ownerId,
        title: args.title ?? engagement.title,
        businessNeed: args.businessNeed ?? engagement.businessNeed,
        horizon: args.horizon ?? engagement.horizon,
        urgency: args.urgency ?? engagement.urgency,
        budgetBand: args.budgetBand ?? engagement.budgetBand,
        startDate: args.startDate !== undefined ? args.startDate : engagement.startDate,
        endDate: args.endDate !== undefined ? args.endDate : engagement.endDate,
      };
      await this.checkFields(next, next.ownerId !== engagement.ownerId);
      const changed: string[] = EDITABLE.filter((f) => next[f] !== engagement[f]);
      if (args.stage !== undefined && args.stage !== engagement.stage) {
        this.checkMove(engagement.stage, args.stage);
        await this.recordStageChange(m, engagement.id, engagement.stage, args.stage, actor, null);
        engagement.stage = args.stage;
        changed.push('stage');
      }
      Object.assign(engagement, next);
      if (changed.length) await m.save(engagement);
      await this.audit.record(m, { actorId: actor.id, action: 'engagement.update', targetType: 'Engagement', targetId: engagement.id, changedFields: changed });
      return engagement;
    });
  }

  /** A retry with the same idempotencyKey answers the engagement as it is, without a second move. */
  moveStage(actor: AuthUser, args: MoveEngagementStageArgs): Promise<Engagement> {
    const scope = TenantScope.of(actor);
    return this.dataSource.transaction((m) =>
      this.idempotency.once(
        m,
        actor,
        'moveEngagementStage',
        args,
        async () => {
          const engagement = await this.resources.findOne(scope, args.id, { manager: m, lock: true });
          this.checkMove(engagement.stage, args.stage);
          await this.recordStageChange(m, engagement.id, engagement.stage, args.stage, actor, args.note ?? null);
          engagement.stage = args.stage;
          await m.save(engagement);
          await this.audit.record(m, { actorId: actor.id, action: 'engagement.move_stage', targetType: 'Engagement', targetId: engagement.id, changedFields: ['stage'] });
          return engagement;
        },
        (id) => this.resources.findOne(scope, id, { manager: m }),
      ),
    );
  }

  /**
   * Moves an engagement forward to `stage` because of other work (opening an assessment moves it to
   * ASSESSING), as one timeline entry; an engagement already there or further along stays put.
   */
  async advanceTo(m: EntityManager, actor: AuthUser, engagementId: string, stage: EngagementStage, note: string): Promise<void> {
    const engagement = await m.findOneOrFail(Engagement, { where: { id: engagementId }, lock: { mode: 'pessimistic_write' } });
    if (!isOpenStage(engagement.stage) || ENGAGEMENT_STAGES.indexOf(engagement.stage) >= ENGAGEMENT_STAGES.indexOf(stage)) return;
    await this.recordStageChange(m, engagement.id, engagement.stage, stage, actor, note);
    engagement.stage = stage;
    await m.save(engagement);
    await this.audit.record(m, { actorId: actor.id, action: 'engagement.move_stage', targetType: 'Engagement', targetId: engagement.id, changedFields: ['stage'] });
  }

  remove(actor: AuthUser, id: string): Promise<Engagement> {
    return this.dataSource.transaction(async (m) => {
      const engagement = await this.resources.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
      await m.delete(Engagement, { id });
      await this.audit.record(m, { actorId: actor.id, action: 'engagement.delete', targetType: 'Engagement', targetId: id });
      return engagement;
    });
  }

  private checkMove(from: EngagementStage, to: EngagementStage): void {
    if (canMoveStage(from, to)) return;
    const allowed = allowedNextStages(from);
    throw AppError.conflict(
      allowed.length
        ? `An engagement in ${from} cannot move to ${to}: the allowed next stages are ${allowed.join(' and ')}.`
        : `An engagement in ${from} is finished and cannot move to ${to}.`,
    );
  }

  /** Owner is an active CONSULTANT; the end is not before the start. */
  private async checkFields(f: Editable, ownerChanged = true): Promise<void> {
    if (ownerChanged) {
      const owner = await this.users.findAny(f.ownerId);
      if (!owner) throw AppError.badInput({ ownerId: `does not match any user (${f.ownerId})` });
      if (owner.role !== Role.CONSULTANT) throw AppError.badInput({ ownerId: `must be a CONSULTANT (${owner.name} is ${owner.role})` });
      if (!owner.active) throw AppError.badInput({ ownerId: `must be an active user (${owner.name} is deactivated)` });
    }
    if (f.startDate && f.endDate && f.endDate < f.startDate) throw AppError.badInput({ endDate: `must not be before startDate (${f.startDate})` });
  }

  private async recordStageChange(
    m: EntityManager,
    engagementId: string,
    fromStage: EngagementStage | null,
    toStage: EngagementStage,
    actor: AuthUser,
    note: string | null,
  ): Promise<void> {
    await m.insert(EngagementStageChange, { engagementId, fromStage, toStage, note, changedById: actor.id });
  }
}
