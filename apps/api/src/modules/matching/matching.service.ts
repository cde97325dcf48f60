import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_PER_PAGE,
  MATCH_CONSTRAINTS,
  MATCH_MODEL_VERSION,
  MAX_PER_PAGE,
  RoleStatus,
  SENIORITIES,
  coreHoursUtc,
  hardConstraintFailures,
  scoreCandidate,
  smallestImprovement,
  whatWouldMeetRole,
  type CandidateKind,
  type FailedConstraint,
  type MatchConstraint,
  type MatchCandidateInput,
  type MatchFactor,
  type MatchRoleInput,
  addDays,
  today,
} from '@orchestra/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { AppError } from '../../core/errors/app-error.js';
import { readAll } from '../../core/database/read-all.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { DATE_RANGE, isDateInRange } from '../../core/validation/validation.js';
import { Candidate } from '../candidate/candidate.entities.js';
import { CandidateService, CONSENT_VALID_SQL } from '../candidate/candidate.service.js';
import { Client } from '../client/client.entity.js';
import { Role } from '../role/role.entity.js';
import { RoleService } from '../role/role.service.js';
import { Match } from './match.entities.js';
import { MATCH_TABLE, MatchQuery, type RoleMatchContext } from './match-query.js';

export interface RankedRow {
  rank: number;
  candidateId: string;
  candidate: Candidate;
  score: number;
  factors: MatchFactor[];
  whatWouldChange: string[];
  match: Match | null;
}

export interface Evaluation {
  eligible: boolean;
  /** Null when a hard constraint fails (the candidate is not ranked). */
  score: number | null;
  /** The model's score whatever the constraints say (stored on a match beside its failures). */
  modelScore: number;
  factors: MatchFactor[];
  failed: FailedConstraint[];
  whatWouldChange: string[];
}

interface InputRow {
  id: string;
  kind: CandidateKind;
  seniorityRank: number;
  availableFrom: string;
  freeAllocation: number;
  dayRateMinor: number | null;
  salaryMinor: number | null;
  currency: string;
  utcOffsetMinutes: number;
  consentValid: boolean;
  consentExpiredOn: string | null;
  levels: number[];
}

