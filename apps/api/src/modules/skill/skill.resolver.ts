import { Permission } from '@orchestra/shared';
import { ReadResolver } from '../../core/graphql/list/read-resolver.js';
import { SkillFilter } from './dto/skill-filter.input.js';
import { SkillType } from './dto/skill.type.js';
import { SkillService } from './skill.service.js';

export const SkillReadResolver = ReadResolver({ name: 'Skill', plural: 'Skills', type: SkillType, filter: SkillFilter, permission: Permission.SKILL_READ, service: SkillService, resources: (s) => s.skills });
