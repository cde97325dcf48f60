import { Module } from '@nestjs/common';
import { IdentityModule } from '../../core/identity/identity.module.js';
import { CandidateModule } from '../candidate/candidate.module.js';
import { RoleModule } from '../role/role.module.js';
import { MatchingModule } from './matching.module.js';
import { RoleShortlistFeedbackResolver, ShortlistProfileResolver } from './shortlist.resolver.js';
import { CandidatePlacementsResolver, MatchingResolver, MatchResolver, MatchStageChangeResolver, PlacementResolver } from './matching.resolver.js';

/** Matching resolvers (the API process only). */
@Module({
  imports: [MatchingModule, CandidateModule, RoleModule, IdentityModule],
  providers: [MatchingResolver, MatchResolver, MatchStageChangeResolver, PlacementResolver, CandidatePlacementsResolver, ShortlistProfileResolver, RoleShortlistFeedbackResolver],
})
export class MatchingApiModule {}
