import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { RespondService } from '../assessment/respond.service.js';
import { EngagementService } from '../engagement/engagement.service.js';
import { ReportService } from '../report/report.service.js';
import type { ClientDashboardType } from './dto/client-dashboard.type.js';

/**
 * The client's side: what a CLIENT user's dashboard shows, from the services that own each part.
 * Every part is scoped to the reader's client by its owner (from the token); three statements.
 */
@Injectable()
export class PortalService {
  constructor(
    private readonly reports: ReportService,
    private readonly respond: RespondService,
    private readonly engagements: EngagementService,
  ) {}

  async dashboard(actor: AuthUser): Promise<ClientDashboardType> {
    const [reports, invitations, engagements] = await Promise.all([this.reports.published(actor), this.respond.mine(actor), this.engagements.summaries(actor)]);
    return { reports, invitations, engagements };
  }
}
