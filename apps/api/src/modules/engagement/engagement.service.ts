import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  isoDay,
  OutboxEventType,
  allowedNextStages,
  BudgetBand,
  canMoveStage,
  ENGAGEMENT_STAGES,
  EngagementStage,
  enumLabel,
  isFinishedStage,
  isOpenStage,
  mayReopenEngagement,
  moveNeedsNote,
  NeedHorizon,
  OPEN_STAGES,
  reopenStage,
  Role,
  Urgency,
  wordList,
} from '@orchestra/shared';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import type { User } from '../../core/identity/user/user.entity.js';
import { createdChanges, diffChanges, removedChanges } from '../../core/audit/audit-changes.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { IdempotencyService } from '../../core/idempotency/idempotency.service.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { ResourceService } from '../../core/graphql/list/resource.service.js';
import { groupedBy, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { ClientService } from '../client/client.service.js';
import { UserService } from '../../core/identity/user/user.service.js';
import type { EngagementStatsType } from './dto/engagement-stats.type.js';
import type { CreateEngagementArgs, EngagementFilter, MoveEngagementStageArgs, ReopenEngagementArgs, UpdateEngagementArgs } from './dto/engagement.args.js';
import { EngagementStageChange } from './engagement-stage-change.entity.js';
import { Engagement } from './engagement.entity.js';

const EDITABLE = ['ownerId', 'title', 'businessNeed', 'horizon', 'urgency', 'budgetBand', 'startDate', 'endDate'] as const;
type Editable = Pick<Engagement, (typeof EDITABLE)[number]>;

/** A stage's name in a message ("Discovery"). */
const stageName = (stage: EngagementStage) => enumLabel('EngagementStage', stage);

/** One move of an engagement's timeline as EngagementStageChange shows it, with who made it joined in. */
export type StageChangeRow = EngagementStageChange & { changedBy: Pick<User, 'id' | 'name' | 'email' | 'role' | 'clientId' | 'active'> | null };

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
    private readonly outbox: OutboxService,
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
      needs: { client: ['clientId'], owner: ['ownerId'], stageChanges: [], allowedNextStages: ['stage'] },
      // As their field resolvers would load them: the client within the reader's scope, the owner whoever reads.
      joins: {
        client: { via: 'clientId', resource: () => clients.resources, scoped: true },
        owner: { via: 'ownerId', resource: () => users.resources, scoped: false },
      },
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

  /** The reader's engagements, newest first, as a client reads them (title, stage, dates): one query. */
  async summaries(actor: AuthUser, limit = 20): Promise<Pick<Engagement, 'id' | 'title' | 'stage' | 'startDate' | 'endDate' | 'updatedAt'>[]> {
    return this.dataSource.query(
      `SELECT e.id, e.title, e.stage, to_char(e."startDate", 'YYYY-MM-DD') AS "startDate", to_char(e."endDate", 'YYYY-MM-DD') AS "endDate", e."updatedAt"
         FROM engagement e WHERE ($1::uuid IS NULL OR e."clientId" = $1::uuid) ORDER BY e."updatedAt" DESC, e.id LIMIT $2`,
      [TenantScope.of(actor).clientId, limit],
    );
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
  /**
   * The timelines of many engagements in one query, each move with who made it joined in (null once
   * that user is deleted): a page holds hundreds of moves, and a nested object already in the row
   * costs nothing to resolve, where a field resolver per move costs a promise chain and a loader call.
   */
  stageChanges(loaders: RequestLoaders, engagementId: string): Promise<StageChangeRow[]> {
    return loaders
      .custom<string, StageChangeRow[]>('Engagement.stageChanges', async (ids) => {
        const rows = (await this.dataSource.query(
          `SELECT sc.id, sc."engagementId", sc."fromStage", sc."toStage", sc.note, sc."changedById", sc."changedAt",
                  u.name, u.email, u.role, u."clientId", u.active
             FROM engagement_stage_change sc LEFT JOIN app_user u ON u.id = sc."changedById"
            WHERE sc."engagementId" = ANY($1) ORDER BY sc."changedAt" ASC, sc.id ASC`,
          [[...ids]],
        )) as (EngagementStageChange & Pick<User, 'name' | 'email' | 'role' | 'clientId' | 'active'>)[];
        const changes = rows.map(({ id, engagementId, fromStage, toStage, note, changedById, changedAt, name, email, role, clientId, active }) => ({
          id,
          engagementId,
          fromStage,
          toStage,
          note,
          changedById,
          changedAt,
          changedBy: changedById === null ? null : { id: changedById, name, email, role, clientId, active },
        }));
        return groupedBy(ids, changes, (r) => r.engagementId);
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
      await this.audit.record(m, { actorId: actor.id, action: 'engagement.create', targetType: 'Engagement', targetId: engagement.id, changes: createdChanges(engagement, ['clientId', 'stage', ...EDITABLE]) });
      return engagement;
    });
  }

  /** Plain update; a changed stage goes through the same rules (and timeline) as a move. */
  update(actor: AuthUser, args: UpdateEngagementArgs): Promise<Engagement> {
    return this.dataSource.transaction(async (m) => {
      const engagement = await this.resources.findOne(TenantScope.of(actor), args.id, { manager: m, lock: true });
      const before = { ...engagement };
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
        if (moveNeedsNote(args.stage)) {
          const word = stageName(args.stage).toLowerCase();
          throw AppError.badInput({ stage: `cannot become ${word} in a plain edit: move the engagement to ${word} with a note saying why` });
        }
        await this.recordStageChange(m, engagement.id, engagement.stage, args.stage, actor, null);
        engagement.stage = args.stage;
        changed.push('stage');
      }
      Object.assign(engagement, next);
      if (changed.length) await m.save(engagement);
      await this.audit.record(m, { actorId: actor.id, action: 'engagement.update', targetType: 'Engagement', targetId: engagement.id, changes: diffChanges(before, engagement, [...EDITABLE, 'stage']) });
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
          const note = args.note || null;
          if (!note && moveNeedsNote(args.stage)) {
            throw AppError.badInput({ note: `must say why the engagement is ${stageName(args.stage).toLowerCase()}: that move needs a reason` });
          }
          const engagement = await this.resources.findOne(scope, args.id, { manager: m, lock: true });
          this.checkMove(engagement.stage, args.stage);
          await this.recordStageChange(m, engagement.id, engagement.stage, args.stage, actor, note);
          const changes = { stage: { old: engagement.stage, new: args.stage } };
          engagement.stage = args.stage;
          await m.save(engagement);
          // "Re-assess when it closes": the draft is queued with the move (one per day it closes).
          if (args.stage === EngagementStage.CLOSED && engagement.reassessOnClose) {
            await this.outbox.add(m, OutboxEventType.REASSESSMENT_DUE, { engagementId: engagement.id, period: `close-${isoDay(new Date())}` });
          }
          await this.audit.record(m, { actorId: actor.id, action: 'engagement.move_stage', targetType: 'Engagement', targetId: engagement.id, changes });
          return engagement;
        },
        (id) => this.resources.findOne(scope, id, { manager: m }),
      ),
    );
  }

  /**
   * Reopens a LOST or CLOSED engagement: back to the stage it finished from, with the reason on the
   * timeline. Only its owner or an ADMIN may (FORBIDDEN otherwise).
   */
  reopen(actor: AuthUser, args: ReopenEngagementArgs): Promise<Engagement> {
    const scope = TenantScope.of(actor);
    return this.dataSource.transaction((m) =>
      this.idempotency.once(
        m,
        actor,
        'reopenEngagement',
        args,
        async () => {
          const engagement = await this.resources.findOne(scope, args.id, { manager: m, lock: true });
          if (!isFinishedStage(engagement.stage)) {
            throw AppError.conflict(
              `An engagement in ${stageName(engagement.stage)} is not finished: only a ${stageName(EngagementStage.LOST).toLowerCase()} or ${stageName(EngagementStage.CLOSED).toLowerCase()} engagement is reopened.`,
            );
          }
          if (!mayReopenEngagement(actor, engagement)) throw AppError.forbidden('Only the engagement’s owner or an admin can reopen it.');
          const [last] = (await m.query(
            `SELECT "fromStage" FROM engagement_stage_change WHERE "engagementId" = $1 AND "toStage" = $2 ORDER BY "changedAt" DESC, id DESC LIMIT 1`,
            [engagement.id, engagement.stage],
          )) as { fromStage: EngagementStage | null }[];
          const to = reopenStage(last?.fromStage ?? null);
          await this.recordStageChange(m, engagement.id, engagement.stage, to, actor, args.reason);
          const changes = { stage: { old: engagement.stage, new: to } };
          engagement.stage = to;
          await m.save(engagement);
          await this.audit.record(m, { actorId: actor.id, action: 'engagement.reopen', targetType: 'Engagement', targetId: engagement.id, changes });
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
    const changes = { stage: { old: engagement.stage, new: stage } };
    engagement.stage = stage;
    await m.save(engagement);
    await this.audit.record(m, { actorId: actor.id, action: 'engagement.move_stage', targetType: 'Engagement', targetId: engagement.id, changes });
  }

  remove(actor: AuthUser, id: string): Promise<Engagement> {
    return this.dataSource.transaction(async (m) => {
      const engagement = await this.resources.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
      await m.delete(Engagement, { id });
      await this.audit.record(m, { actorId: actor.id, action: 'engagement.delete', targetType: 'Engagement', targetId: id, changes: removedChanges(engagement, ['title', 'clientId', 'stage']) });
      return engagement;
    });
  }

  private checkMove(from: EngagementStage, to: EngagementStage): void {
    if (canMoveStage(from, to)) return;
    const allowed = allowedNextStages(from);
    throw AppError.conflict(
      allowed.length
        ? `An engagement in ${stageName(from)} cannot move to ${stageName(to)}: the allowed next stages are ${wordList(allowed.map(stageName), 'and')}.`
        : `An engagement in ${stageName(from)} is finished and cannot move to ${stageName(to)}: reopen it first.`,
    );
  }

  /** Owner is an active CONSULTANT; the end is not before the start. */
  private async checkFields(f: Editable, ownerChanged = true): Promise<void> {
    if (ownerChanged) {
      const owner = await this.users.findAny(f.ownerId);
      if (!owner) throw AppError.badInput({ ownerId: `does not match any user (${f.ownerId})` });
      if (owner.role !== Role.CONSULTANT) throw AppError.badInput({ ownerId: `must be a consultant (${owner.name}'s role is ${enumLabel('UserRole', owner.role)})` });
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
