import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import type { Client } from '../client/client.entity.js';
import { ClientType } from '../client/dto/client.type.js';
import { EngagementService } from './engagement.service.js';

/** Engagement fields on Client, kept here so the client module does not depend on engagements. */
@Resolver(() => ClientType)
export class ClientEngagementsResolver {
  constructor(private readonly engagements: EngagementService) {}

  @ResolveField('engagementCount', () => Int, { description: 'Engagements of this client that the reader may see.' })
  engagementCount(client: Client, _args: unknown, { loaders }: GqlContext) {
    return this.engagements.countForClient(loaders, client.id);
  }
}
