import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/decorators.js';
import { IdArgs } from '../../graphql/id.args.js';
import { FilterArg } from '../../graphql/list/filter-arg.js';
import { ListArgs, ListMetaArgs } from '../../graphql/list/list.args.js';
import { ListMetadata } from '../../graphql/list/list-metadata.type.js';
import { CreateUserArgs, UpdateUserArgs, UserFilter } from './dto/user.args.js';
import { UserType } from './dto/user.type.js';
import { UserService } from './user.service.js';

@Resolver(() => UserType)
export class UserResolver {
  constructor(
    private readonly users: UserService,
  ) {}

  @Query(() => UserType, { name: 'User' })
  @RequirePermission(Permission.USER_READ)
  user(@Args() { id }: IdArgs, @CurrentUser() actor: AuthUser) {
    return this.users.findOne(actor, id);
  }

  @Query(() => [UserType], { name: 'allUsers' })
  @RequirePermission(Permission.USER_READ)
  allUsers(
    @Args() args: ListArgs,
    @FilterArg(UserFilter) filter: UserFilter | null,
    @CurrentUser() actor: AuthUser,
  ) {
    return this.users.list(actor, args, filter);
  }

  @Query(() => ListMetadata, { name: '_allUsersMeta' })
  @RequirePermission(Permission.USER_READ)
  async allUsersMeta(
    @Args() _paging: ListMetaArgs,
    @FilterArg(UserFilter) filter: UserFilter | null,
    @CurrentUser() actor: AuthUser,
  ): Promise<ListMetadata> {
    return { count: await this.users.count(actor, filter) };
  }

  @Mutation(() => UserType, { description: 'Creates a user and e-mails them a link to set their password.' })
  @RequirePermission(Permission.USER_MANAGE)
  createUser(@Args() args: CreateUserArgs, @CurrentUser() actor: AuthUser) {
    return this.users.create(actor, args);
  }

  @Mutation(() => UserType)
  @RequirePermission(Permission.USER_MANAGE)
  updateUser(@Args() args: UpdateUserArgs, @CurrentUser() actor: AuthUser) {
    return this.users.update(actor, args);
  }

  @Mutation(() => UserType)
  @RequirePermission(Permission.USER_MANAGE)
  deleteUser(@Args() { id }: IdArgs, @CurrentUser() actor: AuthUser) {
    return this.users.remove(actor, id);
  }
}
