import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { Logger } from 'pino';
import type { AppConfig } from './core/config/config.js';
import { AuditApiModule } from './core/audit/audit-api.module.js';
import { CoreModule } from './core/core.module.js';
import { AppExceptionFilter } from './core/errors/exception.filter.js';
import { GraphQLModule } from './core/graphql/graphql.module.js';
import { HealthController } from './core/health/health.controller.js';
import { IdentityApiModule } from './core/identity/identity-api.module.js';
import { AssessmentApiModule } from './modules/assessment/assessment-api.module.js';
import { CandidateApiModule } from './modules/candidate/candidate-api.module.js';
import { ClientApiModule } from './modules/client/client-api.module.js';
import { ContactApiModule } from './modules/contact/contact-api.module.js';
import { DecisionApiModule } from './modules/decision/decision-api.module.js';
import { EngagementApiModule } from './modules/engagement/engagement-api.module.js';
import { FrameworkApiModule } from './modules/framework/framework-api.module.js';
import { GapApiModule } from './modules/gap/gap-api.module.js';
import { InboxApiModule } from './modules/inbox/inbox-api.module.js';
import { MatchingApiModule } from './modules/matching/matching-api.module.js';
import { ReassessmentApiModule } from './modules/reassessment/reassessment-api.module.js';
import { StaffingApiModule } from './modules/staffing/staffing-api.module.js';
import { PortalApiModule } from './modules/portal/portal-api.module.js';
import { ReportApiModule } from './modules/report/report-api.module.js';
import { RoleApiModule } from './modules/role/role-api.module.js';
import { ScoringApiModule } from './modules/scoring/scoring-api.module.js';
import { SkillApiModule } from './modules/skill/skill-api.module.js';
import { WorkflowApiModule } from './modules/workflow/workflow-api.module.js';

/** Every domain's resolvers: only the HTTP process registers them. */
export const API_MODULES = [
  IdentityApiModule,
  AuditApiModule,
  ClientApiModule,
  ContactApiModule,
  EngagementApiModule,
  DecisionApiModule,
  FrameworkApiModule,
  AssessmentApiModule,
  ScoringApiModule,
  GapApiModule,
  ReportApiModule,
  RoleApiModule,
  WorkflowApiModule,
  InboxApiModule,
  SkillApiModule,
  CandidateApiModule,
  MatchingApiModule,
  ReassessmentApiModule,
  StaffingApiModule,
  PortalApiModule,
];

/** The HTTP process: GraphQL API and health routes. It produces background work, never consumes it. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config, logger), GraphQLModule, ...API_MODULES],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: AppExceptionFilter }],
    };
  }
}
