import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  answerValue,
  AssessmentStatus,
  isIdentifiable,
  planDisclosure,
  RESPONDENT_ROLE_LABELS,
  type AssessmentReportData,
  capabilityGap,
  GapStatus,
  OutboxEventType,
  QuestionType,
  recommendOptions,
  RecommendationOption,
  RecommendationState,
  RESPONDENT_ROLES,
  RULESET_VERSION,
  scoreAssessment,
  scoreCapability,
  type Answer,
  type BudgetBand,
  type CapabilityNature,
  type FinaliseStep,
  type NeedHorizon,
  type QuestionOption,
  type RespondentRole,
  type Urgency,
} from '@orchestra/shared';
import { UnrecoverableError } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { Assessment } from '../assessment/assessment.entities.js';
import type { GapEvidence, RoleScore } from '../gap/gap.entities.js';

interface QuestionRow {
  id: string;
  capabilityId: string;
  prompt: string;
  type: QuestionType;
  weight: string;
  options: QuestionOption[];
}
interface ResponseRow {
  respondentRole: RespondentRole;
  answers: Answer[];
}
interface Facts {
  assessment: Assessment;
  urgency: Urgency;
  horizon: NeedHorizon;
  budgetBand: BudgetBand;
  ownerId: string;
}

const FINALISABLE: readonly AssessmentStatus[] = [AssessmentStatus.CLOSED, AssessmentStatus.SCORED, AssessmentStatus.PUBLISHED];

/**
 * The finalise flow's steps. Each runs in one transaction, reads its inputs from Postgres (the
 * source of truth, never a job's return value) and replaces its own output keyed on the
 * assessment, so a step re-run after a crash or a retry writes the same rows again.
 */
