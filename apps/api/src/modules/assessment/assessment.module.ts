import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EngagementModule } from '../engagement/engagement.module.js';
import { FrameworkModule } from '../framework/framework.module.js';
import { Assessment, AssessmentTarget, Invitation, InvitationToken, Response } from './assessment.entities.js';
import { AssessmentResolver } from './assessment.resolver.js';
import { AssessmentService } from './assessment.service.js';
import { InvitationResolver } from './invitation.resolver.js';
import { InvitationService } from './invitation.service.js';
import { RespondRateLimiter } from './respond-rate-limiter.js';
import { RespondResolver } from './respond.resolver.js';
import { RespondService } from './respond.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Assessment, AssessmentTarget, Invitation, InvitationToken, Response]), EngagementModule, FrameworkModule],
  providers: [AssessmentService, AssessmentResolver, InvitationService, InvitationResolver, RespondRateLimiter, RespondService, RespondResolver],
  exports: [AssessmentService, InvitationService],
})
export class AssessmentModule {}
