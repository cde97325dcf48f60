import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Raw, Repository, type EntityManager } from 'typeorm';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
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

  /** The taxonomy's skills for these names (any case), in the order given; unknown names are left out. */
  async byNames(m: EntityManager, names: readonly string[]): Promise<Skill[]> {
    const rows = await m.find(Skill, { where: { name: Raw((column) => `lower(${column}) = ANY(:names)`, { names: names.map((n) => n.toLowerCase()) }) } });
    const byName = new Map(rows.map((r) => [r.name.toLowerCase(), r]));
    return names.flatMap((n) => byName.get(n.toLowerCase()) ?? []);
  }
}
