import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module.js';
import { RoleModule } from '../role/role.module.js';
import { GapModule } from './gap.module.js';
import { CapabilityGapReadResolver, CapabilityGapResolver, RecommendationReadResolver, RecommendationResolver } from './gap.resolver.js';

/** Gap and recommendation resolvers (the API process only). */
@Module({
  imports: [GapModule, FrameworkModule, RoleModule],
  providers: [CapabilityGapReadResolver, RecommendationReadResolver, CapabilityGapResolver, RecommendationResolver],
})
export class GapApiModule {}
