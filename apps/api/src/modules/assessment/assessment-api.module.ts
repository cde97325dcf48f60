import { Module } from '@nestjs/common';
import { EngagementModule } from '../engagement/engagement.module.js';
import { FrameworkModule } from '../framework/framework.module.js';
import { AssessmentModule } from './assessment.module.js';
import { AssessmentResolver } from './assessment.resolver.js';
import { InvitationResolver } from './invitation.resolver.js';
import { RespondResolver } from './respond.resolver.js';

/** Assessment, invitation and respondent resolvers (the API process only). */
@Module({
  imports: [AssessmentModule, EngagementModule, FrameworkModule],
  providers: [AssessmentResolver, InvitationResolver, RespondResolver],
})
export class AssessmentApiModule {}
