import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../../core/identity/identity.module.js';
import { AssessmentModule } from '../assessment/assessment.module.js';
import { ContactModule } from '../contact/contact.module.js';
import { GapModule } from '../gap/gap.module.js';
import { AssessmentReport } from './assessment-report.entity.js';
import { ReportService } from './report.service.js';

/** The assessment report: rendered by the finalise flow, read by staff and (once published) the client. */
@Module({
  imports: [TypeOrmModule.forFeature([AssessmentReport]), GapModule, AssessmentModule, ContactModule, IdentityModule],
  providers: [ReportService],
  exports: [ReportService],
})
export class ReportModule {}
