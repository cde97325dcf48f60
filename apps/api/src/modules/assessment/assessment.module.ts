import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../../core/identity/identity.module.js';
import { EngagementModule } from '../engagement/engagement.module.js';
import { InboxModule } from '../inbox/inbox.module.js';
import { FrameworkModule } from '../framework/framework.module.js';
import { Assessment, AssessmentTarget, Invitation, InvitationToken, Response } from './assessment.entities.js';
import { AssessmentService } from './assessment.service.js';
import { InvitationService } from './invitation.service.js';
import { RespondRateLimiter } from './respond-rate-limiter.js';
import { RespondService } from './respond.service.js';

/** Assessments, their invitations, and the respondents' answers by link. */
@Module({
  imports: [TypeOrmModule.forFeature([Assessment, AssessmentTarget, Invitation, InvitationToken, Response]), EngagementModule, FrameworkModule, IdentityModule, InboxModule],
  providers: [AssessmentService, InvitationService, RespondRateLimiter, RespondService],
  exports: [AssessmentService, InvitationService, RespondService],
})
export class AssessmentModule {}
