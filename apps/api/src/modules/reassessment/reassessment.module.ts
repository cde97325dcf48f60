import { Module } from '@nestjs/common';
import { EngagementModule } from '../engagement/engagement.module.js';
import { InboxModule } from '../inbox/inbox.module.js';
import { ReassessmentService } from './reassessment.service.js';

/** Re-assessment on a cadence: the schedule, the drafting job's work, what changed. */
@Module({
  imports: [EngagementModule, InboxModule],
  providers: [ReassessmentService],
  exports: [ReassessmentService],
})
export class ReassessmentModule {}
