import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../core/config/config.js';
import { CoreModule } from '../core/core.module.js';
import { IdentityModule } from '../core/identity/identity.module.js';
import { createLogger } from '../core/logging/logger.js';
import { AssessmentModule } from '../modules/assessment/assessment.module.js';
import { CandidateModule } from '../modules/candidate/candidate.module.js';
import { ContactModule } from '../modules/contact/contact.module.js';
import { DecisionModule } from '../modules/decision/decision.module.js';
import { MatchingModule } from '../modules/matching/matching.module.js';
import { SkillModule } from '../modules/skill/skill.module.js';

/**
 * What seeding needs: the plumbing and the modules whose records the demo writes (their entities
 * register through them; plumbing lists none).
 */
@Module({})
export class SeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: SeedModule,
      imports: [CoreModule.forRoot(config, createLogger(config, 'seed')), IdentityModule, ContactModule, DecisionModule, AssessmentModule, SkillModule, CandidateModule, MatchingModule],
    };
  }
}
