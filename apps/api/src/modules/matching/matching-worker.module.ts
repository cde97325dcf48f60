import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '../../core/queue/queue.module.js';
import { Candidate, CandidateNote, CandidateSkill } from '../candidate/candidate.entities.js';
import { CandidateRightsService } from '../candidate/candidate-rights.service.js';
import { CandidateService } from '../candidate/candidate.service.js';
import { Role } from '../role/role.entity.js';
import { RoleService } from '../role/role.service.js';
import { Match } from './match.entities.js';
import { MatchingProcessor } from './matching.processor.js';
import { MatchingService } from './matching.service.js';

/** Worker side of the talent pool: the matching queue, and candidate retention for maintenance. No resolvers. */
@Module({
  imports: [TypeOrmModule.forFeature([Match, Role, Candidate, CandidateSkill, CandidateNote]), QueueModule],
  providers: [RoleService, CandidateService, CandidateRightsService, MatchingService, MatchingProcessor],
  exports: [MatchingService, CandidateRightsService],
})
export class MatchingWorkerModule {}
