import { Injectable } from '@nestjs/common';
import { AssessmentStatus, Role } from '@orchestra/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { AppError } from '../../core/errors/app-error.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import type { AssessmentReportType, PublishedReportType } from './dto/report.types.js';

const READY: readonly AssessmentStatus[] = [AssessmentStatus.SCORED, AssessmentStatus.PUBLISHED];

/** The rendered report: staff read it once scored; a CLIENT user once published, for their client. */
@Injectable()
export class ReportService {
  constructor(private readonly dataSource: DataSource) {}

  async report(actor: AuthUser, assessmentId: string): Promise<Omit<AssessmentReportType, 'gaps'>> {
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
    const { data, ...rest } = row;
    return { ...rest, ...(data as object) } as Omit<AssessmentReportType, 'gaps'>;
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
