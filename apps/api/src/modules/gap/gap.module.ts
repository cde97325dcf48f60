import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DecisionModule } from '../decision/decision.module.js';
import { RoleModule } from '../role/role.module.js';
import { SkillModule } from '../skill/skill.module.js';
import { CapabilityGap, Recommendation } from './gap.entities.js';
import { GapService } from './gap.service.js';
import { RecommendationDecisionService } from './recommendation-decision.service.js';

/** Gaps and their ranked options (written by the finalise flow), and the consultant's decisions on them. */
@Module({
  imports: [TypeOrmModule.forFeature([CapabilityGap, Recommendation]), DecisionModule, RoleModule, SkillModule],
  providers: [GapService, RecommendationDecisionService],
  exports: [GapService, RecommendationDecisionService],
})
export class GapModule {}