/**
 * Role → ranked candidates (DESIGN §6). The database applies the hard constraints and orders the
 * pool by the model's score (MatchQuery); the shared pure functions then explain the page they
 * return: factors, failed constraints and what-ifs. Nothing loads the whole pool.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roles: RoleService,
    private readonly candidates: CandidateService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The role's matching inputs: requirements, the client's core hours in UTC, the booking window and who is booked too fully in it. */
  async context(role: Role, m: EntityManager = this.dataSource.manager): Promise<RoleMatchContext> {
    // Date arithmetic breaks outside the range (year 10000 has no ISO string): say which role, once.
    if (role.startDate !== null && !isDateInRange(role.startDate)) {
      throw AppError.conflict(`Role “${role.title}” has a start date outside ${DATE_RANGE.min} to ${DATE_RANGE.max}: correct it.`);
    }
    const ids = role.requiredSkills.map((s) => s.skillId);
    const startDate = role.startDate ?? today();
    const windowEnd = role.permanent ? null : addDays(startDate, 7 * (role.durationWeeks ?? 12));
    const [client, nos, overbooked] = await readAll(m, [
      () => m.findOneByOrFail(Client, { id: role.clientId }),
      async () => (ids.length ? ((await m.query(`SELECT id, no FROM skill WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; no: number }[]) : []),
      () =>
        m.query(
          `SELECT p."candidateId" AS id FROM placement p JOIN ${MATCH_TABLE} c ON c.id = p."candidateId"
            WHERE p."startDate" <= coalesce($1::date, 'infinity'::date) AND coalesce(p."endDate", 'infinity'::date) >= $2::date
            GROUP BY p."candidateId", c.allocation HAVING c.allocation - sum(p.allocation) < $3`,
          [windowEnd, startDate, role.allocation],
        ) as Promise<{ id: string }[]>,
    ]);
    const input: MatchRoleInput = {
      optionType: role.optionType,
      requiredSkills: role.requiredSkills,
      seniority: role.seniority,
      startDate,
      allocation: role.allocation,
      permanent: role.permanent,
      budgetMaxMinor: role.budgetMaxMinor,
      currency: role.currency,
      minOverlapHours: role.minOverlapHours,
      clientCoreUtc: coreHoursUtc(client.timeZone, client.coreHoursStart, client.coreHoursEnd),
    };
    return {
      input,
      skillNos: ids.map((id) => nos.find((n) => n.id === id)?.no ?? 0),
      windowStart: startDate,
      windowEnd,
      overbooked: overbooked.map((r) => r.id),
    };
  }

  async rank(actor: AuthUser, roleId: string, page = 0, perPage = DEFAULT_PER_PAGE): Promise<{ roleId: string; modelVersion: string; total: number; candidates: RankedRow[] }> {
    const role = await this.roles.findOne(actor, roleId);
    const ctx = await this.context(role);
    const size = Math.min(Math.max(perPage, 1), MAX_PER_PAGE);
    const { ids, total, topScore } = await this.rankedIds(ctx, size, page * size);
    const [inputs, candidates, matches] = await Promise.all([this.inputs(ctx, ids), this.candidatesByIds(ids), this.storedMatches(roleId, ids)]);
    const scored = ids.map((id, i) => ({ id, rank: page * size + i + 1, ...scoreCandidate(ctx.input, inputs.get(id)!) }));
    // The scores ahead of each row: rank 1's (from the query) and the rows above it on this page.
    const ahead = (i: number) => [...(page > 0 && topScore !== null ? [{ rank: 1, score: topScore }] : []), ...scored.slice(0, i).map((s) => ({ rank: s.rank, score: s.score }))];
    return {
      roleId,
      modelVersion: MATCH_MODEL_VERSION,
      total,
      candidates: scored.map((s, i) => ({
        rank: s.rank,
        candidateId: s.id,
        candidate: candidates.get(s.id)!,
        score: s.score,
        factors: s.factors,
        // Pure CPU on the page already loaded: a few dozen rescorings per row, no SQL.
        whatWouldChange: [smallestImprovement(ctx.input, inputs.get(s.id)!, { rank: s.rank, score: s.score }, ahead(i))],
        match: matches.get(s.id) ?? null,
      })),
    };
  }

  /**
   * Candidates that fail a hard constraint, nearest misses first, with counts per constraint. Two
   * passes over the pool that hold no rows. The first groups it by which constraints each candidate
   * fails (each evaluated once per candidate; a few dozen groups), which gives the counts per
   * constraint and per number of failures. The second scores only the candidates of the groups
   * the page falls in, in a top-N sort: at a million candidates, scoring every excluded one was
   * most of the time.
   */
  async excluded(actor: AuthUser, roleId: string, page = 0, perPage = DEFAULT_PER_PAGE, only: MatchConstraint | null = null) {
    const role = await this.roles.findOne(actor, roleId);
    const ctx = await this.context(role);
    const size = Math.min(Math.max(perPage, 1), MAX_PER_PAGE);
    const counts = new MatchQuery(ctx);
    const constraints = counts.constraints();
    const rows = await this.dataSource.transaction(async (m) => {
      // Two groups per flag is the planner's guess; with many must-haves that guess grows past
      // the pool and it would sort the whole pool (to disk) to group it. Hashing holds only the groups.
      await m.query(`SET LOCAL enable_sort = off`);
      return (await m.query(
        `SELECT ${counts.failureColumns(constraints)}, count(*)::int AS n FROM ${MATCH_TABLE} c GROUP BY ${constraints.map((_, i) => i + 1).join(', ')}`,
        counts.params,
      )) as (Record<`f${number}`, boolean> & { n: number })[];
    });
    // Each group: how many share it, and which constraints (by index) they fail.
    const groups = rows.map((r) => ({ n: r.n, fails: constraints.flatMap((_, i) => (r[`f${i}`] ? [i] : [])) })).filter((g) => g.fails.length);
    const failsKind = (g: { fails: number[] }, kind: MatchConstraint) => g.fails.some((i) => constraints[i]!.constraint === kind);
    const byConstraint = MATCH_CONSTRAINTS.map((kind) => ({ constraint: kind, count: groups.reduce((sum, g) => sum + (failsKind(g, kind) ? g.n : 0), 0) })).filter((c) => c.count > 0);
    // The listed groups (filtered by a constraint: those failing it) by number of failures, fewest first.
    const levels: { failed: number; n: number }[] = [];
    for (const g of only ? groups.filter((g) => failsKind(g, only)) : groups) {
      const level = levels.find((l) => l.failed === g.fails.length);
      if (level) level.n += g.n;
      else levels.push({ failed: g.fails.length, n: g.n });
    }
    levels.sort((a, b) => a.failed - b.failed);
    const total = levels.reduce((sum, l) => sum + l.n, 0);
    const offset = page * size;
    let ids: string[] = [];
    if (offset < total) {
      // The levels the page overlaps, and the rows before them.
      let first = 0;
      let before = 0;
      while (before + levels[first]!.n <= offset) before += levels[first++]!.n;
      let last = first;
      for (let through = before + levels[first]!.n; through < offset + size && last + 1 < levels.length; ) through += levels[++last]!.n;
      const [low, high] = [levels[first]!.failed, levels[last]!.failed];
      const q = new MatchQuery(ctx);
      // One set of constraint expressions (each call adds its parameters, and every parameter must
      // be used), the most often failed first: the filter stops early on most of the pool.
      const failures = (i: number) => groups.reduce((sum, g) => sum + (g.fails.includes(i) ? g.n : 0), 0);
      const pageConstraints = q
        .constraints()
        .map((c, i) => ({ ...c, failures: failures(i) }))
        .sort((a, b) => b.failures - a.failures);
      const own = only ? pageConstraints.filter((c) => c.constraint === only).map((c) => c.sql) : [];
      const onlyWhere = own.length ? ` AND NOT (${own.join(' AND ')})` : '';
      // Within one level every row fails as many constraints: no need to order by it.
      const byFailed = low === high ? '' : `${q.failed(pageConstraints)} ASC, `;
      const pageRows = (await this.dataSource.query(
        `SELECT c.id FROM ${MATCH_TABLE} c WHERE ${q.failsBetween(pageConstraints, low, high)}${onlyWhere}
          ORDER BY ${byFailed}${q.score()} DESC, c.name ASC, c.id ASC LIMIT ${q.param(size)} OFFSET ${q.param(offset - before)}`,
        q.params,
      )) as { id: string }[];
      ids = pageRows.map((r) => r.id);
    }
    const [inputs, candidates] = await Promise.all([this.inputs(ctx, ids), this.candidatesByIds(ids)]);
    return {
      total,
      byConstraint,
      candidates: ids.map((id) => {
        const failedConstraints = hardConstraintFailures(ctx.input, inputs.get(id)!);
        return { candidateId: id, candidate: candidates.get(id)!, failed: failedConstraints, whatWouldChange: whatWouldMeetRole(ctx.input, inputs.get(id)!, failedConstraints) };
      }),
    };
  }

  /** "Why is X not here?": one candidate against one role, explained. */
  async fit(actor: AuthUser, roleId: string, candidateId: string): Promise<Evaluation> {
    const role = await this.roles.findOne(actor, roleId);
    await this.candidates.findOne(actor, candidateId);
    const ctx = await this.context(role);
    return (await this.evaluate(ctx, [candidateId])).get(candidateId)!;
  }

  /** Pure-function evaluations of the given candidates (rank-free: what-ifs only for misses). */
  async evaluate(ctx: RoleMatchContext, ids: string[], m: EntityManager = this.dataSource.manager): Promise<Map<string, Evaluation>> {
    const inputs = await this.inputs(ctx, ids, m);
    const out = new Map<string, Evaluation>();
    for (const [id, input] of inputs) {
      const failed = hardConstraintFailures(ctx.input, input);
      const { score, factors } = scoreCandidate(ctx.input, input);
      out.set(id, { eligible: failed.length === 0, score: failed.length ? null : score, modelScore: score, factors, failed, whatWouldChange: failed.length ? whatWouldMeetRole(ctx.input, input, failed) : [] });
    }
    return out;
  }

  /**
   * Rewrites a role's stored matches (the matching queue's job): the best MATCHING_STORED_TOP
   * eligible candidates become or stay SUGGESTED with fresh scores; suggestions that fell out are
   * removed; matches further along keep their stage and get a fresh score or failed constraints.
   */
  async recomputeRole(roleId: string): Promise<{ stored: number; removed: number }> {
    return this.dataSource.transaction(async (m) => {
      // One recompute per role at a time: the role row is the lock.
      const role = await m.getRepository(Role).createQueryBuilder('r').where('r.id = :roleId', { roleId }).setLock('pessimistic_write').getOne();
      if (!role || role.status !== RoleStatus.OPEN) return { stored: 0, removed: 0 };
      const ctx = await this.context(role, m);
      const { ids } = await this.rankedIds(ctx, this.config.MATCHING_STORED_TOP, 0, m);
      const existing = await m.findBy(Match, { roleId });
      const others = existing.map((e) => e.candidateId).filter((id) => !ids.includes(id));
      const evaluations = await this.evaluate(ctx, [...ids, ...others], m);
      const rows = [...ids.map((id, i) => ({ id, rank: i + 1 })), ...others.map((id) => ({ id, rank: null as number | null }))].flatMap(({ id, rank }) => {
        const e = evaluations.get(id);
        return e ? [{ roleId, candidateId: id, rank, score: e.modelScore, factors: e.factors, failedConstraints: e.failed, modelVersion: MATCH_MODEL_VERSION }] : [];
      });
      const suggestedOut = existing.filter((e) => e.stage === 'SUGGESTED' && !ids.includes(e.candidateId)).map((e) => e.id);
      if (suggestedOut.length) await m.delete(Match, { id: In(suggestedOut) });
      const kept = rows.filter((r) => r.rank !== null || existing.some((e) => e.candidateId === r.candidateId && e.stage !== 'SUGGESTED'));
      if (kept.length) {
        await m
          .createQueryBuilder()
          .insert()
          .into(Match)
          .values(kept.map((r) => ({ ...r, computedAt: () => 'now()' })) as never)
          .orUpdate(['score', 'rank', 'factors', 'failedConstraints', 'modelVersion', 'computedAt'], ['roleId', 'candidateId'])
          .execute();
      }
      return { stored: kept.length, removed: suggestedOut.length };
    });
  }

  /**
   * The role's best `limit` eligible candidates with their scores and the inputs a staffing plan
   * needs (free allocation in the role's window, rates): two statements, whatever the pool's size.
   */
  async topCandidates(
    role: Role,
    limit: number,
    m: EntityManager = this.dataSource.manager,
    /** For a team: no skill is a must for one member (the team covers them together). */
    skillsOptional = false,
  ): Promise<{ candidateId: string; score: number; input: MatchCandidateInput }[]> {
    const ctx = await this.context(skillsOptional ? Object.assign(new Role(), role, { requiredSkills: role.requiredSkills.map((s) => ({ ...s, mustHave: false })) }) : role, m);
    const ids = await this.topIds(ctx, limit, m);
    const inputs = await this.inputs(ctx, ids, m);
    return ids.flatMap((id) => {
      const input = inputs.get(id);
      return input ? [{ candidateId: id, score: scoreCandidate(ctx.input, input).score, input }] : [];
    });
  }

  /** The open roles a candidate change may affect (all open roles: the pool is one). */
  async openRoleIds(): Promise<string[]> {
    const rows = (await this.dataSource.query(`SELECT id FROM role WHERE status = 'OPEN' ORDER BY "createdAt"`)) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** One page of eligible candidate ids by score, the total, and rank 1's score. */
  private async rankedIds(ctx: RoleMatchContext, limit: number, offset: number, m: EntityManager = this.dataSource.manager) {
    const q = new MatchQuery(ctx);
    const where = q.constraints().map((c) => c.sql).join(' AND ');
    const rows = (await m.query(
      // OFFSET 0 keeps the inner select from being inlined, so the window sees narrow rows (id,
      // name, score) instead of whole candidates with their skill arrays.
      `SELECT id, score, count(*) OVER () AS total, max(score) OVER () AS top FROM (
         SELECT c.id, c.name, ${q.score()} AS score FROM ${MATCH_TABLE} c WHERE ${where} OFFSET 0
       ) x ORDER BY score DESC, name ASC, id ASC LIMIT ${q.param(limit)} OFFSET ${q.param(offset)}`,
      q.params,
    )) as { id: string; score: string; total: string; top: string }[];
    return { ids: rows.map((r) => r.id), total: rows[0] ? Number(rows[0].total) : await this.countEligible(ctx, m), topScore: rows[0] ? Math.round(Number(rows[0].top) * 10) / 10 : null };
  }

  /** The best `limit` eligible ids, without the total: a top-N sort, not every eligible row's score kept for a window. */
  private async topIds(ctx: RoleMatchContext, limit: number, m: EntityManager): Promise<string[]> {
    const q = new MatchQuery(ctx);
    const rows = (await m.query(
      `SELECT c.id FROM ${MATCH_TABLE} c WHERE ${q.constraints().map((c) => c.sql).join(' AND ')}
        ORDER BY ${q.score()} DESC, c.name ASC, c.id ASC LIMIT ${q.param(limit)}`,
      q.params,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** The total when the page is past the end (the windowed count came back empty). */
  private async countEligible(ctx: RoleMatchContext, m: EntityManager): Promise<number> {
    const q = new MatchQuery(ctx);
    const [row] = (await m.query(`SELECT count(*)::int AS n FROM ${MATCH_TABLE} c WHERE ${q.constraints().map((c) => c.sql).join(' AND ')}`, q.params)) as [{ n: number }];
    return row.n;
  }

  /** The model's inputs for these candidates (free allocation in the role's window, required skills' levels). */
  private async inputs(ctx: RoleMatchContext, ids: string[], m: EntityManager = this.dataSource.manager): Promise<Map<string, MatchCandidateInput>> {
    if (!ids.length) return new Map();
    const q = new MatchQuery(ctx);
    const booked = q.bookedJoin();
    const rows = (await m.query(
      `SELECT c.id, c.kind, c."seniorityRank", c."availableFrom"::text AS "availableFrom", c.allocation - coalesce(b.booked, 0) AS "freeAllocation",
              c."dayRateMinor", c."salaryMinor", c.currency, c."utcOffsetMinutes",
              ${CONSENT_VALID_SQL('c')} AS "consentValid",
              CASE WHEN c."consentGivenAt" IS NULL THEN NULL ELSE to_char(c."consentExpiresAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') END AS "consentExpiredOn",
              ${q.levels()} AS levels
         FROM ${MATCH_TABLE} c ${booked} WHERE c.id = ANY(${q.param(ids, '::uuid[]')})`,
      q.params,
    )) as InputRow[];
    return new Map(
      rows.map((r) => [
        r.id,
        {
          kind: r.kind,
          seniority: SENIORITIES[r.seniorityRank]!,
          availableFrom: r.availableFrom,
          freeAllocation: Number(r.freeAllocation),
          dayRateMinor: r.dayRateMinor,
          salaryMinor: r.salaryMinor,
          currency: r.currency,
          utcOffsetMinutes: r.utcOffsetMinutes,
          consentValid: r.consentValid,
          consentExpiredOn: r.consentExpiredOn,
          skills: Object.fromEntries(ctx.input.requiredSkills.flatMap((s, i) => ((r.levels[i] ?? 0) > 0 ? [[s.skillId, r.levels[i]!]] : []))),
        },
      ]),
    );
  }

  private async candidatesByIds(ids: string[]): Promise<Map<string, Candidate>> {
    const rows = ids.length ? await this.candidates.resources.findByIds(TenantScope.system(), ids) : [];
    return new Map(rows.filter((c): c is Candidate => c !== null).map((c) => [c.id, c]));
  }

  private async storedMatches(roleId: string, candidateIds: string[]): Promise<Map<string, Match>> {
    if (!candidateIds.length) return new Map();
    const rows = await this.dataSource.getRepository(Match).findBy({ roleId, candidateId: In(candidateIds) });
    return new Map(rows.map((r) => [r.candidateId, r]));
  }
}
