import { Module } from '@nestjs/common';
import { IdentityModule } from '../../core/identity/identity.module.js';
import { ClientModule } from '../client/client.module.js';
import { ClientEngagementsResolver } from './client-engagements.resolver.js';
import { EngagementModule } from './engagement.module.js';
import { EngagementResolver } from './engagement.resolver.js';

/** Engagement resolvers (the API process only). */
@Module({
  imports: [EngagementModule, ClientModule, IdentityModule],
  providers: [EngagementResolver, ClientEngagementsResolver],
})
export class EngagementApiModule {}
