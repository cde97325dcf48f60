import { Module } from '@nestjs/common';
import { SpecialistTeamResolver } from './specialist-team.resolver.js';
import { StaffingPlanResolver } from './staffing-plan.resolver.js';
import { StaffingModule } from './staffing.module.js';

/** Staffing resolvers (the API process only). */
@Module({ imports: [StaffingModule], providers: [StaffingPlanResolver, SpecialistTeamResolver] })
export class StaffingApiModule {}
