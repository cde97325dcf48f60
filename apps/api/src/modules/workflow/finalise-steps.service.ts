import { Inject, Injectable, Optional } from '@nestjs/common';
import { AssessmentStatus, OutboxEventType, enumLabel, type FinaliseStep } from '@orchestra/shared';
import { UnrecoverableError } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { readAll } from '../../core/database/read-all.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import type { Assessment } from '../assessment/assessment.entities.js';
import { AssessmentService, type EngagementFacts } from '../assessment/assessment.service.js';
import type { Capability, CapabilityArea, Question } from '../framework/framework.entities.js';
import { FrameworkService } from '../framework/framework.service.js';
import { GapService, type GapCapability } from '../gap/gap.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import { ReportService } from '../report/report.service.js';
import { ScoringService } from '../scoring/scoring.service.js';

interface Facts {
  assessment: Assessment;
  engagement: EngagementFacts;
}

/** Written in a step's own transaction after its work, so it commits (or not) with the step's output. */
export type StepDone = (m: EntityManager) => Promise<void>;

/** A capability of the assessment's framework, in the framework's order, with its area. */
type OrderedCapability = GapCapability & { capability: Capability; area: CapabilityArea };

const FINALISABLE: readonly AssessmentStatus[] = [AssessmentStatus.CLOSED, AssessmentStatus.SCORED, AssessmentStatus.PUBLISHED];

/**
 * The finalise flow's steps. This service only orchestrates: each step runs in one transaction,
 * reads its inputs from Postgres (the source of truth, never a job's return value) through the
 * owning modules' services, and has one owner write its output, keyed on the assessment — so a step
 * re-run after a crash or a retry writes the same rows again. Scores: scoring; gaps and options:
 * gap; the report: report; the notification: inbox.
 */
@Injectable()
export class FinaliseSteps {
  private readonly steps: Readonly<Record<FinaliseStep, (assessmentId: string, done?: StepDone) => Promise<unknown>>> = {
    'score-and-find-gaps': (id, done) => this.scoreAndFindGaps(id, done),
    'recommend-and-report': (id, done) => this.recommendAndReport(id, done),
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentService,
    private readonly frameworks: FrameworkService,
    private readonly scoring: ScoringService,
    private readonly gaps: GapService,
    private readonly reports: ReportService,
    private readonly inbox: InboxService,
    private readonly outbox: OutboxService,
    @Optional() @Inject(APP_CONFIG) private readonly config?: AppConfig,
  ) {}

  /** Runs one step by its job name; `done` writes in the step's transaction (the run's progress). */
  run(step: FinaliseStep, assessmentId: string, done?: StepDone): Promise<unknown> {
    return this.steps[step](assessmentId, done);
  }

  /**
   * Capability scores (DESIGN §4), overall and per respondent seat, then the gaps where target −
   * current > 0 with their severity and the answers behind them: one transaction, one read of the
   * answers for both.
   */
  scoreAndFindGaps(assessmentId: string, done?: StepDone): Promise<{ scores: number; gaps: number }> {
    return this.step(assessmentId, done, async (m, { assessment, engagement }) => {
      const [targets, { questions, capabilities }, responses] = await readAll(m, [
        () => this.assessments.targetsOf(m, assessmentId),
        () => this.questionnaire(m, assessment),
        () => this.assessments.submittedResponses(m, assessmentId),
      ]);
      const scores = await this.scoring.aggregate(m, {
        assessment,
        urgency: engagement.urgency,
        capabilities: targets.map((t) => ({ id: t.capabilityId, weight: capabilities.get(t.capabilityId)!.weight, target: t.target })),
        questions,
        responses,
      });
      const gaps = await this.gaps.computeGaps(m, { assessment, urgency: engagement.urgency, scores, capabilities, questions, responses });
      return { scores: scores.length, gaps };
    });
  }

