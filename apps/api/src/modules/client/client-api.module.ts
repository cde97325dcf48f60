import { Module } from '@nestjs/common';
import { ClientModule } from './client.module.js';
import { ClientResolver } from './client.resolver.js';
import { UserClientResolver } from './user-client.resolver.js';

/** Client resolvers (the API process only). */
@Module({
  imports: [ClientModule],
  providers: [ClientResolver, UserClientResolver],
})
export class ClientApiModule {}
