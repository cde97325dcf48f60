import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  capabilityGap,
  CITED_ANSWERS,
  GapStatus,
  MAX_PER_PAGE,
  recommendOptions,
  RecommendationOption,
  RecommendationState,
  RULESET_VERSION,
  SortOrder,
  type BudgetBand,
  type CapabilityNature,
  type GapEvidenceItem,
  type NeedHorizon,
  type Urgency,
} from '@orchestra/shared';
import { In, Not, Repository, type EntityManager } from 'typeorm';
import { upsertRows } from '../../core/database/upsert-rows.js';
import { ResourceRepository, type BaseFilter } from '../../core/graphql/list/resource-repository.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import type { TenantScope } from '../../core/tenant/tenant-scope.js';
import type { SubmittedResponse } from '../scoring/scoring.service.js';
import { gapEvidence, type EvidenceQuestion } from './gap-evidence.js';
import { CapabilityGap, Recommendation } from './gap.entities.js';

/** A capability as gaps and their options see it. */
export interface GapCapability {
  id: string;
  name: string;
  weight: number;
  nature: CapabilityNature;
  areaId: string;
  areaName: string;
}

export interface ComputeGapsInput {
  assessment: { id: string; clientId: string; engagementId: string };
  urgency: Urgency;
  /** The stored scores (current null when nobody answered). */
  scores: { capabilityId: string; current: number | null; target: number }[];
  capabilities: ReadonlyMap<string, GapCapability>;
  questions: readonly EvidenceQuestion[];
  responses: SubmittedResponse[];
}

export interface RecommendInput {
  assessment: { id: string; clientId: string; engagementId: string };
  horizon: NeedHorizon;
  urgency: Urgency;
  budgetBand: BudgetBand;
  capabilities: ReadonlyMap<string, GapCapability>;
  /** The stored scores the gaps were computed from, for confidence and spread. */
  scores: ReadonlyMap<string, { confidence: number; spread: number | null; respondentCount: number }>;
  /** Areas a REVIEW was already accepted for on the engagement (see acceptedReviews). */
  reviewedAreaIds: string[];
}

/** Gaps and their ranked options: the finalise flow writes them here, staff read them. */
@Injectable()
export class GapService {
  readonly gaps: ResourceRepository<CapabilityGap>;
  readonly recommendations: ResourceRepository<Recommendation>;

  constructor(@InjectRepository(CapabilityGap) gaps: Repository<CapabilityGap>, @InjectRepository(Recommendation) recommendations: Repository<Recommendation>) {
    this.gaps = new ResourceRepository(gaps, {
      typeName: 'CapabilityGap',
      alias: 'gap',
      sortable: { id: 'id', severity: 'severity', size: 'size', createdAt: 'createdAt' },
      defaultSort: { field: 'severity', order: 'DESC' },
      equals: { assessmentId: 'assessmentId', engagementId: 'engagementId', capabilityId: 'capabilityId', status: 'status' },
    });
    this.recommendations = new ResourceRepository(recommendations, {
      typeName: 'Recommendation',
      alias: 'recommendation',
      sortable: { id: 'id', rank: 'rank', score: 'score', createdAt: 'createdAt' },
      defaultSort: { field: 'rank', order: 'ASC' },
      equals: { assessmentId: 'assessmentId', gapId: 'gapId', state: 'state', option: 'option' },
    });
  }

  /** An assessment's gaps within the scope, worst first (one per capability, so never more than a page). */
  ofAssessment(scope: TenantScope, assessmentId: string): Promise<CapabilityGap[]> {
    return this.gaps.list(scope, { sortField: 'severity', sortOrder: SortOrder.DESC, perPage: MAX_PER_PAGE }, { assessmentId } as BaseFilter);
  }

  /** How many gaps an assessment has and the worst severity (the report's summary). */
  async summary(m: EntityManager, assessmentId: string): Promise<{ gaps: number; worstSeverity: number }> {
    const gaps = await m.find(CapabilityGap, { where: { assessmentId }, select: { severity: true } });
    return { gaps: gaps.length, worstSeverity: gaps.reduce((w, g) => Math.max(w, g.severity), 0) };
  }

