import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module.js';
import { CapabilityScoreReadResolver, CapabilityScoreResolver } from './scoring.resolver.js';
import { ScoringModule } from './scoring.module.js';

/** Capability score resolvers (the API process only). */
@Module({
  imports: [ScoringModule, FrameworkModule],
  providers: [CapabilityScoreReadResolver, CapabilityScoreResolver],
})
export class ScoringApiModule {}
