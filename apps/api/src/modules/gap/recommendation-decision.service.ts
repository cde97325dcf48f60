import { Injectable } from '@nestjs/common';
import {
  AssessmentStatus,
  RECOMMENDATION_OPTION_LABELS,
  RecommendationOption,
  RecommendationState,
  Reversibility,
  Role as UserRole,
  RoleStatus,
  Seniority,
  daysBetween,
  draftedRoleTitle,
  daysFromToday,
  today,
  enumLabel,
} from '@orchestra/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { diffChanges } from '../../core/audit/audit-changes.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { IdempotencyService } from '../../core/idempotency/idempotency.service.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { Assessment } from '../assessment/assessment.entities.js';
import { DecisionRecordService } from '../decision/decision-record.service.js';
import type { Role, RequiredSkill } from '../role/role.entity.js';
import { RoleService } from '../role/role.service.js';
import { SkillService } from '../skill/skill.service.js';
import type { AcceptRecommendationArgs, OverrideRecommendationArgs, RejectRecommendationArgs } from './dto/gap.args.js';
import { CapabilityGap, Recommendation } from './gap.entities.js';
import { GapService } from './gap.service.js';

const DECIDABLE: readonly AssessmentStatus[] = [AssessmentStatus.SCORED, AssessmentStatus.PUBLISHED];
/** A review is followed up two weeks later: the decision's revisit date is its task. */
const REVIEW_FOLLOW_UP_DAYS = 14;
const STAFFING: readonly RecommendationOption[] = [RecommendationOption.AUGMENTATION, RecommendationOption.HIRE, RecommendationOption.SPECIALIST_TEAM];

interface GapFacts {
  gap: CapabilityGap;
  capabilityName: string;
  areaId: string;
  areaName: string;
  skills: string[];
  engagement: { id: string; clientId: string; startDate: string | null; endDate: string | null };
}

/**
 * The consultant's answer to a recommendation. Each writes a DecisionRecord on the engagement in
 * the same transaction; accepting (or choosing by override) a staffing option drafts its Role(s),
 * and accepting a REVIEW leaves a decision with a revisit date as the review's task.
 */
