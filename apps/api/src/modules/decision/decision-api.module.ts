import { Module } from '@nestjs/common';
import { IdentityModule } from '../../core/identity/identity.module.js';
import { DecisionRecordResolver } from './decision-record.resolver.js';
import { DecisionModule } from './decision.module.js';

/** Decision-log resolvers (the API process only). */
@Module({
  imports: [DecisionModule, IdentityModule],
  providers: [DecisionRecordResolver],
})
export class DecisionApiModule {}
