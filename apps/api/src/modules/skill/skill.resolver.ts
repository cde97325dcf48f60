import { Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import { ReadResolver, repositorySource } from '../../core/graphql/list/read-resolver.js';
import { SkillFilter } from './dto/skill-filter.input.js';
import { SkillType } from './dto/skill.type.js';
import { SkillService } from './skill.service.js';

@Resolver(() => SkillType)
export class SkillReadResolver extends ReadResolver({ name: 'Skill', plural: 'Skills', type: SkillType, filter: SkillFilter, permission: Permission.SKILL_READ, service: SkillService, source: (s) => repositorySource(s.skills) }) {}
