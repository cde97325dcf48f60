import { Module } from '@nestjs/common';
import { ClientModule } from '../client/client.module.js';
import { EngagementModule } from '../engagement/engagement.module.js';
import { RoleModule } from './role.module.js';
import { RoleResolver } from './role.resolver.js';

/** Role resolvers (the API process only). */
@Module({
  imports: [RoleModule, ClientModule, EngagementModule],
  providers: [RoleResolver],
})
export class RoleApiModule {}
