import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import { FilterArg } from '../../core/graphql/list/filter-arg.js';
import { ListArgs, ListMetaArgs } from '../../core/graphql/list/list.args.js';
import { ListMetadata } from '../../core/graphql/list/list-metadata.type.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { ClientService } from '../client/client.service.js';
import { ClientType } from '../client/dto/client.type.js';
import { CreateUserArgs, UpdateUserArgs, UserFilter } from './dto/user-args.js';
import { UserType } from './dto/user.type.js';
import type { User } from './user.entity.js';
import { UserService } from './user.service.js';

@Resolver(() => UserType)
export class UserResolver {
  constructor(
    private readonly users: UserService,
    private readonly clients: ClientService,
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

  @ResolveField('client', () => ClientType, { nullable: true })
  client(@Parent() user: User, @Context('loaders') loaders: RequestLoaders) {
    return user.clientId ? this.clients.load(loaders, user.clientId) : null;
  }
}
