import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '../../core/queue/queue.module.js';
import { CandidateModule } from '../candidate/candidate.module.js';
import { RoleModule } from '../role/role.module.js';
import { UserModule } from '../user/user.module.js';
import { Match, MatchStageChange, Placement } from './match.entities.js';
import { MatchPipelineService } from './match-pipeline.service.js';
import { CandidatePlacementsResolver, MatchingResolver, MatchResolver, MatchStageChangeResolver, PlacementResolver } from './matching.resolver.js';
import { MatchingService } from './matching.service.js';
import { RecruiterDashboardService } from './recruiter-dashboard.service.js';

/** Ranking candidates for roles, stored matches and their pipeline, placements (API side). */
@Module({
  imports: [TypeOrmModule.forFeature([Match, MatchStageChange, Placement]), QueueModule, CandidateModule, RoleModule, UserModule],
  providers: [MatchingService, MatchPipelineService, RecruiterDashboardService, MatchingResolver, MatchResolver, MatchStageChangeResolver, PlacementResolver, CandidatePlacementsResolver],
  exports: [MatchingService],
})
export class MatchingModule {}
