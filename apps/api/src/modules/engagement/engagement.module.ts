import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../../core/identity/identity.module.js';
import { ClientModule } from '../client/client.module.js';
import { EngagementStageChange } from './engagement-stage-change.entity.js';
import { Engagement } from './engagement.entity.js';
import { EngagementService } from './engagement.service.js';

/** Engagements and their stage timeline. */
@Module({
  imports: [TypeOrmModule.forFeature([Engagement, EngagementStageChange]), ClientModule, IdentityModule],
  providers: [EngagementService],
  exports: [EngagementService],
})
export class EngagementModule {}
