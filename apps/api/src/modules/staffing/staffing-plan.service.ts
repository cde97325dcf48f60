import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ErrorCode,
  MATCH_MODEL_VERSION,
  MatchStage,
  OutboxEventType,
  PLAN_CANDIDATES_PER_ROLE,
  PlanInfeasibleError,
  RoleStatus,
  STAFFING_PLAN_STEPS,
  StaffingPlanStatus,
  WorkflowKind,
  WorkflowStatus,
  addDays,
  enumLabel,
  explainPlan,
  solveStaffingPlan,
  today,
  wordList,
  type MatchCandidateInput,
  type PlanAssignment,
  type PlanInput,
  type PlanRole,
  type Urgency,
} from '@orchestra/shared';
import { lpSolver } from '@orchestra/shared/solver';
import pMap from 'p-map';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { createdChanges, diffChanges } from '../../core/audit/audit-changes.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { noteUnchanged } from '../../core/request-context/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { ResourceService } from '../../core/graphql/list/resource.service.js';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { isOutboxEventProcessed, markOutboxEventProcessed } from '../../core/queue/outbox-processing.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { DecisionRecordService } from '../decision/decision-record.service.js';
import { Engagement } from '../engagement/engagement.entity.js';
import { Match } from '../matching/match.entities.js';
import { MatchPipelineService } from '../matching/match-pipeline.service.js';
import { MatchingService } from '../matching/matching.service.js';
import { Role } from '../role/role.entity.js';
import type { CreateStaffingPlanArgs, StaffingConstraintsArgs, StaffingPlanFilter } from './dto/staffing-plan.args.js';
import { StaffingPlan } from './staffing-plan.entity.js';

/** Each role's best few, shown to pin or exclude from. */
const PLAN_OPTIONS_SHOWN = 5;
/** Roles ranked at once while solving a plan. */
const RANKING_CONCURRENCY = 3;
const URGENCY_ORDER: Readonly<Record<Urgency, number>> = { HIGH: 3, MEDIUM: 2, LOW: 1 };

/** One role of a plan as read: both picks with today's names, and why they differ. */
export interface StaffingPlanRoleView {
  roleId: string;
  title: string;
  candidates: number;
  options: { candidateId: string; candidateName: string; score: number }[];
  plan: PlanAssignment & { candidateName: string | null };
  greedy: PlanAssignment & { candidateName: string | null };
  reason: string | null;
}

/** What the cap counts for a candidate on a role: day rate × allocation, or the salary of a permanent role; unknown in another currency. */
export function planCostMinor(role: Pick<Role, 'permanent' | 'allocation' | 'currency'>, input: MatchCandidateInput): number | null {
  if (input.currency && input.currency !== role.currency) return null;
  if (role.permanent) return input.salaryMinor;
  return input.dayRateMinor === null ? null : Math.round((input.dayRateMinor * role.allocation) / 100);
}

/**
 * Staffing plans (DESIGN §6.3): a person picks open roles and constraints; the matching queue ranks
 * each role's candidates (the SQL ranking's top N), solves the plan beside the greedy one
 * (`solveStaffingPlan`) and stores both with their inputs; accepting shortlists every pick in one
 * transaction and records a decision on each engagement involved.
 */
@Injectable()
export class StaffingPlanService extends ResourceService<StaffingPlan, StaffingPlanFilter> {
  override readonly resources: ResourceRepository<StaffingPlan>;

