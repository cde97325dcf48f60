import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import { UserSummaryType } from '../../core/identity/user/dto/user-summary.type.js';
import { UserDirectoryService } from '../../core/identity/user/user-directory.service.js';
import type { DecisionRecord } from './decision-record.entity.js';
import { DecisionRecordService } from './decision-record.service.js';
import { CreateDecisionRecordArgs, DecisionRecordFilter, UpdateDecisionRecordArgs } from './dto/decision-record.args.js';
import { DecisionRecordType } from './dto/decision-record.type.js';
import { ReadResolver } from '../../core/graphql/list/read-resolver.js';

@Resolver(() => DecisionRecordType)
export class DecisionRecordResolver extends ReadResolver({ name: 'DecisionRecord', plural: 'DecisionRecords', type: DecisionRecordType, filter: DecisionRecordFilter, permission: Permission.DECISION_READ, service: DecisionRecordService }) {
  constructor(private readonly directory: UserDirectoryService) {
    super();
  }

  @Mutation(() => DecisionRecordType, { description: 'Logs a decision; a revisit date schedules a reminder to the engagement owner.' })
  @RequirePermission(Permission.DECISION_MANAGE)
  createDecisionRecord(@Args() args: CreateDecisionRecordArgs, @CurrentUser() user: AuthUser) {
    return this.readService.create(user, args);
  }

  @Mutation(() => DecisionRecordType, { description: 'A changed revisit date reschedules (or cancels) the reminder.' })
  @RequirePermission(Permission.DECISION_MANAGE)
  updateDecisionRecord(@Args() args: UpdateDecisionRecordArgs, @CurrentUser() user: AuthUser) {
    return this.readService.update(user, args);
  }

  @Mutation(() => DecisionRecordType)
  @RequirePermission(Permission.DECISION_MANAGE)
  deleteDecisionRecord(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.readService.remove(user, id);
  }

  @ResolveField('decidedBy', () => UserSummaryType, { nullable: true, description: 'Null once that user is deleted.' })
  decidedBy(record: DecisionRecord, _args: unknown, { loaders }: GqlContext) {
    return record.decidedById ? this.directory.loadAny(loaders, record.decidedById) : null;
  }
}
