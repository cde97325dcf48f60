import { Module } from '@nestjs/common';
import { IdentityModule } from '../../core/identity/identity.module.js';
import { CandidateModule } from './candidate.module.js';
import { CandidateNoteResolver, CandidateResolver } from './candidate.resolver.js';

/** Candidate resolvers (the API process only). */
@Module({
  imports: [CandidateModule, IdentityModule],
  providers: [CandidateResolver, CandidateNoteResolver],
})
export class CandidateApiModule {}