  /** Each gap's options, best first, in one query per request. */
  recommendationsOf(loaders: RequestLoaders, gapId: string): Promise<Recommendation[]> {
    return loaders
      .custom<string, Recommendation[]>('CapabilityGap.recommendations', async (ids, scope) => {
        const rows = await this.recommendations
          .query(scope)
          .andWhere({ gapId: In([...ids]) })
          .orderBy('recommendation.rank', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.gapId === id));
      })
      .load(gapId);
  }

  /**
   * Gaps where target − current > 0, with severity and the answers behind them, upserted keyed on
   * the assessment; a capability that no longer has a gap (a re-run after a fix) loses its row.
   */
  async computeGaps(m: EntityManager, input: ComputeGapsInput): Promise<number> {
    const { assessment } = input;
    const rows = input.scores.flatMap((s) => {
      const capability = input.capabilities.get(s.capabilityId)!;
      const gap = capabilityGap({ target: s.target, current: s.current, weight: capability.weight, urgency: input.urgency });
      if (!gap || s.current === null) return [];
      const evidence = gapEvidence(
        input.questions.filter((q) => q.capabilityId === s.capabilityId),
        input.responses,
      );
      return [
        {
          clientId: assessment.clientId,
          assessmentId: assessment.id,
          engagementId: assessment.engagementId,
          capabilityId: s.capabilityId,
          current: s.current,
          target: s.target,
          size: gap.size,
          severity: gap.severity,
          status: GapStatus.OPEN,
          evidence,
        },
      ];
    });
    // A re-run rewrites the figures and the evidence; the status of a gap already acted on stays.
    await upsertRows(m, CapabilityGap, rows, { conflict: ['assessmentId', 'capabilityId'], update: ['current', 'target', 'size', 'severity', 'evidence', 'updatedAt'] });
    await m.delete(CapabilityGap, { assessmentId: assessment.id, capabilityId: Not(In(rows.map((r) => r.capabilityId).concat(NO_ID))) });
    return rows.length;
  }

  /** Every option for every gap, scored and ranked by the versioned rules. Decisions already taken stay. */
  async recommendOptions(m: EntityManager, input: RecommendInput): Promise<number> {
    const { assessment } = input;
    if (await m.exists(Recommendation, { where: { assessmentId: assessment.id, state: Not(RecommendationState.PROPOSED) } })) return 0;
    const gaps: RecommendGap[] = await m.query(GAPS_TO_RECOMMEND, [assessment.id]);
    const allGaps = gaps.map((g) => ({ areaId: input.capabilities.get(g.capabilityId)!.areaId, severity: g.severity }));
    const rows = gaps.flatMap((g) => {
      const capability = input.capabilities.get(g.capabilityId)!;
      const score = input.scores.get(g.capabilityId)!;
      const options = recommendOptions(
        {
          capabilityId: g.capabilityId,
          capabilityName: capability.name,
          areaId: capability.areaId,
          areaName: capability.areaName,
          nature: capability.nature,
          current: g.current,
          target: g.target,
          size: g.size,
          severity: g.severity,
          confidence: score.confidence,
          spread: score.spread,
          respondentCount: score.respondentCount,
          // The answers the first option cites, grouped in SQL (see GAPS_TO_RECOMMEND).
          evidence: g.evidence,
        },
        { horizon: input.horizon, urgency: input.urgency, budgetBand: input.budgetBand, reviewedAreaIds: input.reviewedAreaIds, allGaps },
      );
      return options.map((o) => ({
        clientId: assessment.clientId,
        assessmentId: assessment.id,
        gapId: g.id,
        option: o.option,
        score: o.score,
        rank: o.rank,
        reasons: o.reasons,
        state: RecommendationState.PROPOSED,
        rulesetVersion: RULESET_VERSION,
      }));
    });
    await upsertRows(m, Recommendation, rows, { conflict: ['gapId', 'option'], update: ['score', 'rank', 'reasons', 'rulesetVersion', 'updatedAt'] });
    return rows.length;
  }

  /** The capabilities whose gap got an accepted REVIEW in the engagement's other assessments. */
  async acceptedReviews(m: EntityManager, assessment: { id: string; engagementId: string }): Promise<string[]> {
    const rows = await m
      .createQueryBuilder(Recommendation, 'r')
      .innerJoin(CapabilityGap, 'g', 'g.id = r."gapId"')
      .select('DISTINCT g."capabilityId"', 'capabilityId')
      .where('g."engagementId" = :engagementId AND g."assessmentId" <> :assessmentId AND r.option = :option AND r.state = :state', {
        engagementId: assessment.engagementId,
        assessmentId: assessment.id,
        option: RecommendationOption.REVIEW,
        state: RecommendationState.ACCEPTED,
      })
      .getRawMany<{ capabilityId: string }>();
    return rows.map((r) => r.capabilityId);
  }
}

/** A gap as its options are scored: the figures, and the answers that can be cited. */
interface RecommendGap {
  id: string;
  capabilityId: string;
  current: number;
  target: number;
  size: number;
  severity: number;
  evidence: GapEvidenceItem[];
}

/**
 * An assessment's gaps with their evidence as the options' reasons cite it: identical answers (same
 * prompt and label) as one item with their count, lowest value first, then in the order of their
 * first answer (questionnaire, then response), the three that weigh most. Grouped here rather than
 * read back whole to cite three. The stored evidence is grouped by question (`StoredGapEvidence`);
 * an item of the earlier one-per-answer shape reads as a question with that one answer. Reasons
 * reach the client's report, so no free-text quote (it may come from a seat under the anonymity
 * threshold) and no respondent seat: prompts and labels only.
 */
const GAPS_TO_RECOMMEND = `
  SELECT g.id, g."capabilityId", g.current::float8 AS current, g.target, g.size::float8 AS size, g.severity::float8 AS severity,
         coalesce((SELECT jsonb_agg(jsonb_build_object('prompt', c.prompt, 'answer', c.answer, 'value', c.value, 'quote', null, 'count', c.count) ORDER BY c.value, c.first)
                     FROM (SELECT q->>'prompt' AS prompt, a->>'answer' AS answer, min((a->>'value')::float8) AS value, count(*)::int AS count, min(ARRAY[qi, ai]) AS first
                             FROM jsonb_array_elements(g.evidence) WITH ORDINALITY AS x(q, qi),
                                  jsonb_array_elements(coalesce(q->'answers', jsonb_build_array(q))) WITH ORDINALITY AS y(a, ai)
                            WHERE jsonb_typeof(a->'value') = 'number' AND a->>'answer' <> ''
                            GROUP BY 1, 2
                            ORDER BY value, first
                            LIMIT ${CITED_ANSWERS}) c), '[]') AS evidence
    FROM capability_gap g
   WHERE g."assessmentId" = $1
   ORDER BY g."capabilityId"`;

/** `NOT IN ()` is not SQL: a value no row has keeps the list non-empty. */
const NO_ID = ['00000000-0000-0000-0000-000000000000'];
