import { ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import { ReadResolver, repositorySource } from '../../core/graphql/list/read-resolver.js';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import { CapabilityType } from '../framework/dto/framework.type.js';
import { FrameworkService } from '../framework/framework.service.js';
import type { CapabilityScore } from './capability-score.entity.js';
import { CapabilityScoreFilter } from './dto/capability-score-filter.input.js';
import { CapabilityScoreType } from './dto/capability-score.type.js';
import { ScoringService } from './scoring.service.js';

@Resolver(() => CapabilityScoreType)
export class CapabilityScoreReadResolver extends ReadResolver({
  name: 'CapabilityScore',
  plural: 'CapabilityScores',
  type: CapabilityScoreType,
  filter: CapabilityScoreFilter,
  permission: Permission.ASSESSMENT_READ,
  service: ScoringService,
  source: (s) => repositorySource(s.scores),
}) {}

@Resolver(() => CapabilityScoreType)
export class CapabilityScoreResolver {
  constructor(private readonly frameworks: FrameworkService) {}

  @ResolveField('capability', () => CapabilityType)
  capability(s: CapabilityScore, _args: unknown, { loaders }: GqlContext) {
    return this.frameworks.loadCapability(loaders, s.capabilityId);
  }
}
