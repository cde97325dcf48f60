import { Module } from '@nestjs/common';
import { PortalModule } from './portal.module.js';
import { PortalResolver } from './portal.resolver.js';

/** The client dashboard's resolver (the API process only). */
@Module({
  imports: [PortalModule],
  providers: [PortalResolver],
})
export class PortalApiModule {}
