import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Skill } from './skill.entity.js';
import { SkillService } from './skill.service.js';

/** The skill taxonomy (categories and aliases), for both processes. */
@Module({
  imports: [TypeOrmModule.forFeature([Skill])],
  providers: [SkillService],
  exports: [SkillService],
})
export class SkillModule {}
