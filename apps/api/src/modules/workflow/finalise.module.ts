import { Module } from '@nestjs/common';
import { AssessmentModule } from '../assessment/assessment.module.js';
import { EngagementModule } from '../engagement/engagement.module.js';
import { FrameworkModule } from '../framework/framework.module.js';
import { GapModule } from '../gap/gap.module.js';
import { InboxModule } from '../inbox/inbox.module.js';
import { ReportModule } from '../report/report.module.js';
import { ScoringModule } from '../scoring/scoring.module.js';
import { FinaliseSteps } from './finalise-steps.service.js';

/** The finalise flow's steps and the modules that own what they write (no processor: tests run the steps in process too). */
@Module({
  imports: [AssessmentModule, EngagementModule, FrameworkModule, ScoringModule, GapModule, ReportModule, InboxModule],
  providers: [FinaliseSteps],
  exports: [FinaliseSteps],
})
export class FinaliseModule {}
