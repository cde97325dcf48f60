import { Module } from '@nestjs/common';
import { InboxModule } from './inbox.module.js';
import { InboxResolver } from './inbox.resolver.js';

/** The inbox resolver (the API process only). */
@Module({
  imports: [InboxModule],
  providers: [InboxResolver],
})
export class InboxApiModule {}
