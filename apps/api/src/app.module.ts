import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuthModule } from './core/auth/auth.module.js';
import type { Logger } from 'pino';
import type { AppConfig } from './core/config/config.js';
import { CoreModule } from './core/core.module.js';
import { AppExceptionFilter } from './core/errors/exception.filter.js';
import { GraphQLModule } from './core/graphql/graphql.module.js';
import { HealthController } from './core/health/health.controller.js';
import { AssessmentModule } from './modules/assessment/assessment.module.js';
import { ClientModule } from './modules/client/client.module.js';
import { ContactModule } from './modules/contact/contact.module.js';
import { DecisionModule } from './modules/decision/decision.module.js';
import { EngagementModule } from './modules/engagement/engagement.module.js';
import { FrameworkModule } from './modules/framework/framework.module.js';
import { GapModule } from './modules/gap/gap.module.js';
import { InboxModule } from './modules/inbox/inbox.module.js';
import { CandidateModule } from './modules/candidate/candidate.module.js';
import { MatchingModule } from './modules/matching/matching.module.js';
import { RoleModule } from './modules/role/role.module.js';
import { SkillModule } from './modules/skill/skill.module.js';
import { WorkflowModule } from './modules/workflow/workflow.module.js';
import { UserModule } from './modules/user/user.module.js';

/** The HTTP process: GraphQL API and health routes. It produces background work, never consumes it. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config, logger), GraphQLModule, AuthModule, UserModule, ClientModule, ContactModule, EngagementModule, DecisionModule, FrameworkModule, AssessmentModule, GapModule, RoleModule, WorkflowModule, InboxModule, SkillModule, CandidateModule, MatchingModule],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: AppExceptionFilter }],
    };
  }
}
