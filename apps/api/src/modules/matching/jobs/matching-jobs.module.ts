import { Module } from '@nestjs/common';
import { StaffingModule } from '../../staffing/staffing.module.js';
import { MatchingModule } from '../matching.module.js';
import { MatchingProcessor } from './matching.processor.js';

/** The `matching` queue's processor (the worker process only). */
@Module({
  imports: [MatchingModule, StaffingModule],
  providers: [MatchingProcessor],
})
export class MatchingJobsModule {}
