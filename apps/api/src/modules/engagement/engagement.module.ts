import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientModule } from '../client/client.module.js';
import { UserModule } from '../user/user.module.js';
import { EngagementStageChange } from './engagement-stage-change.entity.js';
import { Engagement } from './engagement.entity.js';
import { ClientEngagementsResolver } from './client-engagements.resolver.js';
import { EngagementStageChangeResolver } from './engagement-stage-change.resolver.js';
import { EngagementResolver } from './engagement.resolver.js';
import { EngagementService } from './engagement.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Engagement, EngagementStageChange]), ClientModule, UserModule],
  providers: [EngagementService, EngagementResolver, EngagementStageChangeResolver, ClientEngagementsResolver],
  exports: [EngagementService],
})
export class EngagementModule {}
