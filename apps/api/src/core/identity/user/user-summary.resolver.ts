import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/decorators.js';
import { IdArgs } from '../../graphql/id.args.js';
import { FilterArg } from '../../graphql/list/filter-arg.js';
import { ListArgs, ListMetaArgs } from '../../graphql/list/list.args.js';
import { ListMetadata } from '../../graphql/list/list-metadata.type.js';
import { UserFilter } from './dto/user.args.js';
import { UserSummaryType } from './dto/user-summary.type.js';
import { UserDirectoryService } from './user-directory.service.js';

@Resolver(() => UserSummaryType)
export class UserSummaryResolver {
  constructor(private readonly directory: UserDirectoryService) {}

  @Query(() => UserSummaryType, { name: 'UserSummary' })
  @RequirePermission(Permission.DIRECTORY_READ)
  userSummary(@Args() { id }: IdArgs, @CurrentUser() actor: AuthUser) {
    return this.directory.findOne(actor, id);
  }

  @Query(() => [UserSummaryType], { name: 'allUserSummaries', description: 'E.g. filter { role: CONSULTANT, active: true } for owners.' })
  @RequirePermission(Permission.DIRECTORY_READ)
  allUserSummaries(@Args() args: ListArgs, @FilterArg(UserFilter) filter: UserFilter | null, @CurrentUser() actor: AuthUser) {
    return this.directory.list(actor, args, filter);
  }

  @Query(() => ListMetadata, { name: '_allUserSummariesMeta' })
  @RequirePermission(Permission.DIRECTORY_READ)
  async allUserSummariesMeta(
    @Args() _paging: ListMetaArgs,
    @FilterArg(UserFilter) filter: UserFilter | null,
    @CurrentUser() actor: AuthUser,
  ): Promise<ListMetadata> {
    return { count: await this.directory.count(actor, filter) };
  }
}
