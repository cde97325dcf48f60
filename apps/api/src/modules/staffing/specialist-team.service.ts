import { Injectable } from '@nestjs/common';
import { MatchStage, RecommendationOption, RoleStatus, buildTeam, enumLabel, wordList, type TeamCandidate, type TeamRequest, type TeamResult } from '@orchestra/shared';
import { lpSolver } from '@orchestra/shared/solver';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service.js';
import { noteUnchanged } from '../../core/request-context/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { Match } from '../matching/match.entities.js';
import { MatchPipelineService } from '../matching/match-pipeline.service.js';
import { MatchingService } from '../matching/matching.service.js';
import { Role, type RequiredSkill } from '../role/role.entity.js';
import { RoleService } from '../role/role.service.js';
import { planCostMinor } from './staffing-plan.service.js';

export const TEAM_SIZE = { min: 2, max: 5, largest: 10 } as const;
export const TEAM_POOL = { default: 50, largest: 200 } as const;

export interface TeamArgs {
  recommendationId: string;
  minSize?: number | null;
  maxSize?: number | null;
  budgetMinor?: number | null;
  candidatesConsidered?: number | null;
}

export interface SpecialistTeamView extends TeamResult {
  recommendationId: string;
  request: TeamRequest;
  candidatesConsidered: number;
  /** How far greedy can be from the best coverage, in words. */
  bound: string;
  names: Record<string, string>;
  costs: Record<string, number>;
  scores: Record<string, number>;
}

/**
 * Specialist teams (DESIGN §6.4): a SPECIALIST_TEAM option drafts one role per severe gap of an
 * area; together they are the team request (the skills to cover at their minimum levels, weighted;
 * the start and the window). The pool is every candidate the team's constraints allow except the
 * skills (no one member needs them all), the SQL ranking's top N; `buildTeam` picks greedy and
 * exact teams beside each other. Accepting drafts one open role per member, each asking for the
 * skills that member covers, shortlists the member, and cancels the drafted roles left unused.
 */
