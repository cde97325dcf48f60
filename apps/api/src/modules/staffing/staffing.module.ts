import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DecisionModule } from '../decision/decision.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { RoleModule } from '../role/role.module.js';
import { SpecialistTeamService } from './specialist-team.service.js';
import { StaffingPlan } from './staffing-plan.entity.js';
import { StaffingPlanService } from './staffing-plan.service.js';

/** Staffing plans and specialist teams: many roles or many skills, one pool, solved. */
@Module({
  imports: [TypeOrmModule.forFeature([StaffingPlan]), MatchingModule, DecisionModule, RoleModule],
  providers: [StaffingPlanService, SpecialistTeamService],
  exports: [StaffingPlanService, SpecialistTeamService],
})
export class StaffingModule {}
