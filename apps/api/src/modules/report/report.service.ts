import { Injectable } from '@nestjs/common';
import {
  answersById,
  AssessmentStatus,
  isIdentifiable,
  planDisclosure,
  redactQuote,
  RESPONDENT_ROLE_LABELS,
  RESPONDENT_ROLES,
  Role,
  scoreCapability,
  type AssessmentReportData,
  type RespondentRole,
  type ScoringQuestion,
} from '@orchestra/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { UserDirectoryService } from '../../core/identity/user/user-directory.service.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { AssessmentService } from '../assessment/assessment.service.js';
import { InvitationService } from '../assessment/invitation.service.js';
import { ContactService } from '../contact/contact.service.js';
import type { CapabilityGap } from '../gap/gap.entities.js';
import { GapService } from '../gap/gap.service.js';
import type { CapabilityScore } from '../scoring/capability-score.entity.js';
import type { SubmittedResponse } from '../scoring/scoring.service.js';
import { AssessmentReport } from './assessment-report.entity.js';
import type { AssessmentReportType, CapabilityTrendType, PublishedReportType, ReportRecipientType } from './dto/report.type.js';
import { assessmentReportData } from './report-data.schema.js';

const READY: readonly AssessmentStatus[] = [AssessmentStatus.SCORED, AssessmentStatus.PUBLISHED];

/** The report as the resolver's parent: `quotableSeats` is internal (not a GraphQL field) and drives the gaps' evidence. */
export type ReportOf = Omit<AssessmentReportType, 'gaps'> & { quotableSeats: RespondentRole[] };

export interface RenderInput {
  assessment: { id: string; clientId: string; anonymityThreshold: number };
  /** The stored scores, in the framework's order (area, then capability). */
  scores: { score: CapabilityScore; capabilityName: string; areaId: string; areaName: string }[];
  invitations: { invited: number; submitted: number };
  gaps: { gaps: number; worstSeverity: number };
  questions: readonly ScoringQuestion[];
  responses: SubmittedResponse[];
}

const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null);