@Injectable()
export class SpecialistTeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roles: RoleService,
    private readonly matching: MatchingService,
    private readonly pipeline: MatchPipelineService,
    private readonly audit: AuditService,
  ) {}

  async build(actor: AuthUser, args: TeamArgs, m: EntityManager = this.dataSource.manager): Promise<SpecialistTeamView> {
    const drafted = await this.draftedRoles(m, actor, args.recommendationId);
    const request = this.request(drafted, args);
    const limit = args.candidatesConsidered ?? TEAM_POOL.default;
    // The first drafted role carries the team's constraints (kind, start, allocation, time zone); the skills are the team's.
    const base = Object.assign(new Role(), drafted[0]!, { requiredSkills: this.teamSkills(drafted) });
    const top = await this.matching.topCandidates(base, limit, m, true);
    const people = top.length ? ((await m.query(`SELECT id, name FROM candidate WHERE id = ANY($1::uuid[])`, [top.map((t) => t.candidateId)])) as { id: string; name: string }[]) : [];
    const names = Object.fromEntries(people.map((p) => [p.id, p.name]));
    const pool: TeamCandidate[] = top.map((t) => ({
      candidateId: t.candidateId,
      name: names[t.candidateId] ?? 'Candidate',
      score: t.score,
      costMinor: planCostMinor(base, t.input),
      skills: t.input.skills,
      availableFrom: t.input.availableFrom,
      utcOffsetMinutes: t.input.utcOffsetMinutes,
    }));
    const result = buildTeam(request, pool, await lpSolver());
    return {
      ...result,
      recommendationId: args.recommendationId,
      request,
      candidatesConsidered: pool.length,
      bound: `Greedy covers at least ${Math.round((1 - 1 / Math.E) * 100)}% of the best possible weighted coverage for a team of ${request.maxSize} (without a budget); the exact team is the best within the budget.`,
      names,
      costs: Object.fromEntries(pool.map((p) => [p.candidateId, p.costMinor ?? 0])),
      scores: Object.fromEntries(pool.map((p) => [p.candidateId, p.score])),
    };
  }

  /** Drafts an open role per member asking for the skills they cover, shortlists each, cancels the drafted roles left over; in one transaction. */
  accept(actor: AuthUser, args: TeamArgs & { candidateIds: string[] }): Promise<Role[]> {
    return this.dataSource.transaction(async (m) => {
      const drafted = await this.draftedRoles(m, actor, args.recommendationId);
      // Accepting the same team again finds its roles.
      const existing = await m.find(Match, { where: { candidateId: In(args.candidateIds), roleId: In((await m.findBy(Role, { recommendationId: args.recommendationId })).map((r) => r.id)) } });
      if (existing.length && args.candidateIds.every((id) => existing.some((e) => e.candidateId === id && e.stage !== MatchStage.SUGGESTED))) {
        noteUnchanged();
        return m.findBy(Role, { id: In(existing.map((e) => e.roleId)) });
      }
      const team = await this.build(actor, args, m);
      const request = team.request;
      if (args.candidateIds.length < request.minSize || args.candidateIds.length > request.maxSize) {
        throw AppError.badInput({ candidateIds: `a team of ${request.minSize} to ${request.maxSize} people, not ${args.candidateIds.length}` });
      }
      const unknown = args.candidateIds.find((id) => !(id in team.names));
      if (unknown) throw AppError.badInput({ candidateIds: `${unknown} is not among the candidates the team can draw on: build the team again` });
      const base = drafted[0]!;
      const created: Role[] = [];
      for (const candidateId of args.candidateIds) {
        const level = (skillId: string) => team.exact.skills.find((s) => s.skillId === skillId)?.coveredBy.find((c) => c.candidateId === candidateId)?.level
          ?? team.greedy.skills.find((s) => s.skillId === skillId)?.coveredBy.find((c) => c.candidateId === candidateId)?.level;
        const covers: RequiredSkill[] = this.teamSkills(drafted).filter((s) => level(s.skillId) !== undefined).map((s) => ({ ...s, mustHave: true }));
        const title = `${enumLabel('RecommendationOption', RecommendationOption.SPECIALIST_TEAM)} member — ${covers.length ? wordList(covers.map((s) => s.skill), 'and') : 'generalist'}`;
        const role = await this.roles.draft(m, {
          clientId: base.clientId,
          engagementId: base.engagementId,
          gapId: base.gapId,
          recommendationId: base.recommendationId,
          title: title.slice(0, 200),
          optionType: RecommendationOption.SPECIALIST_TEAM,
          requiredSkills: covers,
          seniority: base.seniority,
          startDate: base.startDate,
          permanent: base.permanent,
          durationWeeks: base.durationWeeks,
          allocation: base.allocation,
          budgetMinMinor: base.budgetMinMinor,
          budgetMaxMinor: base.budgetMaxMinor,
          currency: base.currency,
          minOverlapHours: base.minOverlapHours,
          status: RoleStatus.OPEN,
          teamMember: true,
        });
        await this.pipeline.shortlistIn(m, actor, role.id, candidateId, 'Chosen for the specialist team');
        await this.roles.changed(m, role.id);
        created.push(role);
      }
      const leftover = drafted.filter((r) => r.status === RoleStatus.DRAFT).map((r) => r.id);
      if (leftover.length) await m.update(Role, { id: In(leftover) }, { status: RoleStatus.CANCELLED });
      await this.audit.record(m, { actorId: actor.id, action: 'specialist_team.accept', targetType: 'Recommendation', targetId: args.recommendationId,
        changes: { roleIds: { old: null, new: created.map((r) => r.id) }, cancelledRoleIds: { old: null, new: leftover } },
      });
      return created;
    });
  }

  private async draftedRoles(m: EntityManager, actor: AuthUser, recommendationId: string): Promise<Role[]> {
    const scope = TenantScope.of(actor);
    const roles = (await m.find(Role, { where: { recommendationId, optionType: RecommendationOption.SPECIALIST_TEAM }, order: { createdAt: 'ASC' } })).filter((r) => !scope.restricted || r.clientId === scope.clientId);
    // The member roles an accepted team drafted are not part of the request.
    const request = roles.filter((r) => !r.teamMember);
    if (!request.length) throw AppError.badInput({ recommendationId: 'has no drafted specialist-team roles: accept the specialist-team option on the report first' });
    return request;
  }

  /** The skills of all the drafted roles: the highest minimum level asked, weights added up. */
  private teamSkills(drafted: Role[]): RequiredSkill[] {
    const bySkill = new Map<string, RequiredSkill>();
    for (const s of drafted.flatMap((r) => r.requiredSkills)) {
      const seen = bySkill.get(s.skillId);
      bySkill.set(s.skillId, seen ? { ...seen, minLevel: Math.max(seen.minLevel, s.minLevel), weight: seen.weight + s.weight } : { ...s });
    }
    return [...bySkill.values()];
  }

  private request(drafted: Role[], args: TeamArgs): TeamRequest {
    const minSize = args.minSize ?? TEAM_SIZE.min;
    const maxSize = args.maxSize ?? Math.max(minSize, Math.min(TEAM_SIZE.max, drafted.length + 1));
    if (minSize > maxSize) throw AppError.badInput({ minSize: `must not be above maxSize (${maxSize})` });
    const perPerson = drafted[0]!.budgetMaxMinor;
    const budgetMinor = args.budgetMinor ?? (perPerson === null ? null : Math.round((perPerson * drafted[0]!.allocation) / 100) * maxSize);
    return {
      skills: this.teamSkills(drafted).map((s) => ({ skillId: s.skillId, name: s.skill, minLevel: s.minLevel, weight: s.weight })),
      minSize,
      maxSize,
      budgetMinor,
    };
  }
}
