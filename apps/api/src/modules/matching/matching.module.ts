import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidateModule } from '../candidate/candidate.module.js';
import { ContactModule } from '../contact/contact.module.js';
import { InboxModule } from '../inbox/inbox.module.js';
import { RoleModule } from '../role/role.module.js';
import { MatchPipelineService } from './match-pipeline.service.js';
import { Match, MatchStageChange, Placement } from './match.entities.js';
import { MatchingService } from './matching.service.js';
import { RecruiterDashboardService } from './recruiter-dashboard.service.js';
import { ShortlistProfile } from './shortlist-profile.entity.js';
import { ShortlistService } from './shortlist.service.js';

/** Ranking candidates for roles, stored matches and their pipeline, placements, client shortlists. */
@Module({
  imports: [TypeOrmModule.forFeature([Match, MatchStageChange, Placement, ShortlistProfile]), CandidateModule, ContactModule, RoleModule, InboxModule],
  providers: [MatchingService, MatchPipelineService, RecruiterDashboardService, ShortlistService],
  exports: [MatchingService, MatchPipelineService, RecruiterDashboardService, ShortlistService],
})
export class MatchingModule {}
