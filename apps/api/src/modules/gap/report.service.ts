import { Injectable } from '@nestjs/common';
import { AssessmentStatus, Role, type AssessmentReportData, type RespondentRole } from '@orchestra/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { AppError } from '../../core/errors/app-error.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import type { AssessmentReportType, CapabilityTrendType, PublishedReportType } from './dto/report.types.js';

const READY: readonly AssessmentStatus[] = [AssessmentStatus.SCORED, AssessmentStatus.PUBLISHED];

/** The report as the resolver's parent: `quotableSeats` is internal (not a GraphQL field) and drives the gaps' evidence. */
export type ReportOf = Omit<AssessmentReportType, 'gaps'> & { quotableSeats: RespondentRole[] };

/** The rendered report: staff read it once scored; a CLIENT user once published, for their client. */
@Injectable()
export class ReportService {
  constructor(private readonly dataSource: DataSource) {}

  async report(actor: AuthUser, assessmentId: string): Promise<ReportOf> {
    const scope = TenantScope.of(actor);
    const [row] = await this.dataSource.query(
      `SELECT a.id AS "assessmentId", a.title, a.status, a."scoredAt", a."publishedAt", c.name AS "clientName", e.title AS "engagementTitle",
              r.data, r."renderedAt"
         FROM assessment a JOIN client c ON c.id = a."clientId" JOIN engagement e ON e.id = a."engagementId"
         LEFT JOIN assessment_report r ON r."assessmentId" = a.id
        WHERE a.id = $1 AND ($2::uuid IS NULL OR a."clientId" = $2::uuid)`,
      [assessmentId, scope.clientId],
    );
    const visible = row && (actor.role === Role.CLIENT ? row.status === AssessmentStatus.PUBLISHED : READY.includes(row.status));
    if (!visible) throw AppError.notFound('AssessmentReport', assessmentId);
    if (!row.data) throw AppError.conflict(`The report of "${row.title}" is still being rendered: try again in a moment.`);
    const { data: raw, ...rest } = row;
    const data = raw as AssessmentReportData;
    // Seats whose own respondents reach k: the only ones a client may read quotes from.
    const quotableSeats = data.disclosure.seats.filter((s) => s.respondents >= data.disclosure.threshold).map((s) => s.respondentRole);
    if (actor.role !== Role.CLIENT) return { ...rest, ...data, quotableSeats };
    // What leaves the consultancy: the disclosure groups only, and no per-seat detail.
    return {
      ...rest,
      summary: data.summary,
      areas: data.areas,
      heatmap: data.clientHeatmap,
      clientHeatmap: data.clientHeatmap,
      disclosure: { threshold: data.disclosure.threshold, publishable: data.disclosure.publishable, summary: data.disclosure.clientSummary, seats: [] },
      quotableSeats,
    };
  }

  /**
   * Each capability across the engagement's scored assessments (a re-assessment is a new one),
   * matched by key so a new framework version continues the line.
   */
  async trend(actor: AuthUser, engagementId: string): Promise<CapabilityTrendType[]> {
    const rows: { key: string; name: string; areaName: string; assessmentId: string; title: string; scoredAt: Date | null; current: string | null; target: number }[] =
      await this.dataSource.query(
        `SELECT c.key, c.name, ar.name AS "areaName", a.id AS "assessmentId", a.title, a."scoredAt", s.current, s.target
           FROM assessment a JOIN capability_score s ON s."assessmentId" = a.id
           JOIN capability c ON c.id = s."capabilityId" JOIN capability_area ar ON ar.id = c."areaId"
          WHERE a."engagementId" = $1 AND a.status IN ('SCORED', 'PUBLISHED') AND ($2::uuid IS NULL OR a."clientId" = $2::uuid)
          ORDER BY ar.position, c.position, a."scoredAt", a.id`,
        [engagementId, TenantScope.of(actor).clientId],
      );
    const byKey = new Map<string, CapabilityTrendType>();
    for (const r of rows) {
      const trend = byKey.get(r.key) ?? { capabilityKey: r.key, capabilityName: r.name, areaName: r.areaName, points: [] };
      trend.points.push({ assessmentId: r.assessmentId, title: r.title, scoredAt: r.scoredAt, current: r.current === null ? null : Number(r.current), target: r.target });
      byKey.set(r.key, trend);
    }
    return [...byKey.values()];
  }

  published(actor: AuthUser): Promise<PublishedReportType[]> {
    return this.dataSource.query(
      `SELECT a.id AS "assessmentId", a.title, e.title AS "engagementTitle", a."publishedAt"
         FROM assessment a JOIN engagement e ON e.id = a."engagementId"
        WHERE a.status = 'PUBLISHED' AND ($1::uuid IS NULL OR a."clientId" = $1::uuid) ORDER BY a."publishedAt" DESC LIMIT 100`,
      [TenantScope.of(actor).clientId],
    );
  }
}
