import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, OutboxEventType, RoleStatus, roleStatusProblem } from '@orchestra/shared';
import { DataSource, Repository, type EntityManager, type DeepPartial } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { createdChanges, diffChanges, removedChanges } from '../../core/audit/audit-changes.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import type { ListArgs } from '../../core/graphql/list/list.args.js';
import type { ListBatch } from '../../core/graphql/list/list-batch.js';
import { ResourceService } from '../../core/graphql/list/resource.service.js';
import { groupedBy, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { Engagement } from '../engagement/engagement.entity.js';
import type { CreateRoleArgs, RequiredSkillInput, UpdateRoleArgs } from './dto/role.args.js';
import type { RoleFilter } from './dto/role-filter.input.js';
import { Role, type RequiredSkill } from './role.entity.js';

const EDITABLE = ['title', 'optionType', 'requiredSkills', 'seniority', 'startDate', 'permanent', 'durationWeeks', 'allocation', 'budgetMinMinor', 'budgetMaxMinor', 'currency', 'minOverlapHours', 'status'] as const;

/** Roles: demand drafted from accepted options or created by hand, matched to candidates. */
@Injectable()
export class RoleService extends ResourceService<Role, RoleFilter> {
  override readonly resources: ResourceRepository<Role>;

  constructor(
    @InjectRepository(Role) repo: Repository<Role>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {
    super();
    this.resources = new ResourceRepository(repo, {
      typeName: 'Role',
      alias: 'role',
      // status sorts OPEN, FILLED, CANCELLED (a generated rank), so open roles come first.
      sortable: { id: 'id', title: 'title', startDate: 'startDate', createdAt: 'createdAt', status: 'statusRank' },
      defaultSort: { field: 'status', order: 'ASC' },
      search: '"role"."title"',
      equals: { engagementId: 'engagementId', gapId: 'gapId', clientId: 'clientId', status: 'status', optionType: 'optionType' },
    });
  }

  /** Open roles first, and among them the oldest first (they have waited longest). */
  override list(actor: AuthUser, args: ListArgs, filter?: RoleFilter | null, fields?: ReadonlySet<string>, batch?: ListBatch): Promise<Role[]> {
    // This default order is its own query, read alone (its count too, then).
    if (args.sortField) return super.list(actor, args, filter, fields, batch);
    const qb = this.resources.applySortAndPage(this.resources.applyFilter(this.resources.query(TenantScope.of(actor)), filter), args, filter);
    return qb.orderBy('role.statusRank', 'ASC').addOrderBy('role.createdAt', 'ASC').addOrderBy('role.id', 'ASC').getMany();
  }

  create(actor: AuthUser, args: CreateRoleArgs): Promise<Role> {
    return this.dataSource.transaction(async (m) => {
      // Roles are managed by staff only (never CLIENT users), so any engagement may be named.
      const engagement = await m.findOneBy(Engagement, { id: args.engagementId });
      if (!engagement) throw AppError.badInput({ engagementId: `does not match any engagement (${args.engagementId})` });
      const fields = {
        title: args.title,
        optionType: args.optionType,
        requiredSkills: await this.requiredSkills(m, args.requiredSkills),
        seniority: args.seniority,
        startDate: args.startDate ?? null,
        permanent: args.permanent ?? false,
        durationWeeks: args.durationWeeks ?? null,
        allocation: args.allocation ?? 100,
        budgetMinMinor: args.budgetMinMinor ?? null,
        budgetMaxMinor: args.budgetMaxMinor ?? null,
        currency: args.currency ?? 'EUR',
        minOverlapHours: args.minOverlapHours ?? 0,
      };
      this.check(fields);
      const role = await m.save(m.create(Role, { ...fields, clientId: engagement.clientId, engagementId: engagement.id, gapId: null, recommendationId: null, status: RoleStatus.OPEN }));
      await this.changed(m, role.id);
      await this.audit.record(m, { actorId: actor.id, action: 'role.create', targetType: 'Role', targetId: role.id, changes: createdChanges(role, ['engagementId', ...(Object.keys(fields) as (keyof typeof fields)[])]) });
      return role;
    });
  }

  update(actor: AuthUser, args: UpdateRoleArgs): Promise<Role> {
    return this.dataSource.transaction(async (m) => {
      const role = await this.resources.findOne(TenantScope.of(actor), args.id, { manager: m, lock: true });
      for (const required of ['title', 'optionType', 'requiredSkills', 'seniority', 'permanent', 'allocation', 'currency', 'minOverlapHours', 'status'] as const) {
        if (args[required] === null) throw AppError.badInput({ [required]: 'must not be empty' });
      }
      const statusProblem = args.status ? roleStatusProblem(role.status, args.status) : null;
      if (statusProblem) throw AppError.badInput({ status: statusProblem });
      const next: Partial<Role> = {};
      for (const key of EDITABLE) {
        if (args[key] === undefined) continue;
        (next as Record<string, unknown>)[key] = key === 'requiredSkills' ? await this.requiredSkills(m, args.requiredSkills!) : args[key];
      }
      const merged = { ...role, ...next };
      this.check(merged);
      const changed = EDITABLE.filter((k) => JSON.stringify(merged[k]) !== JSON.stringify(role[k]));
      const changes = diffChanges(role, next, changed);
      Object.assign(role, next);
      if (changed.length) {
        await m.save(role);
        await this.changed(m, role.id);
      }
      await this.audit.record(m, { actorId: actor.id, action: 'role.update', targetType: 'Role', targetId: role.id, changes });
      return role;
    });
  }

  /** Only a role nobody has moved a candidate on can go; otherwise it is cancelled, keeping its history. */
  remove(actor: AuthUser, id: string): Promise<Role> {
    return this.dataSource.transaction(async (m) => {
      const role = await this.resources.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
      const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM match WHERE "roleId" = $1 AND stage <> 'SUGGESTED'`, [id])) as [{ n: number }];
      if (n > 0) throw new AppError(ErrorCode.CONFLICT, `Role "${role.title}" has ${n} candidate${n === 1 ? '' : 's'} in its pipeline: cancel it instead of deleting it.`);
      await m.delete(Role, { id });
      await this.audit.record(m, { actorId: actor.id, action: 'role.delete', targetType: 'Role', targetId: id, changes: removedChanges(role, ['title', 'engagementId']) });
      return role;
    });
  }

  /** A role drafted from an accepted option (the gap module decides its fields). */
  draft(m: EntityManager, fields: DeepPartial<Role>): Promise<Role> {
    return m.save(m.create(Role, fields));
  }

  /** Tells the matching queue the role's stored matches need recomputing (debounced per role). */
  async changed(m: EntityManager, roleId: string): Promise<void> {
    await this.outbox.add(m, OutboxEventType.ROLE_CHANGED, { roleId });
  }

  /** The roles drafted from each recommendation (a specialist team drafts several), batched per request, within the reader's scope. */
  draftedFrom(loaders: RequestLoaders, recommendationId: string): Promise<Role[]> {
    return loaders
      .custom<string, Role[]>('Recommendation.draftedRoles', async (ids, scope) => {
        const rows = await this.resources
          .query(scope)
          .andWhere('role.recommendationId IN (:...ids)', { ids: [...ids] })
          .orderBy('role.createdAt', 'ASC')
          .addOrderBy('role.id', 'ASC')
          .getMany();
        return groupedBy(ids, rows, (r) => r.recommendationId!);
      })
      .load(recommendationId);
  }

  load(loaders: RequestLoaders, id: string): Promise<Role | null> {
    return loaders.byId(this.resources).load(id);
  }

  /** Required skills with their taxonomy names; each skill at most once. */
  private async requiredSkills(m: EntityManager, input: readonly RequiredSkillInput[]): Promise<RequiredSkill[]> {
    const ids = input.map((s) => s.skillId);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) throw AppError.badInput({ requiredSkills: `name skill ${dup} more than once` });
    const rows = ids.length ? ((await m.query(`SELECT id, name FROM skill WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; name: string }[]) : [];
    const unknown = ids.filter((id) => !rows.some((r) => r.id === id));
    if (unknown.length) throw AppError.badInput({ requiredSkills: `name unknown skills (${unknown.join(', ')})` });
    return input.map((s) => ({ skillId: s.skillId, skill: rows.find((r) => r.id === s.skillId)!.name, minLevel: s.minLevel, mustHave: s.mustHave, weight: s.weight }));
  }

  private check(r: Pick<Role, 'permanent' | 'durationWeeks' | 'budgetMinMinor' | 'budgetMaxMinor'>): void {
    if (r.permanent && r.durationWeeks !== null) throw AppError.badInput({ durationWeeks: 'must be empty for a permanent role' });
    if (r.budgetMinMinor !== null && r.budgetMaxMinor !== null && r.budgetMinMinor > r.budgetMaxMinor) throw AppError.badInput({ budgetMaxMinor: 'must be at least budgetMinMinor' });
  }
}