@Injectable()
export class RecommendationDecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gaps: GapService,
    private readonly decisions: DecisionRecordService,
    private readonly roles: RoleService,
    private readonly skills: SkillService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  accept(actor: AuthUser, args: AcceptRecommendationArgs): Promise<Recommendation> {
    return this.decide(actor, 'acceptRecommendation', args, async (m) => {
      const recommendation = await this.proposed(m, actor, args.id);
      const facts = await this.facts(m, recommendation.gapId);
      const roles = await this.draftRoles(m, facts, recommendation);
      const record = await this.decisions.write(m, actor, facts.engagement, {
        title: `${RECOMMENDATION_OPTION_LABELS[recommendation.option]} for ${facts.capabilityName}`,
        context: this.context(facts, recommendation),
        decision: [
          `Accepted: ${RECOMMENDATION_OPTION_LABELS[recommendation.option]} (ranked ${recommendation.rank}, score ${recommendation.score}).`,
          args.note ?? '',
          roles.length ? `Drafted role${roles.length === 1 ? '' : 's'}: ${roles.map((r) => r.title).join('; ')}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
        alternatives: await this.alternatives(m, recommendation),
        reversibility: recommendation.option === RecommendationOption.HIRE ? Reversibility.ONE_WAY : Reversibility.TWO_WAY,
        revisitDate: recommendation.option === RecommendationOption.REVIEW ? daysFromToday(REVIEW_FOLLOW_UP_DAYS) : null,
        noteToClient: args.noteToClient ?? null,
      });
      return this.settle(m, actor, recommendation, RecommendationState.ACCEPTED, { internal: args.note ?? null, toClient: args.noteToClient ?? null }, record.id);
    });
  }

  reject(actor: AuthUser, args: RejectRecommendationArgs): Promise<Recommendation> {
    return this.decide(actor, 'rejectRecommendation', args, async (m) => {
      const recommendation = await this.proposed(m, actor, args.id);
      const facts = await this.facts(m, recommendation.gapId);
      const record = await this.decisions.write(m, actor, facts.engagement, {
        title: `Not ${RECOMMENDATION_OPTION_LABELS[recommendation.option]} for ${facts.capabilityName}`,
        context: this.context(facts, recommendation),
        decision: `Rejected: ${RECOMMENDATION_OPTION_LABELS[recommendation.option]} (ranked ${recommendation.rank}, score ${recommendation.score}). ${args.reason}`,
        alternatives: await this.alternatives(m, recommendation),
        noteToClient: args.noteToClient ?? null,
      });
      return this.settle(m, actor, recommendation, RecommendationState.REJECTED, { internal: args.reason, toClient: args.noteToClient ?? null }, record.id);
    });
  }

  /** Chooses an option the ranking did not put first, with the reason; it is then acted on like an accept. */
  override(actor: AuthUser, args: OverrideRecommendationArgs): Promise<Recommendation> {
    return this.decide(actor, 'overrideRecommendation', args, async (m) => {
      const gap = await this.gaps.gaps.findVisible(TenantScope.of(actor), args.gapId, { manager: m, lock: true });
      if (!gap) throw AppError.notFound('CapabilityGap', args.gapId);
      const chosen = await m.findOne(Recommendation, { where: { gapId: gap.id, option: args.option }, lock: { mode: 'pessimistic_write' } });
      if (!chosen) throw AppError.notFound('Recommendation', `${RECOMMENDATION_OPTION_LABELS[args.option]} of gap ${gap.id}`);
      await this.checkOpen(m, chosen);
      if (chosen.state !== RecommendationState.PROPOSED) throw AppError.conflict(`${RECOMMENDATION_OPTION_LABELS[chosen.option]} is already ${enumLabel('RecommendationState', chosen.state).toLowerCase()} for this gap.`);
      const facts = await this.facts(m, gap.id);
      const top = await m.findOneByOrFail(Recommendation, { gapId: gap.id, rank: 1 });
      const roles = await this.draftRoles(m, facts, chosen);
      const record = await this.decisions.write(m, actor, facts.engagement, {
        title: `${RECOMMENDATION_OPTION_LABELS[chosen.option]} for ${facts.capabilityName}, over the ranking`,
        context: this.context(facts, top),
        decision: [
          `Override: ${RECOMMENDATION_OPTION_LABELS[chosen.option]} (ranked ${chosen.rank}, score ${chosen.score}) instead of ${RECOMMENDATION_OPTION_LABELS[top.option]} (ranked 1, score ${top.score}).`,
          args.reason,
          roles.length ? `Drafted role${roles.length === 1 ? '' : 's'}: ${roles.map((r) => r.title).join('; ')}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
        alternatives: await this.alternatives(m, chosen),
        reversibility: chosen.option === RecommendationOption.HIRE ? Reversibility.ONE_WAY : Reversibility.TWO_WAY,
        revisitDate: chosen.option === RecommendationOption.REVIEW ? daysFromToday(REVIEW_FOLLOW_UP_DAYS) : null,
        noteToClient: args.noteToClient ?? null,
      });
      return this.settle(m, actor, chosen, RecommendationState.OVERRIDDEN, { internal: args.reason, toClient: args.noteToClient ?? null }, record.id);
    });
  }

  private decide(
    actor: AuthUser,
    operation: string,
    args: { idempotencyKey?: string | null },
    work: (m: EntityManager) => Promise<Recommendation>,
  ): Promise<Recommendation> {
    return this.dataSource.transaction((m) =>
      this.idempotency.once(m, actor, operation, args, () => work(m), (id) => this.gaps.recommendations.findOne(TenantScope.of(actor), id, { manager: m })),
    );
  }

  /** The recommendation, locked, still PROPOSED, on a scored assessment. */
  private async proposed(m: EntityManager, actor: AuthUser, id: string): Promise<Recommendation> {
    const recommendation = await this.gaps.recommendations.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
    await this.checkOpen(m, recommendation);
    if (recommendation.state !== RecommendationState.PROPOSED) {
      throw AppError.conflict(`This recommendation is already ${enumLabel('RecommendationState', recommendation.state).toLowerCase()}: decisions are recorded once (see the decision log).`);
    }
    return recommendation;
  }

  private async checkOpen(m: EntityManager, recommendation: Recommendation): Promise<void> {
    const assessment = await m.findOneByOrFail(Assessment, { id: recommendation.assessmentId });
    if (!DECIDABLE.includes(assessment.status)) {
      throw AppError.conflict(`Assessment "${assessment.title}" is ${enumLabel('AssessmentStatus', assessment.status).toLowerCase()}: recommendations are decided once it is scored.`);
    }
  }

  /** What a reader sees of a decision: a CLIENT user never reads the internal reason or the decision log's record. */
  forReader(actor: AuthUser, r: Recommendation): Recommendation {
    return actor.role === UserRole.CLIENT ? { ...r, decisionNote: null, decisionRecordId: null, decidedById: null } : r;
  }

  private async settle(
    m: EntityManager,
    actor: AuthUser,
    r: Recommendation,
    state: RecommendationState,
    note: { internal: string | null; toClient: string | null },
    decisionRecordId: string,
  ): Promise<Recommendation> {
    const next = { state, decidedById: actor.id, decidedAt: new Date(), decisionNote: note.internal, noteToClient: note.toClient, decisionRecordId };
    const changes = diffChanges(r, next, ['state', 'decisionNote', 'noteToClient', 'decisionRecordId']);
    Object.assign(r, next);
    await m.save(r);
    await this.audit.record(m, {
      actorId: actor.id,
      action: `recommendation.${state.toLowerCase()}`,
      targetType: 'Recommendation',
      targetId: r.id,
      changes,
    });
    return r;
  }

  private async facts(m: EntityManager, gapId: string): Promise<GapFacts> {
    const gap = await m.findOneByOrFail(CapabilityGap, { id: gapId });
    const [row] = await m.query(
      `SELECT c.name AS "capabilityName", c.skills, a.id AS "areaId", a.name AS "areaName",
              e.id AS "engagementId", e."clientId", to_char(e."startDate", 'YYYY-MM-DD') AS "startDate", to_char(e."endDate", 'YYYY-MM-DD') AS "endDate"
         FROM capability c JOIN capability_area a ON a.id = c."areaId" JOIN engagement e ON e.id = $2 WHERE c.id = $1`,
      [gap.capabilityId, gap.engagementId],
    );
    return {
      gap,
      capabilityName: row.capabilityName,
      areaId: row.areaId,
      areaName: row.areaName,
      skills: row.skills,
      engagement: { id: row.engagementId, clientId: row.clientId, startDate: row.startDate, endDate: row.endDate },
    };
  }

  private context(f: GapFacts, r: Recommendation): string {
    return [
      `${f.capabilityName} (${f.areaName}) stands at ${f.gap.current.toFixed(2)} against a target of ${f.gap.target}: a gap of ${f.gap.size.toFixed(1)}, severity ${f.gap.severity.toFixed(2)}.`,
      ...r.reasons.filter((reason) => reason.code !== 'BASE').map((reason) => reason.sentence),
    ].join(' ');
  }

  private async alternatives(m: EntityManager, chosen: Recommendation): Promise<string> {
    const others = await m.find(Recommendation, { where: { gapId: chosen.gapId }, order: { rank: 'ASC' } });
    return others
      .filter((o) => o.id !== chosen.id)
      .map((o) => `${RECOMMENDATION_OPTION_LABELS[o.option]} (ranked ${o.rank}, score ${o.score})`)
      .join('; ');
  }

  /**
   * The Role(s) a staffing option needs, with the capability's skills at a minimum level from the
   * target. A specialist team gets one role per severe gap of the area.
   */
  private async draftRoles(m: EntityManager, f: GapFacts, r: Recommendation): Promise<Role[]> {
    if (!STAFFING.includes(r.option)) return [];
    const members: GapFacts[] =
      r.option === RecommendationOption.SPECIALIST_TEAM
        ? await Promise.all(
            (
              (await m.query(
                `SELECT g.id FROM capability_gap g JOIN capability c ON c.id = g."capabilityId"
                  WHERE g."assessmentId" = $1 AND c."areaId" = $2 AND g.severity >= 1.5 ORDER BY g.severity DESC`,
                [f.gap.assessmentId, f.areaId],
              )) as { id: string }[]
            ).map((g) => this.facts(m, g.id)),
          )
        : [f];
    const permanent = r.option === RecommendationOption.HIRE;
    const weeks = f.engagement.startDate && f.engagement.endDate ? Math.max(1, Math.round(daysBetween(f.engagement.startDate, f.engagement.endDate) / 7)) : 12;
    const roles: Role[] = [];
    for (const member of members) {
      const seniority = member.gap.target >= 4 ? Seniority.LEAD : Seniority.SENIOR;
      const requiredSkills: RequiredSkill[] = (await this.skills.byNames(m, member.skills)).map((skill, i) => ({
        skillId: skill.id,
        skill: skill.name,
        minLevel: Math.min(5, member.gap.target),
        mustHave: i < 2,
        weight: i < 2 ? 2 : 1,
      }));
      // Plain words: who, then the capability it closes ("Senior engineer — Delivery predictability").
      const title = draftedRoleTitle(r.option, seniority, member.capabilityName, f.areaName);
      roles.push(
        await this.roles.draft(m, {
          clientId: f.engagement.clientId,
          engagementId: f.engagement.id,
          gapId: member.gap.id,
          recommendationId: r.id,
          title,
          optionType: r.option,
          requiredSkills,
          seniority,
          startDate: f.engagement.startDate && f.engagement.startDate > today() ? f.engagement.startDate : daysFromToday(14),
          permanent,
          durationWeeks: permanent ? null : weeks,
          allocation: r.option === RecommendationOption.AUGMENTATION ? 80 : 100,
          // For a recruiter to review and open: not matched until then.
          status: RoleStatus.DRAFT,
        }),
      );
    }
    return roles;
  }
}
