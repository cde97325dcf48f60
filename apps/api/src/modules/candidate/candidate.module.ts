import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidateCsvService } from './candidate-csv.service.js';
import { CandidateMergeService } from './candidate-merge.service.js';
import { CandidateRightsService } from './candidate-rights.service.js';
import { Candidate, CandidateNote, CandidateSkill } from './candidate.entities.js';
import { CandidateService } from './candidate.service.js';

/** The talent pool: candidates, their skills and notes, CSV import/export, merge and data rights. */
@Module({
  imports: [TypeOrmModule.forFeature([Candidate, CandidateSkill, CandidateNote])],
  providers: [CandidateService, CandidateCsvService, CandidateRightsService, CandidateMergeService],
  exports: [CandidateService, CandidateCsvService, CandidateRightsService, CandidateMergeService],
})
export class CandidateModule {}
