import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidateModule } from '../candidate/candidate.module.js';
import { ContactModule } from '../contact/contact.module.js';
import { RoleModule } from '../role/role.module.js';
import { MatchPipelineService } from './match-pipeline.service.js';
import { Match, MatchStageChange, Placement } from './match.entities.js';
import { MatchingService } from './matching.service.js';
import { RecruiterDashboardService } from './recruiter-dashboard.service.js';

/** Ranking candidates for roles, stored matches and their pipeline, placements. */
@Module({
  imports: [TypeOrmModule.forFeature([Match, MatchStageChange, Placement]), CandidateModule, ContactModule, RoleModule],
  providers: [MatchingService, MatchPipelineService, RecruiterDashboardService],
  exports: [MatchingService, MatchPipelineService, RecruiterDashboardService],
})
export class MatchingModule {}
