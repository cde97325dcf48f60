import { Module } from '@nestjs/common';
import { AssessmentModule } from '../assessment/assessment.module.js';
import { EngagementModule } from '../engagement/engagement.module.js';
import { ReportModule } from '../report/report.module.js';
import { PortalService } from './portal.service.js';

/** The client's side: a CLIENT user's dashboard, composed from the owning modules' services. */
@Module({
  imports: [AssessmentModule, EngagementModule, ReportModule],
  providers: [PortalService],
  exports: [PortalService],
})
export class PortalModule {}