  constructor(
    @InjectRepository(StaffingPlan) repo: Repository<StaffingPlan>,
    private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly pipeline: MatchPipelineService,
    private readonly decisions: DecisionRecordService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {
    super();
    this.resources = new ResourceRepository(repo, {
      typeName: 'StaffingPlan',
      alias: 'plan',
      sortable: { id: 'id', createdAt: 'createdAt', status: 'status' },
      defaultSort: { field: 'createdAt', order: 'DESC' },
      equals: { status: 'status' },
      tenantProperty: null,
    });
  }

  create(actor: AuthUser, args: CreateStaffingPlanArgs): Promise<StaffingPlan> {
    if (!args.roleIds === !args.engagementId) {
      return Promise.reject(AppError.badInput({ roleIds: 'give either roleIds (the open roles to staff) or engagementId (all its open roles), not both and not neither' }));
    }
    return this.dataSource.transaction(async (m) => {
      const roles = args.engagementId ? await this.openRolesOf(m, actor, args.engagementId) : await this.openRoles(m, actor, args.roleIds!);
      const constraints = this.checkConstraints(roles, args);
      const plan = m.create(StaffingPlan, {
        status: StaffingPlanStatus.PENDING,
        roleIds: roles.map((r) => r.id),
        candidatesPerRole: args.candidatesPerRole ?? PLAN_CANDIDATES_PER_ROLE,
        ...constraints,
        createdById: actor.id,
      });
      await m.save(plan);
      return this.request(m, actor, plan, 'staffing_plan.create');
    });
  }

  /** Solves a plan again, with new constraints, against the pool as it is now. */
  rerun(actor: AuthUser, id: string, args: StaffingConstraintsArgs): Promise<StaffingPlan> {
    return this.dataSource.transaction(async (m) => {
      const plan = await this.resources.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
      if (plan.status === StaffingPlanStatus.ACCEPTED) throw AppError.conflict('This plan is accepted and its picks are shortlisted: start a new plan instead.');
      if (plan.status === StaffingPlanStatus.PENDING) throw AppError.conflict('This plan is being solved: wait for it to finish, then run it again.');
      const roles = await m.findBy(Role, { id: In(plan.roleIds) });
      Object.assign(plan, this.checkConstraints(roles, args), { status: StaffingPlanStatus.PENDING, error: null });
      await m.save(plan);
      return this.request(m, actor, plan, 'staffing_plan.rerun');
    });
  }

  /** Shortlists every pick of a solved plan, in one transaction; accepting it again changes nothing. */
  accept(actor: AuthUser, id: string): Promise<StaffingPlan> {
    return this.dataSource.transaction(async (m) => {
      const plan = await this.resources.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
      if (plan.status === StaffingPlanStatus.ACCEPTED) {
        noteUnchanged(); // accepted already: the same answer, nothing written
        return plan;
      }
      if (plan.status !== StaffingPlanStatus.SOLVED || !plan.plan) {
        throw AppError.conflict(`This plan is ${enumLabel('StaffingPlanStatus', plan.status).toLowerCase()}: only a plan ready to review can be accepted.`);
      }
      const picks = plan.plan.assignments.filter((a): a is PlanAssignment & { candidateId: string } => a.candidateId !== null);
      const roles = new Map((await m.findBy(Role, { id: In(picks.map((p) => p.roleId)) })).map((r) => [r.id, r]));
      const existing = picks.length ? await m.findBy(Match, picks.map((p) => ({ roleId: p.roleId, candidateId: p.candidateId }))) : [];
      for (const pick of picks) {
        const role = roles.get(pick.roleId);
        const match = existing.find((e) => e.roleId === pick.roleId && e.candidateId === pick.candidateId);
        // Already shortlisted or further along (by hand, or an earlier plan): nothing to do.
        if (match && match.stage !== MatchStage.SUGGESTED) continue;
        try {
          await this.pipeline.shortlistIn(m, actor, pick.roleId, pick.candidateId, 'Picked by a staffing plan');
        } catch (e) {
          if (e instanceof AppError && e.code === ErrorCode.CONFLICT) {
            throw AppError.conflict(`The pool changed since this plan was solved (${role?.title ?? 'a role'}: ${e.message}) Run the plan again.`);
          }
          throw e;
        }
      }
      await this.recordDecisions(m, actor, plan, picks, roles);
      const next = { status: StaffingPlanStatus.ACCEPTED, acceptedAt: new Date(), acceptedById: actor.id };
      const changes = diffChanges(plan, next);
      Object.assign(plan, next);
      await m.save(plan);
      await this.audit.record(m, { actorId: actor.id, action: 'staffing_plan.accept', targetType: 'StaffingPlan', targetId: plan.id, changes });
      return plan;
    });
  }

  /** Each role of a solved plan, explained with the names as they are now (one statement for the names). */
  async roles(plan: StaffingPlan): Promise<StaffingPlanRoleView[]> {
    if (!plan.inputs || !plan.plan || !plan.greedy) return [];
    const ids = [...new Set([...plan.plan.assignments, ...plan.greedy.assignments].flatMap((a) => (a.candidateId ? [a.candidateId] : [])).concat(plan.inputs.flatMap((r) => r.candidates.slice(0, PLAN_OPTIONS_SHOWN).map((c) => c.candidateId))))];
    const names = await this.names(ids);
    const outcomes = explainPlan(this.planInput(plan, plan.inputs, names), plan.plan, plan.greedy);
    const named = (a: PlanAssignment) => ({ ...a, candidateName: a.candidateId ? (names[a.candidateId] ?? 'Erased candidate') : null });
    return outcomes.map((o, i) => ({
      roleId: o.roleId,
      title: plan.inputs![i]!.title,
      candidates: plan.inputs![i]!.candidates.length,
      options: plan.inputs![i]!.candidates.slice(0, PLAN_OPTIONS_SHOWN).map((c) => ({ candidateId: c.candidateId, candidateName: names[c.candidateId] ?? 'Erased candidate', score: c.score })),
      plan: named(o.plan),
      greedy: named(o.greedy),
      reason: o.reason,
    }));
  }

  /**
   * The matching queue's job: rank each role's candidates, solve, store, in steps a person can
   * watch (the WorkflowRun). A plan that cannot be built as asked (a pin on someone no longer
   * eligible) fails with the reason in words and is not retried; anything else is retried.
   */
  async solve(planId: string, outboxEventId: string, lastAttempt: boolean): Promise<{ solved: boolean }> {
    if (await isOutboxEventProcessed(this.dataSource, outboxEventId)) return { solved: false };
    const plan = await this.dataSource.getRepository(StaffingPlan).findOneBy({ id: planId });
    if (!plan || plan.runId !== outboxEventId) {
      // Deleted, or a later request superseded this one: its own job solves it.
      await this.dataSource.transaction((m) => markOutboxEventProcessed(m, outboxEventId));
      return { solved: false };
    }
    const runId = outboxEventId;
    await this.dataSource.query(`UPDATE workflow_run SET status = $2, "startedAt" = coalesce("startedAt", now()), attempts = attempts + 1, "updatedAt" = now() WHERE id = $1`, [runId, WorkflowStatus.RUNNING]);
    try {
      const listed = performance.now();
      const roles = await this.dataSource.getRepository(Role).findBy({ id: In(plan.roleIds), status: RoleStatus.OPEN });
      const urgency = await this.urgencies(roles);
      let ranked = 0;
      // A few roles at a time: each ranking is one parallel scan; more at once only queue for the cores.
      const inputs = await pMap(
        sortedLike(roles, plan.roleIds),
        async (role): Promise<PlanRole> => {
          const top = await this.matching.topCandidates(role, plan.candidatesPerRole);
          const start = role.startDate ?? today();
          await this.progress(runId, roles.length, ++ranked);
          return {
            id: role.id,
            title: role.title,
            allocation: role.allocation,
            start,
            end: role.permanent ? null : addDays(start, 7 * (role.durationWeeks ?? 12)),
            urgency: urgency.get(role.engagementId) ?? URGENCY_ORDER.MEDIUM,
            candidates: top.map((t) => ({ candidateId: t.candidateId, score: t.score, freeAllocation: t.input.freeAllocation, costMinor: planCostMinor(role, t.input) })),
          };
        },
        { concurrency: RANKING_CONCURRENCY },
      );
      const candidateListMs = Math.round(performance.now() - listed);
      const solving = performance.now();
      // Names only for what a refusal says ("Bo cannot be pinned to …"); the plan itself stores none.
      const result = solveStaffingPlan(this.planInput(plan, inputs, await this.names(Object.values(plan.pins))), await lpSolver());
      const solverMs = Math.round(performance.now() - solving);
      await this.dataSource.transaction(async (m) => {
        await m.update(StaffingPlan, { id: plan.id, runId }, {
          status: StaffingPlanStatus.SOLVED,
          inputs,
          plan: result.plan,
          greedy: result.greedy,
          solver: result.solver,
          solverVersion: result.version,
          modelVersion: MATCH_MODEL_VERSION,
          candidateListMs,
          solverMs,
          error: null,
          solvedAt: new Date(),
        });
        await this.finishRun(m, runId, WorkflowStatus.SUCCEEDED, null);
        await markOutboxEventProcessed(m, outboxEventId);
      });
      return { solved: true };
    } catch (e) {
      const refused = e instanceof PlanInfeasibleError || e instanceof AppError;
      if (!refused && !lastAttempt) {
        await this.dataSource.query(`UPDATE workflow_run SET error = $2, "updatedAt" = now() WHERE id = $1`, [runId, 'The plan could not be solved this time; it is being tried again.']);
        throw e;
      }
      // Refused as asked, or out of attempts: the plan says so (the details are in the worker's log).
      const error = refused ? (e as Error).message : 'The plan could not be solved: run it again, and tell an administrator if it keeps failing.';
      await this.dataSource.transaction(async (m) => {
        await m.update(StaffingPlan, { id: plan.id, runId }, { status: StaffingPlanStatus.FAILED, error });
        await this.finishRun(m, runId, WorkflowStatus.FAILED, error);
        await markOutboxEventProcessed(m, outboxEventId);
      });
      if (!refused) throw e;
      return { solved: false };
    }
  }

  // -------------------------------------------------------------------------------------------

  /** Candidates' names by id, as they are now (one statement). */
  private async names(ids: readonly string[]): Promise<Record<string, string>> {
    if (!ids.length) return {};
    const rows = (await this.dataSource.query(`SELECT id, name FROM candidate WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; name: string }[];
    return Object.fromEntries(rows.map((r) => [r.id, r.name]));
  }

  private planInput(plan: StaffingPlan, roles: PlanRole[], names: Record<string, string>): PlanInput {
    return { roles, names, constraints: { pins: plan.pins, excluded: plan.excludedCandidateIds, budgetCapMinor: plan.budgetCapMinor } };
  }

  /** Queues the solve (through the outbox, with the change) and creates the run a person watches. */
  private async request(m: EntityManager, actor: AuthUser, plan: StaffingPlan, action: string): Promise<StaffingPlan> {
    const runId = await this.outbox.add(m, OutboxEventType.STAFFING_PLAN_REQUESTED, { planId: plan.id });
    await m.query(
      `INSERT INTO workflow_run (id, kind, "subjectType", "subjectId", "clientId", status, "currentStep", progress, attempts)
       VALUES ($1, $2, 'StaffingPlan', $3, NULL, $4, $5, 0, 0)`,
      [runId, WorkflowKind.STAFFING_PLAN, plan.id, WorkflowStatus.PENDING, STAFFING_PLAN_STEPS[0].step],
    );
    plan.runId = runId;
    await m.update(StaffingPlan, { id: plan.id }, { runId });
    await this.audit.record(m, { actorId: actor.id, action, targetType: 'StaffingPlan', targetId: plan.id, changes: createdChanges(plan, ['roleIds', 'pins', 'excludedCandidateIds', 'budgetCapMinor', 'runId']) });
    return plan;
  }

  private async openRoles(m: EntityManager, actor: AuthUser, ids: string[]): Promise<Role[]> {
    const found = await m.findBy(Role, { id: In(ids) });
    const scope = TenantScope.of(actor);
    for (const id of ids) {
      const role = found.find((r) => r.id === id);
      if (!role || (scope.restricted && role.clientId !== scope.clientId)) throw AppError.badInput({ roleIds: `does not match any role (${id})` });
      if (role.status !== RoleStatus.OPEN) throw AppError.badInput({ roleIds: `“${role.title}” is ${enumLabel('RoleStatus', role.status).toLowerCase()}: a plan staffs open roles only` });
    }
    return sortedLike(found, ids);
  }

  private async openRolesOf(m: EntityManager, actor: AuthUser, engagementId: string): Promise<Role[]> {
    const scope = TenantScope.of(actor);
    const engagement = await m.findOneBy(Engagement, { id: engagementId });
    if (!engagement || (scope.restricted && engagement.clientId !== scope.clientId)) throw AppError.badInput({ engagementId: `does not match any engagement (${engagementId})` });
    const roles = await m.find(Role, { where: { engagementId, status: RoleStatus.OPEN }, order: { createdAt: 'ASC' }, take: 300 });
    if (!roles.length) throw AppError.badInput({ engagementId: `“${engagement.title}” has no open roles: open its drafted roles first` });
    return roles;
  }

  /** Pins on the plan's roles only, one per role; a cap needs the roles to share one currency. */
  private checkConstraints(roles: Role[], args: StaffingConstraintsArgs): Pick<StaffingPlan, 'pins' | 'excludedCandidateIds' | 'budgetCapMinor' | 'currency'> {
    const pins: Record<string, string> = {};
    for (const pin of args.pins ?? []) {
      if (!roles.some((r) => r.id === pin.roleId)) throw AppError.badInput({ pins: `pin a person to one of the plan's roles (${pin.roleId} is not one)` });
      if (pins[pin.roleId]) throw AppError.badInput({ pins: 'pin at most one person to each role' });
      pins[pin.roleId] = pin.candidateId;
    }
    const excluded = [...new Set(args.excludedCandidateIds ?? [])];
    const both = excluded.find((id) => Object.values(pins).includes(id));
    if (both) throw AppError.badInput({ excludedCandidateIds: `a person cannot be both pinned and excluded (${both})` });
    const currencies = [...new Set(roles.map((r) => r.currency))];
    const cap = args.budgetCapMinor ?? null;
    if (cap !== null && currencies.length > 1) throw AppError.badInput({ budgetCapMinor: `the roles are budgeted in ${currencies.join(' and ')}: a cap needs roles in one currency` });
    return { pins, excludedCandidateIds: excluded, budgetCapMinor: cap, currency: cap === null ? null : (currencies[0] ?? null) };
  }

  private async urgencies(roles: Role[]): Promise<Map<string, number>> {
    const ids = [...new Set(roles.map((r) => r.engagementId))];
    const rows = ids.length ? await this.dataSource.getRepository(Engagement).find({ where: { id: In(ids) }, select: { id: true, urgency: true } }) : [];
    return new Map(rows.map((e) => [e.id, URGENCY_ORDER[e.urgency]]));
  }

  /** Progress while ranking, written only when it crosses a tenth (a plan of 200 roles writes 10 times, not 200). */
  private async progress(runId: string, total: number, done: number): Promise<void> {
    const { step, progress: end } = STAFFING_PLAN_STEPS[0];
    const tenth = (n: number) => Math.floor((n / total) * 10);
    if (tenth(done) === tenth(done - 1)) return;
    await this.dataSource.query(`UPDATE workflow_run SET progress = greatest(progress, $3), "currentStep" = $2, "updatedAt" = now() WHERE id = $1`, [runId, step, Math.floor((done / total) * end)]);
  }

  private async finishRun(m: EntityManager, runId: string, status: WorkflowStatus, error: string | null): Promise<void> {
    await m.query(
      `UPDATE workflow_run SET status = $2::varchar, error = $3, progress = CASE WHEN $2::varchar = 'SUCCEEDED' THEN 100 ELSE progress END, "currentStep" = $4, "finishedAt" = now(), "updatedAt" = now() WHERE id = $1`,
      [runId, status, error, STAFFING_PLAN_STEPS[1].step],
    );
  }

  /** One decision per engagement: which roles the plan shortlisted for, and by how much it beat greedy (no names: the log outlives erasure). */
  private async recordDecisions(m: EntityManager, actor: AuthUser, plan: StaffingPlan, picks: PlanAssignment[], roles: Map<string, Role>): Promise<void> {
    const byEngagement = new Map<string, Role[]>();
    for (const role of roles.values()) byEngagement.set(role.engagementId, [...(byEngagement.get(role.engagementId) ?? []), role]);
    const engagements = byEngagement.size ? await m.findBy(Engagement, { id: In([...byEngagement.keys()]) }) : [];
    for (const engagement of engagements) {
      const mine = sortedLike(byEngagement.get(engagement.id) ?? [], plan.roleIds);
      const lines = mine.map((r) => `${r.title} (score ${picks.find((p) => p.roleId === r.id)?.score ?? 0})`);
      await this.decisions.write(m, actor, engagement, {
        title: `Staffing plan accepted for ${mine.length} ${mine.length === 1 ? 'role' : 'roles'}`,
        context: `A staffing plan over ${plan.roleIds.length} open roles scored ${plan.plan?.totalScore} in total, against ${plan.greedy?.totalScore} for picking greedily role by role.`,
        decision: `Shortlisted the plan's picks for ${wordList(lines, 'and')}.`,
      });
    }
  }
}

/** The rows in the order of the ids they were asked by. */
function sortedLike<T extends { id: string }>(rows: T[], ids: readonly string[]): T[] {
  const at = new Map(ids.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => (at.get(a.id) ?? 0) - (at.get(b.id) ?? 0));
}
