import { Module } from '@nestjs/common';
import { StaffingPlanResolver } from './staffing-plan.resolver.js';
import { StaffingModule } from './staffing.module.js';

/** Staffing resolvers (the API process only). */
@Module({ imports: [StaffingModule], providers: [StaffingPlanResolver] })
export class StaffingApiModule {}