@Injectable()
export class FinaliseSteps {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Optional() @Inject(APP_CONFIG) private readonly config?: AppConfig,
  ) {}

  /** Crash tests widen the window in which a step's work is written but not yet committed. */
  private async pause(): Promise<void> {
    const ms = this.config?.FINALISE_STEP_PAUSE_MS ?? 0;
    if (ms > 0) await new Promise((r) => setTimeout(r, ms));
  }

  /** Runs one step by its job name. */
  run(step: FinaliseStep, assessmentId: string): Promise<unknown> {
    switch (step) {
      case 'aggregate-scores':
        return this.aggregateScores(assessmentId);
      case 'compute-gaps':
        return this.computeGaps(assessmentId);
      case 'recommend-options':
        return this.recommendOptions(assessmentId);
      case 'render-report':
        return this.renderReport(assessmentId);
      case 'finalise-assessment':
        return this.finalise(assessmentId);
    }
  }

  /** Capability scores (DESIGN §4), overall and per respondent role. */
  aggregateScores(assessmentId: string): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const { assessment, urgency } = await this.facts(m, assessmentId);
      const capabilities: { id: string; weight: string; target: number }[] = await m.query(
        `SELECT c.id, c.weight, t.target FROM assessment_target t JOIN capability c ON c.id = t."capabilityId" WHERE t."assessmentId" = $1 ORDER BY c.id`,
        [assessmentId],
      );
      const questions = (await this.questions(m, assessment.templateId)).map((q) => ({ ...q, weight: Number(q.weight) }));
      const responses = await this.responses(m, assessmentId);
      const scores = scoreAssessment({
        capabilities: capabilities.map((c) => ({ id: c.id, weight: Number(c.weight), target: c.target })),
        questions,
        responses: responses.map((r) => r.answers),
        minRespondents: assessment.minRespondents,
        urgency,
      });
      const roles = RESPONDENT_ROLES.filter((role) => responses.some((r) => r.respondentRole === role));
      const rows = scores.map((s) => ({
        capabilityId: s.capabilityId,
        current: s.current,
        target: s.target,
        respondentCount: s.respondentCount,
        spread: s.spread,
        coverage: s.coverage,
        confidence: s.confidence,
        byRole: roles.map((role): RoleScore => {
          const own = scoreCapability({ capabilityId: s.capabilityId, questions, responses: responses.filter((r) => r.respondentRole === role).map((r) => r.answers), minRespondents: 1 });
          return { respondentRole: role, current: own.current, respondents: own.respondentCount };
        }),
      }));
      // One statement for every capability: the step's cost does not grow with round trips.
      await m.query(
        `INSERT INTO capability_score ("clientId", "assessmentId", "capabilityId", current, target, "respondentCount", spread, coverage, confidence, "byRole")
         SELECT $1, $2, r."capabilityId", r.current, r.target, r."respondentCount", r.spread, r.coverage, r.confidence, r."byRole"
           FROM jsonb_to_recordset($3::jsonb) AS r("capabilityId" uuid, current numeric, target smallint, "respondentCount" int, spread numeric, coverage numeric, confidence numeric, "byRole" jsonb)
         ON CONFLICT ("assessmentId", "capabilityId") DO UPDATE SET current = EXCLUDED.current, target = EXCLUDED.target,
           "respondentCount" = EXCLUDED."respondentCount", spread = EXCLUDED.spread, coverage = EXCLUDED.coverage,
           confidence = EXCLUDED.confidence, "byRole" = EXCLUDED."byRole", "updatedAt" = now()`,
        [assessment.clientId, assessmentId, JSON.stringify(rows)],
      );
      await this.pause();
      return scores.length;
    });
  }

  /** Gaps where target − current > 0, with severity and the answers behind them. */
  computeGaps(assessmentId: string): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const { assessment, urgency } = await this.facts(m, assessmentId);
      const scores: { capabilityId: string; current: string | null; target: number; weight: string }[] = await m.query(
        `SELECT s."capabilityId", s.current, s.target, c.weight FROM capability_score s JOIN capability c ON c.id = s."capabilityId" WHERE s."assessmentId" = $1`,
        [assessmentId],
      );
      if (!scores.length) throw new Error(`Assessment ${assessmentId} has no scores yet: aggregate-scores must run first.`);
      const questions = await this.questions(m, assessment.templateId);
      const responses = await this.responses(m, assessmentId);
      const gapped: string[] = [];
      for (const s of scores) {
        const gap = capabilityGap({ target: s.target, current: s.current === null ? null : Number(s.current), weight: Number(s.weight), urgency });
        if (!gap) continue;
        gapped.push(s.capabilityId);
        const evidence = this.evidence(
          questions.filter((q) => q.capabilityId === s.capabilityId),
          responses,
        );
        await m.query(
          `INSERT INTO capability_gap ("clientId", "assessmentId", "engagementId", "capabilityId", current, target, size, severity, status, evidence)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT ("assessmentId", "capabilityId") DO UPDATE SET current = EXCLUDED.current, target = EXCLUDED.target, size = EXCLUDED.size,
             severity = EXCLUDED.severity, evidence = EXCLUDED.evidence, "updatedAt" = now()`,
          [assessment.clientId, assessmentId, assessment.engagementId, s.capabilityId, s.current, s.target, gap.size, gap.severity, GapStatus.OPEN, JSON.stringify(evidence)],
        );
      }
      // A capability that no longer has a gap (a re-run after a fix) loses its row.
      await m.query(`DELETE FROM capability_gap WHERE "assessmentId" = $1 AND NOT ("capabilityId" = ANY($2::uuid[]))`, [assessmentId, gapped]);
      await this.pause();
      return gapped.length;
    });
  }

  /** Every option for every gap, scored and ranked by the versioned rules. Decisions already taken stay. */
  recommendOptions(assessmentId: string): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const { assessment, horizon, urgency, budgetBand } = await this.facts(m, assessmentId);
      const [decided] = await m.query(`SELECT count(*)::int AS n FROM recommendation WHERE "assessmentId" = $1 AND state <> 'PROPOSED'`, [assessmentId]);
      if (decided.n > 0) return 0;
      const gaps: {
        id: string;
        capabilityId: string;
        capabilityName: string;
        areaId: string;
        areaName: string;
        nature: CapabilityNature;
        current: string;
        target: number;
        size: string;
        severity: string;
        confidence: string;
        spread: string | null;
        respondentCount: number;
      }[] = await m.query(
        `SELECT g.id, g."capabilityId", c.name AS "capabilityName", a.id AS "areaId", a.name AS "areaName", c.nature, g.current, g.target, g.size, g.severity,
                s.confidence, s.spread, s."respondentCount"
           FROM capability_gap g JOIN capability c ON c.id = g."capabilityId" JOIN capability_area a ON a.id = c."areaId"
           JOIN capability_score s ON s."assessmentId" = g."assessmentId" AND s."capabilityId" = g."capabilityId"
          WHERE g."assessmentId" = $1 ORDER BY g."capabilityId"`,
        [assessmentId],
      );
      // Areas a REVIEW was already accepted for, in earlier assessments of the same engagement.
      const reviewed: { areaId: string }[] = await m.query(
        `SELECT DISTINCT c."areaId" FROM recommendation r JOIN capability_gap g ON g.id = r."gapId" JOIN capability c ON c.id = g."capabilityId"
          WHERE g."engagementId" = $1 AND g."assessmentId" <> $2 AND r.option = $3 AND r.state = 'ACCEPTED'`,
        [assessment.engagementId, assessmentId, RecommendationOption.REVIEW],
      );
      const allGaps = gaps.map((g) => ({ areaId: g.areaId, severity: Number(g.severity) }));
      let written = 0;
      for (const g of gaps) {
        const options = recommendOptions(
          {
            capabilityId: g.capabilityId,
            capabilityName: g.capabilityName,
            areaId: g.areaId,
            areaName: g.areaName,
            nature: g.nature,
            current: Number(g.current),
            target: g.target,
            size: Number(g.size),
            severity: Number(g.severity),
            confidence: Number(g.confidence),
            spread: g.spread === null ? null : Number(g.spread),
            respondentCount: g.respondentCount,
          },
          { horizon, urgency, budgetBand, reviewedAreaIds: reviewed.map((r) => r.areaId), allGaps },
        );
        for (const o of options) {
          await m.query(
            `INSERT INTO recommendation ("clientId", "assessmentId", "gapId", option, score, rank, reasons, state, "rulesetVersion")
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT ("gapId", option) DO UPDATE SET score = EXCLUDED.score, rank = EXCLUDED.rank, reasons = EXCLUDED.reasons,
               "rulesetVersion" = EXCLUDED."rulesetVersion", "updatedAt" = now()`,
            [assessment.clientId, assessmentId, g.id, o.option, o.score, o.rank, JSON.stringify(o.reasons), RecommendationState.PROPOSED, RULESET_VERSION],
          );
          written++;
        }
      }
      await this.pause();
      return written;
    });
  }

  /**
   * The report's figures: summary, current vs target per area (radar), capability × seat
   * (heatmap), and the breakdown the client may read under the anonymity rule.
   */
  renderReport(assessmentId: string): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const { assessment } = await this.facts(m, assessmentId);
      const rows: { capabilityId: string; capabilityName: string; areaId: string; areaName: string; current: string | null; target: number; byRole: RoleScore[] }[] =
        await m.query(
          `SELECT s."capabilityId", c.name AS "capabilityName", a.id AS "areaId", a.name AS "areaName", s.current, s.target, s."byRole"
             FROM capability_score s JOIN capability c ON c.id = s."capabilityId" JOIN capability_area a ON a.id = c."areaId"
            WHERE s."assessmentId" = $1 ORDER BY a.position, c.position`,
          [assessmentId],
        );
      const [counts] = await m.query(
        `SELECT count(*)::int AS invited, count(*) FILTER (WHERE status = 'SUBMITTED')::int AS submitted FROM invitation WHERE "assessmentId" = $1`,
        [assessmentId],
      );
      const [gaps] = await m.query(`SELECT count(*)::int AS n, coalesce(max(severity), 0)::float AS worst FROM capability_gap WHERE "assessmentId" = $1`, [assessmentId]);
      const questions = (await this.questions(m, assessment.templateId)).map((q) => ({ ...q, weight: Number(q.weight) }));
      const responses = await this.responses(m, assessmentId);
      const k = assessment.anonymityThreshold;
      const disclosure = planDisclosure(
        RESPONDENT_ROLES.map((role) => ({ respondentRole: role, respondents: responses.filter((r) => r.respondentRole === role).length })),
        k,
      );

      const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null);
      const areaIds = [...new Set(rows.map((r) => r.areaId))];
      const areas = areaIds.map((id) => {
        const own = rows.filter((r) => r.areaId === id);
        return {
          areaId: id,
          name: own[0]!.areaName,
          current: mean(own.filter((r) => r.current !== null).map((r) => Number(r.current))),
          target: mean(own.map((r) => r.target)),
        };
      });

      // Staff: one column per seat that answered, small seats marked.
      const seatColumns = disclosure.seats.map((seat) => ({
        key: seat.respondentRole,
        label: RESPONDENT_ROLE_LABELS[seat.respondentRole],
        seats: [seat.respondentRole],
        respondents: seat.respondents,
        identifiable: isIdentifiable(seat.respondents, k),
      }));
      const heatmap = {
        columns: seatColumns,
        rows: rows.map((r) => ({
          capabilityId: r.capabilityId,
          capabilityName: r.capabilityName,
          areaName: r.areaName,
          cells: seatColumns.map((col) => {
            const own = r.byRole.find((b) => b.respondentRole === col.key);
            return { column: col.key, current: own?.current ?? null, respondents: own?.respondents ?? 0 };
          }),
        })),
      };
      // The client: the disclosure groups only, each scored over all of its respondents.
      const groupResponses = disclosure.groups.map((g) => responses.filter((r) => g.seats.includes(r.respondentRole)).map((r) => r.answers));
      const clientHeatmap = {
        columns: disclosure.groups.map((g) => ({ ...g, identifiable: false })),
        rows: rows.map((r) => ({
          capabilityId: r.capabilityId,
          capabilityName: r.capabilityName,
          areaName: r.areaName,
          cells: disclosure.groups.map((g, i) => {
            const own = scoreCapability({ capabilityId: r.capabilityId, questions, responses: groupResponses[i]!, minRespondents: 1 });
            return { column: g.key, current: own.current, respondents: own.respondentCount };
          }),
        })),
      };

      const data: AssessmentReportData = {
        summary: {
          invited: counts.invited as number,
          submitted: counts.submitted as number,
          capabilities: rows.length,
          scored: rows.filter((r) => r.current !== null).length,
          gaps: gaps.n as number,
          worstSeverity: gaps.worst as number,
          overallCurrent: mean(rows.filter((r) => r.current !== null).map((r) => Number(r.current))),
          overallTarget: mean(rows.map((r) => r.target)),
        },
        areas,
        heatmap,
        clientHeatmap,
        disclosure,
      };
      await m.query(
        `INSERT INTO assessment_report ("assessmentId", "clientId", data, "renderedAt") VALUES ($1, $2, $3, now())
         ON CONFLICT ("assessmentId") DO UPDATE SET data = EXCLUDED.data, "renderedAt" = now()`,
        [assessmentId, assessment.clientId, JSON.stringify(data)],
      );
      await this.pause();
    });
  }

  /**
   * Marks the assessment SCORED and tells its owner (in the app, and by e-mail through the outbox).
   * The status moves once, so the notification and the e-mail event are written once.
   */
  finalise(assessmentId: string): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const { assessment, ownerId } = await this.facts(m, assessmentId, true);
      if (assessment.status !== AssessmentStatus.CLOSED) return false;
      assessment.status = AssessmentStatus.SCORED;
      assessment.scoredAt = new Date();
      await m.save(assessment);
      const [gaps] = await m.query(`SELECT count(*)::int AS n FROM capability_gap WHERE "assessmentId" = $1`, [assessmentId]);
      await m.query(
        `INSERT INTO notification ("userId", title, body, link, "sourceKey") VALUES ($1, $2, $3, $4, $5) ON CONFLICT ("userId", "sourceKey") DO NOTHING`,
        [
          ownerId,
          `"${assessment.title}" is scored`,
          `${gaps.n} capability gap${gaps.n === 1 ? '' : 's'} with ranked options are ready to review.`,
          `/Assessment/${assessmentId}/show/report`,
          `assessment-scored:${assessmentId}`,
        ],
      );
      await this.outbox.add(m, OutboxEventType.ASSESSMENT_SCORED, { assessmentId });
      await this.pause();
      return true;
    });
  }

  private async facts(m: EntityManager, assessmentId: string, lock = false): Promise<Facts> {
    const assessment = await m.findOne(Assessment, { where: { id: assessmentId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!assessment) throw new UnrecoverableError(`Assessment ${assessmentId} does not exist.`);
    if (!FINALISABLE.includes(assessment.status)) {
      throw new UnrecoverableError(`Assessment "${assessment.title}" is ${assessment.status}: only a closed assessment is finalised.`);
    }
    const [e] = await m.query(`SELECT urgency, horizon, "budgetBand", "ownerId" FROM engagement WHERE id = $1`, [assessment.engagementId]);
    return { assessment, urgency: e.urgency, horizon: e.horizon, budgetBand: e.budgetBand, ownerId: e.ownerId };
  }

  private questions(m: EntityManager, templateId: string): Promise<QuestionRow[]> {
    return m.query(`SELECT id, "capabilityId", prompt, type, weight, options FROM question WHERE "templateId" = $1 ORDER BY position`, [templateId]);
  }

  /** Submitted responses only, with the respondent's seat (never their name). */
  private responses(m: EntityManager, assessmentId: string): Promise<ResponseRow[]> {
    return m.query(
      `SELECT i."respondentRole", r.answers FROM response r JOIN invitation i ON i.id = r."invitationId"
        WHERE i."assessmentId" = $1 AND r."submittedAt" IS NOT NULL ORDER BY r."submittedAt", r.id`,
      [assessmentId],
    );
  }

  /** The answers behind a gap: lowest values first, then quotes; "don't know" says so. */
  private evidence(questions: QuestionRow[], responses: ResponseRow[]): GapEvidence[] {
    const items: GapEvidence[] = [];
    for (const q of questions) {
      const scoring = { ...q, weight: Number(q.weight) };
      for (const r of responses) {
        const a = r.answers.find((x) => x.questionId === q.id);
        if (!a) continue;
        const value = answerValue(scoring, a);
        const label = a.dontKnow
          ? "Don't know"
          : q.type === QuestionType.SCALE
            ? (q.options.find((o) => o.score === a.scale)?.label ?? String(a.scale ?? ''))
            : q.type === QuestionType.TEXT
              ? ''
              : (a.choices ?? []).map((k) => q.options.find((o) => o.key === k)?.label ?? k).join('; ');
        items.push({ questionId: q.id, prompt: q.prompt, respondentRole: r.respondentRole, value, answer: label, quote: a.text?.trim() || null });
      }
    }
    return items.sort((x, y) => (x.value ?? 6) - (y.value ?? 6));
  }
}