  /**
   * Every option for every gap, scored and ranked by the versioned rules (decisions already taken
   * stay), the report's figures and the breakdown the client may read, then the assessment marked
   * SCORED and its owner told (in the app, and by e-mail through the outbox): one transaction,
   * one read of the scores and gaps for all of it. The row is locked so the status moves once, and
   * the notification and the e-mail event are written once, however often the step runs.
   */
  recommendAndReport(assessmentId: string, done?: StepDone): Promise<{ recommendations: number; scored: boolean }> {
    return this.step(
      assessmentId,
      done,
      async (m, { assessment, engagement }) => {
        const [scores, { questions, capabilities }, reviewed] = await readAll(m, [
          () => this.scoring.ofAssessment(m, assessmentId),
          () => this.questionnaire(m, assessment),
          () => this.gaps.acceptedReviews(m, assessment),
        ]);
        if (!scores.length) throw new Error(`Assessment ${assessmentId} has no scores yet: score-and-find-gaps must run first.`);
        const byCapability = new Map(scores.map((s) => [s.capabilityId, s]));
        const recommendations = await this.gaps.recommendOptions(m, {
          assessment,
          horizon: engagement.horizon,
          urgency: engagement.urgency,
          budgetBand: engagement.budgetBand,
          capabilities,
          scores: byCapability,
          reviewedAreaIds: await this.frameworks.areaIdsOf(m, reviewed),
        });
        const [invitations, gaps, responses] = await readAll(m, [
          () => this.assessments.invitationCounts(m, assessmentId),
          () => this.gaps.summary(m, assessmentId),
          () => this.assessments.submittedResponses(m, assessmentId),
        ]);
        // The framework's order: area, then capability.
        const ordered = [...capabilities.values()].flatMap((c) => {
          const score = byCapability.get(c.id);
          return score ? [{ score, capabilityName: c.name, areaId: c.areaId, areaName: c.areaName }] : [];
        });
        await this.reports.render(m, { assessment, scores: ordered, invitations, gaps, questions, responses });
        return { recommendations, scored: await this.markScored(m, assessment, engagement, gaps.gaps) };
      },
      true,
    );
  }

  /** SCORED, once: the owner's notification and the e-mail event are written only when the status moves. */
  private async markScored(m: EntityManager, assessment: Assessment, engagement: EngagementFacts, gaps: number): Promise<boolean> {
    if (!(await this.assessments.markScored(m, assessment))) return false;
    await this.inbox.notify(m, {
      userId: engagement.ownerId,
      title: `"${assessment.title}" is scored`,
      body: `${gaps} capability gap${gaps === 1 ? '' : 's'} with ranked options are ready to review.`,
      link: `/Assessment/${assessment.id}/show/report`,
      sourceKey: `assessment-scored:${assessment.id}`,
    });
    await this.outbox.add(m, OutboxEventType.ASSESSMENT_SCORED, { assessmentId: assessment.id });
    return true;
  }

  /** One transaction: the facts, the step's work, `done`, then (crash tests only) a pause before committing. */
  private step<T>(assessmentId: string, done: StepDone | undefined, work: (m: EntityManager, facts: Facts) => Promise<T>, lock = false): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      const result = await work(m, await this.facts(m, assessmentId, lock));
      await done?.(m);
      const pause = this.config?.FINALISE_STEP_PAUSE_MS ?? 0;
      // Crash tests widen the window in which a step's work is written but not yet committed.
      if (pause > 0) await new Promise((r) => setTimeout(r, pause));
      return result;
    });
  }

  private async facts(m: EntityManager, assessmentId: string, lock: boolean): Promise<Facts> {
    const found = await this.assessments.withEngagement(m, assessmentId, lock);
    if (!found) throw new UnrecoverableError(`Assessment ${assessmentId} does not exist.`);
    const { assessment } = found;
    if (!FINALISABLE.includes(assessment.status)) {
      throw new UnrecoverableError(`Assessment "${assessment.title}" is ${enumLabel('AssessmentStatus', assessment.status).toLowerCase()}: only a closed assessment is finalised.`);
    }
    return found;
  }

  /** The assessment's questions, and its framework's capabilities in the framework's order with their areas. */
  private async questionnaire(m: EntityManager, assessment: Assessment): Promise<{ questions: readonly Question[]; capabilities: Map<string, OrderedCapability> }> {
    const { questions, areas, capabilities } = await this.frameworks.questionnaire(m, assessment.templateId);
    const areaOf = new Map(areas.map((a) => [a.id, a]));
    return {
      questions,
      capabilities: new Map(
        capabilities.map((c) => {
          const area = areaOf.get(c.areaId)!;
          return [c.id, { id: c.id, name: c.name, weight: c.weight, nature: c.nature, areaId: area.id, areaName: area.name, capability: c, area }];
        }),
      ),
    };
  }
}
