import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CapabilityScore } from './capability-score.entity.js';
import { ScoringService } from './scoring.service.js';

/** Capability scores (DESIGN §4): their one writer, and their reads. */
@Module({
  imports: [TypeOrmModule.forFeature([CapabilityScore])],
  providers: [ScoringService],
  exports: [ScoringService],
})
export class ScoringModule {}
