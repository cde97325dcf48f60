import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { Permission } from '@orchestra/shared';
import { Repository } from 'typeorm';
import { ReadResolver } from '../../core/graphql/list/read-resolver.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { SkillFilter, SkillType } from './dto/skill.types.js';
import { Skill } from './skill.entity.js';

/** The skill taxonomy, read by staff (the talent issue adds editing and candidates' skills). */
@Injectable()
export class SkillService {
  readonly skills: ResourceRepository<Skill>;

  constructor(@InjectRepository(Skill) repo: Repository<Skill>) {
    this.skills = new ResourceRepository(repo, {
      typeName: 'Skill',
      alias: 'skill',
      sortable: { id: 'id', name: 'name', category: 'category' },
      defaultSort: { field: 'name', order: 'ASC' },
      search: '"skill"."name"',
      searchAliases: '"skill"."aliases"',
      equals: { category: 'category' },
      tenantProperty: null,
    });
  }
}

export const SkillReadResolver = ReadResolver({ name: 'Skill', plural: 'Skills', type: SkillType, filter: SkillFilter, permission: Permission.SKILL_READ, service: SkillService, resources: (s) => s.skills });

@Module({
  imports: [TypeOrmModule.forFeature([Skill])],
  providers: [SkillService, SkillReadResolver],
  exports: [SkillService],
})
export class SkillModule {}
