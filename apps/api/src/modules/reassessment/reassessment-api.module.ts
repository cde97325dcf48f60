import { Module } from '@nestjs/common';
import { ReassessmentModule } from './reassessment.module.js';
import { ReassessmentScheduleResolver, ReportChangesResolver } from './reassessment.resolver.js';

/** Re-assessment resolvers (the API process only). */
@Module({
  imports: [ReassessmentModule],
  providers: [ReassessmentScheduleResolver, ReportChangesResolver],
})
export class ReassessmentApiModule {}
