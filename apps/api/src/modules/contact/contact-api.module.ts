import { Module } from '@nestjs/common';
import { ClientModule } from '../client/client.module.js';
import { ContactModule } from './contact.module.js';
import { ContactResolver } from './contact.resolver.js';

/** Contact resolvers (the API process only). */
@Module({
  imports: [ContactModule, ClientModule],
  providers: [ContactResolver],
})
export class ContactApiModule {}
