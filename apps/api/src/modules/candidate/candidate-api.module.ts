import { Module } from '@nestjs/common';
import { IdentityModule } from '../../core/identity/identity.module.js';
import { SkillModule } from '../skill/skill.module.js';
import { CandidateModule } from './candidate.module.js';
import { CandidateNoteResolver, CandidateResolver, CandidateSkillResolver } from './candidate.resolver.js';

/** Candidate resolvers (the API process only). */
@Module({
  imports: [CandidateModule, SkillModule, IdentityModule],
  providers: [CandidateResolver, CandidateSkillResolver, CandidateNoteResolver],
})
export class CandidateApiModule {}
