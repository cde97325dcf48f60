import { Module } from '@nestjs/common';
import { SkillReadResolver } from './skill.resolver.js';
import { SkillModule } from './skill.module.js';

/** Skill resolvers (the API process only). */
@Module({
  imports: [SkillModule],
  providers: [SkillReadResolver],
})
export class SkillApiModule {}