/** The rendered report: written by the finalise flow; staff read it once scored, a CLIENT user once published. */
@Injectable()
export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gaps: GapService,
    private readonly contacts: ContactService,
    private readonly invitations: InvitationService,
    private readonly directory: UserDirectoryService,
    private readonly assessments: AssessmentService,
  ) {}

  /**
   * The report's figures: summary, current vs target per area (radar), capability × seat (heatmap)
   * and the breakdown the client may read under the anonymity rule — checked against the shared
   * contract, then upserted keyed on the assessment.
   */
  async render(m: EntityManager, input: RenderInput): Promise<void> {
    const { assessment, scores, responses, questions } = input;
    const k = assessment.anonymityThreshold;
    const disclosure = planDisclosure(
      RESPONDENT_ROLES.map((role) => ({ respondentRole: role, respondents: responses.filter((r) => r.respondentRole === role).length })),
      k,
    );
    const areas = [...new Set(scores.map((s) => s.areaId))].map((areaId) => {
      const own = scores.filter((s) => s.areaId === areaId);
      return {
        areaId,
        name: own[0]!.areaName,
        current: mean(own.flatMap((s) => s.score.current ?? [])),
        target: mean(own.map((s) => s.score.target)),
      };
    });
    const row = (s: RenderInput['scores'][number]) => ({ capabilityId: s.score.capabilityId, capabilityName: s.capabilityName, areaName: s.areaName });

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
      rows: scores.map((s) => ({
        ...row(s),
        cells: seatColumns.map((col) => {
          const own = s.score.byRole.find((b) => b.respondentRole === col.key);
          return { column: col.key, current: own?.current ?? null, respondents: own?.respondents ?? 0 };
        }),
      })),
    };
    // The client: the disclosure groups only, each scored over all of its respondents.
    const groupResponses = disclosure.groups.map((g) => responses.filter((r) => g.seats.includes(r.respondentRole)).map((r) => answersById(r.answers)));
    const clientHeatmap = {
      columns: disclosure.groups.map((g) => ({ ...g, identifiable: false })),
      rows: scores.map((s) => ({
        ...row(s),
        cells: disclosure.groups.map((g, i) => {
          const own = scoreCapability({ capabilityId: s.score.capabilityId, questions, responses: groupResponses[i]!, minRespondents: 1 });
          return { column: g.key, current: own.current, respondents: own.respondentCount };
        }),
      })),
    };
    const valued = scores.flatMap((s) => s.score.current ?? []);
    const data = assessmentReportData.parse({
      summary: {
        ...input.invitations,
        capabilities: scores.length,
        scored: valued.length,
        ...input.gaps,
        overallCurrent: mean(valued),
        overallTarget: mean(scores.map((s) => s.score.target)),
      },
      areas,
      heatmap,
      clientHeatmap,
      disclosure,
    } satisfies AssessmentReportData);
    await m
      .createQueryBuilder()
      .insert()
      .into(AssessmentReport)
      .values({ assessmentId: assessment.id, clientId: assessment.clientId, data, renderedAt: new Date() })
      .orUpdate(['clientId', 'data', 'renderedAt'], ['assessmentId'])
      .updateEntity(false)
      .execute();
  }

  async report(actor: AuthUser, assessmentId: string): Promise<ReportOf> {
    const scope = TenantScope.of(actor);
    const [row]: { assessmentId: string; title: string; status: AssessmentStatus; scoredAt: Date | null; publishedAt: Date | null; clientName: string; engagementTitle: string }[] =
      await this.dataSource.query(
        `SELECT a.id AS "assessmentId", a.title, a.status, a."scoredAt", a."publishedAt", c.name AS "clientName", e.title AS "engagementTitle"
           FROM assessment a JOIN client c ON c.id = a."clientId" JOIN engagement e ON e.id = a."engagementId"
          WHERE a.id = $1 AND ($2::uuid IS NULL OR a."clientId" = $2::uuid)`,
        [assessmentId, scope.clientId],
      );
    const visible = row && (actor.role === Role.CLIENT ? row.status === AssessmentStatus.PUBLISHED : READY.includes(row.status));
    if (!visible) throw AppError.notFound('AssessmentReport', assessmentId);
    const rendered = await this.dataSource.getRepository(AssessmentReport).findOneBy({ assessmentId });
    if (!rendered) throw AppError.conflict(`The report of "${row.title}" is still being rendered: try again in a moment.`);
    const { data, renderedAt } = rendered;
    // Seats whose own respondents reach k: the only ones a client may read quotes from.
    const quotableSeats = data.disclosure.seats.filter((s) => s.respondents >= data.disclosure.threshold).map((s) => s.respondentRole);
    if (actor.role !== Role.CLIENT) return { ...row, renderedAt, ...data, quotableSeats };
    // What leaves the consultancy: the disclosure groups only, and no per-seat detail.
    return {
      ...row,
      renderedAt,
      summary: data.summary,
      areas: data.areas,
      heatmap: data.clientHeatmap,
      clientHeatmap: data.clientHeatmap,
      disclosure: { threshold: data.disclosure.threshold, publishable: data.disclosure.publishable, summary: data.disclosure.clientSummary, seats: [] },
      quotableSeats,
    };
  }

  /**
   * A report's gaps, worst first. A client reads the evidence without seats, and quotes only from
   * seats of at least k respondents, redacted of names, e-mail addresses and @-mentions.
   */
  async gapsOf(actor: AuthUser, assessmentId: string, quotableSeats: readonly RespondentRole[]): Promise<CapabilityGap[]> {
    const scope = TenantScope.of(actor);
    const gaps = await this.gaps.ofAssessment(scope, assessmentId);
    if (actor.role !== Role.CLIENT) return gaps;
    // Everyone a quote might name: the client's contacts and users, the invitees, our staff.
    const names = (await Promise.all([this.contacts.namesOf(scope.clientId!), this.invitations.namesOf(assessmentId), this.directory.namesFor(scope.clientId!)])).flat();
    return gaps.map((g) => ({
      ...g,
      evidence: g.evidence.map((e) => ({
        ...e,
        respondentRole: null,
        quote: e.quote && e.respondentRole && quotableSeats.includes(e.respondentRole) ? redactQuote(e.quote, names) : null,
      })),
    }));
  }

  /**
   * Each capability across the engagement's scored assessments (a re-assessment is a new one),
   * matched by key so a new framework version continues the line.
   */
  async trend(actor: AuthUser, engagementId: string): Promise<CapabilityTrendType[]> {
    const rows: { key: string; name: string; areaName: string; assessmentId: string; title: string; scoredAt: Date | null; current: number | null; target: number }[] =
      await this.dataSource.query(
        `SELECT c.key, c.name, ar.name AS "areaName", a.id AS "assessmentId", a.title, a."scoredAt", s.current::float8 AS current, s.target
           FROM assessment a JOIN capability_score s ON s."assessmentId" = a.id
           JOIN capability c ON c.id = s."capabilityId" JOIN capability_area ar ON ar.id = c."areaId"
          WHERE a."engagementId" = $1 AND a.status = ANY($3::text[]) AND ($2::uuid IS NULL OR a."clientId" = $2::uuid)
          ORDER BY ar.position, c.position, a."scoredAt", a.id`,
        [engagementId, TenantScope.of(actor).clientId, READY],
      );
    const byKey = new Map<string, CapabilityTrendType>();
    for (const r of rows) {
      const trend = byKey.get(r.key) ?? { capabilityKey: r.key, capabilityName: r.name, areaName: r.areaName, points: [] };
      trend.points.push({ assessmentId: r.assessmentId, title: r.title, scoredAt: r.scoredAt, current: r.current, target: r.target });
      byKey.set(r.key, trend);
    }
    return [...byKey.values()];
  }

  /** Who publishing the report tells: the active CLIENT users of its client (staff ask before publishing). */
  async recipients(actor: AuthUser, assessmentId: string): Promise<ReportRecipientType[]> {
    const assessment = await this.assessments.findVisible(actor, assessmentId);
    if (!assessment) throw AppError.notFound('Assessment', assessmentId);
    return this.directory.clientUsers(assessment.clientId);
  }

  published(actor: AuthUser): Promise<PublishedReportType[]> {
    return this.dataSource.query(
      `SELECT a.id AS "assessmentId", a.title, e.title AS "engagementTitle", a."publishedAt"
         FROM assessment a JOIN engagement e ON e.id = a."engagementId"
        WHERE a.status = $2 AND ($1::uuid IS NULL OR a."clientId" = $1::uuid) ORDER BY a."publishedAt" DESC LIMIT 100`,
      [TenantScope.of(actor).clientId, AssessmentStatus.PUBLISHED],
    );
  }
}
