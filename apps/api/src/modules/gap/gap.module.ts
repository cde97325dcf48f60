import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DecisionModule } from '../decision/decision.module.js';
import { FrameworkModule } from '../framework/framework.module.js';
import { CapabilityGap, CapabilityScore, Recommendation } from './gap.entities.js';
import {
  CapabilityGapReadResolver,
  CapabilityGapResolver,
  CapabilityScoreReadResolver,
  CapabilityScoreResolver,
  RecommendationReadResolver,
  RecommendationResolver,
  ReportResolver,
} from './gap.resolver.js';
import { GapService } from './gap.service.js';
import { RecommendationDecisionService } from './recommendation-decision.service.js';
import { ReportService } from './report.service.js';

/** Scores, gaps, recommendations and the report: reads, and the consultant's decisions. */
@Module({
  imports: [TypeOrmModule.forFeature([CapabilityScore, CapabilityGap, Recommendation]), FrameworkModule, DecisionModule],
  providers: [
    GapService,
    ReportService,
    RecommendationDecisionService,
    CapabilityScoreReadResolver,
    CapabilityGapReadResolver,
    RecommendationReadResolver,
    CapabilityScoreResolver,
    CapabilityGapResolver,
    RecommendationResolver,
    ReportResolver,
  ],
})
export class GapModule {}
