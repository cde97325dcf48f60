import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '../../core/queue/queue.module.js';
import { SkillModule } from '../skill/skill.module.js';
import { UserModule } from '../user/user.module.js';
import { CandidateCsvService } from './candidate-csv.service.js';
import { Candidate, CandidateNote, CandidateSkill } from './candidate.entities.js';
import { CandidateMergeService } from './candidate-merge.service.js';
import { CandidateRightsService } from './candidate-rights.service.js';
import { CandidateNoteResolver, CandidateResolver, CandidateSkillResolver } from './candidate.resolver.js';
import { CandidateService } from './candidate.service.js';

/** The talent pool: candidates, their skills and notes, CSV import/export, merge and data rights. */
@Module({
  imports: [TypeOrmModule.forFeature([Candidate, CandidateSkill, CandidateNote]), QueueModule, SkillModule, UserModule],
  providers: [CandidateService, CandidateCsvService, CandidateRightsService, CandidateMergeService, CandidateResolver, CandidateSkillResolver, CandidateNoteResolver],
  exports: [CandidateService, CandidateRightsService],
})
export class CandidateModule {}
