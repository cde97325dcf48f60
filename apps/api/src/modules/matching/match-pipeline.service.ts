import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { canMoveMatch, ErrorCode, FINAL_MATCH_STAGES, GapStatus, MATCH_MODEL_VERSION, MatchStage, RoleStatus, enumLabel, matchMoveProblem, shortlistAlias } from '@orchestra/shared';
import { DataSource, In, Not, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import type { ListArgs } from '../../core/graphql/list/list.args.js';
import { ResourceService } from '../../core/graphql/list/resource.service.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { IdempotencyService } from '../../core/idempotency/idempotency.service.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { CandidateService, CONSENT_VALID_SQL } from '../candidate/candidate.service.js';
import { ContactService } from '../contact/contact.service.js';
import { CapabilityGap } from '../gap/gap.entities.js';
import { Role } from '../role/role.entity.js';
import type { MatchFilter, MoveMatchStageArgs, PlacementFilter, SubmitToClientArgs } from './dto/matching.args.js';
import { Match, MatchStageChange, Placement } from './match.entities.js';
import { MatchingService } from './matching.service.js';

/** A stage in words, in a sentence ("placed"). */
const stageWord = (stage: MatchStage) => enumLabel('MatchStage', stage).toLowerCase();

/**
 * The recruiter's pipeline: stored matches move SUGGESTED → … → PLACED (or out), each move
 * recorded with who and why. Placing fills the role, books the candidate's allocation for the
 * window and marks the gap the role came from ADDRESSED, in one transaction.
 */
@Injectable()
export class MatchPipelineService extends ResourceService<Match, MatchFilter> {
  override readonly resources: ResourceRepository<Match>;
  readonly placements: ResourceRepository<Placement>;

  constructor(
    @InjectRepository(Match) repo: Repository<Match>,
    @InjectRepository(Placement) placementRepo: Repository<Placement>,
    private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly candidates: CandidateService,
    private readonly contacts: ContactService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {
    super();
    this.resources = new ResourceRepository(repo, {
      typeName: 'Match',
      alias: 'match',
      sortable: { id: 'id', score: 'score', stage: 'stage', stageChangedAt: 'stageChangedAt', createdAt: 'createdAt' },
      defaultSort: { field: 'score', order: 'DESC' },
      equals: { roleId: 'roleId', candidateId: 'candidateId', stage: 'stage' },
      tenantProperty: null,
      // A suggestion whose candidate's consent lapsed disappears at once, before any recompute.
      where: (qb) =>
        qb.andWhere(
          `("match".stage <> 'SUGGESTED' OR EXISTS (SELECT 1 FROM candidate xc WHERE xc.id = "match"."candidateId" AND ${CONSENT_VALID_SQL('xc')}))`,
        ),
    });
    this.placements = new ResourceRepository(placementRepo, {
      typeName: 'Placement',
      alias: 'placement',
      sortable: { id: 'id', startDate: 'startDate', createdAt: 'createdAt' },
      defaultSort: { field: 'startDate', order: 'DESC' },
      equals: { roleId: 'roleId', candidateId: 'candidateId' },
      ranges: { startDate: 'startDate' },
      tenantProperty: null,
    });
  }

  listPlacements(actor: AuthUser, args: ListArgs, filter: PlacementFilter | null) {
    return this.placements.list(TenantScope.of(actor), args, filter);
  }

  /** Puts a candidate on the role's shortlist, storing the match if the queue has not yet. */
  shortlist(actor: AuthUser, roleId: string, candidateId: string, reason: string | null): Promise<Match> {
    return this.dataSource.transaction((m) => this.shortlistIn(m, actor, roleId, candidateId, reason));
  }

  /** `shortlist` in the caller's transaction (a staffing plan shortlists all its picks in one). */
  async shortlistIn(m: EntityManager, actor: AuthUser, roleId: string, candidateId: string, reason: string | null): Promise<Match> {
    const role = await this.lockOpenRole(m, actor, roleId);
    await this.candidates.resources.findOne(TenantScope.of(actor), candidateId, { manager: m });
    const ctx = await this.matching.context(role, m);
    const evaluation = (await this.matching.evaluate(ctx, [candidateId], m)).get(candidateId)!;
    if (!evaluation.eligible) {
      throw new AppError(ErrorCode.CONFLICT, `This candidate does not meet the role: ${evaluation.failed.map((f) => f.detail).join('; ')}.`, undefined, 'NOT_ELIGIBLE');
    }
    let match = await m.findOne(Match, { where: { roleId, candidateId }, lock: { mode: 'pessimistic_write' } });
    if (match && match.stage !== MatchStage.SUGGESTED) throw AppError.conflict(`This candidate is already ${stageWord(match.stage)} for the role.`);
    const from = match?.stage ?? null;
    match ??= m.create(Match, { roleId, candidateId, rank: null });
    Object.assign(match, { score: evaluation.modelScore, factors: evaluation.factors, failedConstraints: [], modelVersion: MATCH_MODEL_VERSION, computedAt: new Date() });
    match = await this.moveTo(m, actor, match, from, MatchStage.SHORTLISTED, reason);
    return match;
  }

  /**
   * One step forward, or out. Not to SUBMITTED: a match reaches it only through `submit`, which
   * records whom it went to and the note.
   */
  move(actor: AuthUser, args: MoveMatchStageArgs): Promise<Match> {
    if (args.stage === MatchStage.SUBMITTED) {
      return Promise.reject(AppError.badInput({ stage: 'cannot be set to submitted by a move: use "Submit to client", which records the client contacts and the note' }));
    }
    return this.dataSource.transaction((m) =>
      this.idempotency.once(
        m,
        actor,
        'moveMatchStage',
        args,
        async () => {
          const match = await this.resources.findOne(TenantScope.of(actor), args.id, { manager: m, lock: true });
          const problem = matchMoveProblem(match.stage, args.stage);
          if (problem) throw new AppError(ErrorCode.BAD_USER_INPUT, problem, { stage: problem });
          const leaving = args.stage === MatchStage.REJECTED || args.stage === MatchStage.WITHDRAWN;
          if (leaving && !args.reason) throw AppError.badInput({ reason: `is required to mark a match ${stageWord(args.stage)}` });
          if (args.closeOthersReason !== undefined && args.closeOthersReason !== null) {
            if (args.stage !== MatchStage.PLACED) throw AppError.badInput({ closeOthersReason: 'is only for placing a match (it closes the role’s other open matches)' });
            if (!args.closeOthersReason) throw AppError.badInput({ closeOthersReason: 'must not be empty: say why the other candidates are closed, or leave it out to keep them open' });
          }
          const role = leaving ? await m.findOneByOrFail(Role, { id: match.roleId }) : await this.lockOpenRole(m, actor, match.roleId);
          if (args.stage === MatchStage.PLACED) await this.place(m, actor, match, role, args);
          else if (args.placement) throw AppError.badInput({ placement: 'is only for placing a match' });
          const moved = await this.moveTo(m, actor, match, match.stage, args.stage, args.reason ?? null);
          if (args.stage === MatchStage.PLACED && args.closeOthersReason) await this.closeOthers(m, actor, match, args.closeOthersReason);
          return moved;
        },
        (id) => this.resources.findOne(TenantScope.of(actor), id, { manager: m }),
      ),
    );
  }

  /**
   * Submits a shortlisted match to the client: the contacts (of the role's client) and the note
   * are recorded on the match, and the move to SUBMITTED in its history names them.
   */
  submit(actor: AuthUser, args: SubmitToClientArgs): Promise<Match> {
    return this.dataSource.transaction((m) =>
      this.idempotency.once(
        m,
        actor,
        'submitToClient',
        args,
        async () => {
          const match = await this.resources.findOne(TenantScope.of(actor), args.id, { manager: m, lock: true });
          if (!canMoveMatch(match.stage, MatchStage.SUBMITTED)) {
            throw AppError.badInput({ id: `is ${stageWord(match.stage)}: only a shortlisted match can be submitted to the client` });
          }
          const role = await this.lockOpenRole(m, actor, match.roleId);
          const ids = [...new Set(args.contactIds)];
          const found = await this.contacts.ofClient(role.clientId, ids, m);
          const missing = ids.filter((id) => !found.some((c) => c.id === id));
          if (missing.length) throw AppError.badInput({ contactIds: `${missing.join(', ')} ${missing.length === 1 ? 'is not a contact' : 'are not contacts'} of the role's client: pick its contacts` });
          const names = ids.map((id) => found.find((c) => c.id === id)!.name);
          // The role is locked: counting its aliases cannot race another submission.
          const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM match WHERE "roleId" = $1 AND "clientAlias" IS NOT NULL`, [role.id])) as { n: number }[];
          Object.assign(match, {
            submittedContactIds: ids,
            submissionNote: args.note,
            submittedAt: new Date(),
            clientAlias: shortlistAlias(match.id, n),
            clientSummary: args.summary ?? null,
          });
          return this.moveTo(m, actor, match, match.stage, MatchStage.SUBMITTED, `Submitted to ${names.join(', ')}: ${args.note}`);
        },
        (id) => this.resources.findOne(TenantScope.of(actor), id, { manager: m }),
      ),
    );
  }

  /** After a placement: every other open match of the role moves to REJECTED with the reason (one statement each way). */
  private async closeOthers(m: EntityManager, actor: AuthUser, placed: Match, reason: string): Promise<void> {
    const others = await m.find(Match, {
      where: { roleId: placed.roleId, id: Not(placed.id), stage: Not(In([...FINAL_MATCH_STAGES])) },
      lock: { mode: 'pessimistic_write' },
      order: { id: 'ASC' },
    });
    if (!others.length) return;
    const ids = others.map((o) => o.id);
    await m.update(Match, { id: In(ids) }, { stage: MatchStage.REJECTED, stageChangedAt: () => 'now()' });
    await m.insert(MatchStageChange, others.map((o) => ({ matchId: o.id, fromStage: o.stage, toStage: MatchStage.REJECTED, reason, changedById: actor.id })));
    await this.audit.record(m, { actorId: actor.id, action: 'role.close_out', targetType: 'Role', targetId: placed.roleId, changes: { rejectedMatchIds: { old: null, new: ids }, reason: { old: null, new: reason } } });
  }

  private async place(m: EntityManager, actor: AuthUser, match: Match, role: Role, args: MoveMatchStageArgs): Promise<void> {
    const p = args.placement;
    if (!p) throw AppError.badInput({ placement: 'is required to place a match (start date, rate, currency)' });
    if (p.endDate && p.endDate < p.startDate) throw AppError.badInput({ 'placement.endDate': 'must not be before the start date' });
    // The candidate must still meet the role: consent, allocation in the window and the rest.
    const ctx = await this.matching.context({ ...role, startDate: p.startDate }, m);
    const evaluation = (await this.matching.evaluate(ctx, [match.candidateId], m)).get(match.candidateId);
    if (!evaluation?.eligible) {
      throw new AppError(ErrorCode.CONFLICT, `This candidate can no longer be placed: ${evaluation?.failed.map((f) => f.detail).join('; ') ?? 'erased'}.`, undefined, 'NOT_ELIGIBLE');
    }
    const endDate = p.endDate ?? (role.permanent ? null : ctx.windowEnd);
    await m.insert(Placement, { matchId: match.id, roleId: role.id, candidateId: match.candidateId, startDate: p.startDate, endDate, rateMinor: p.rateMinor, currency: p.currency, allocation: role.allocation });
    const roleChanges = { status: { old: role.status, new: RoleStatus.FILLED } };
    role.status = RoleStatus.FILLED;
    await m.save(role);
    if (role.gapId) await m.update(CapabilityGap, { id: role.gapId }, { status: GapStatus.ADDRESSED });
    // The booked allocation changes this candidate's fit for every other open role.
    await this.candidates.changed(m, match.candidateId);
    await this.audit.record(m, { actorId: actor.id, action: 'role.fill', targetType: 'Role', targetId: role.id, changes: { ...roleChanges, candidateId: { old: null, new: match.candidateId } } });
    if (role.gapId) await this.audit.record(m, { actorId: actor.id, action: 'gap.address', targetType: 'CapabilityGap', targetId: role.gapId, changes: { status: { old: null, new: GapStatus.ADDRESSED } } });
  }

  /** Moves a match, with its history line and audit entry (in the caller's transaction). */
  async moveTo(m: EntityManager, actor: AuthUser, match: Match, from: MatchStage | null, to: MatchStage, reason: string | null): Promise<Match> {
    match.stage = to;
    match.stageChangedAt = new Date();
    const saved = await m.save(match);
    await m.insert(MatchStageChange, { matchId: saved.id, fromStage: from, toStage: to, reason, changedById: actor.id });
    await this.audit.record(m, { actorId: actor.id, action: 'match.move_stage', targetType: 'Match', targetId: saved.id, changes: { stage: { old: from, new: to }, ...(reason ? { reason: { old: null, new: reason } } : {}) } });
    return saved;
  }

  private async lockOpenRole(m: EntityManager, actor: AuthUser, roleId: string): Promise<Role> {
    const role = await m.getRepository(Role).createQueryBuilder('r').where('r.id = :roleId', { roleId }).setLock('pessimistic_write').getOne();
    if (!role || TenantScope.of(actor).restricted) throw AppError.notFound('Role', roleId);
    if (role.status !== RoleStatus.OPEN) throw AppError.conflict(`Role "${role.title}" is ${enumLabel('RoleStatus', role.status).toLowerCase()}: its pipeline is closed.`);
    return role;
  }

  stageChanges(loaders: RequestLoaders, matchId: string): Promise<MatchStageChange[]> {
    return loaders
      .custom<string, MatchStageChange[]>('Match.stageChanges', async (ids) => {
        const rows = await this.dataSource.getRepository(MatchStageChange).find({ where: { matchId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
        return ids.map((id) => rows.filter((r) => r.matchId === id));
      })
      .load(matchId);
  }

  placementOf(loaders: RequestLoaders, matchId: string): Promise<Placement | null> {
    return loaders
      .custom<string, Placement | null>('Match.placement', async (ids) => {
        const rows = await this.dataSource.getRepository(Placement).findBy({ matchId: In([...ids]) });
        return ids.map((id) => rows.find((r) => r.matchId === id) ?? null);
      })
      .load(matchId);
  }

  placementsOfCandidate(loaders: RequestLoaders, candidateId: string): Promise<Placement[]> {
    return loaders
      .custom<string, Placement[]>('Candidate.placements', async (ids) => {
        const rows = await this.dataSource.getRepository(Placement).find({ where: { candidateId: In([...ids]) }, order: { startDate: 'ASC' } });
        return ids.map((id) => rows.filter((r) => r.candidateId === id));
      })
      .load(candidateId);
  }
}
