import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import { FilterArg } from '../../core/graphql/list/filter-arg.js';
import { ListArgs, ListMetaArgs } from '../../core/graphql/list/list.args.js';
import { ListMetadata } from '../../core/graphql/list/list-metadata.type.js';
import { ClientService } from './client.service.js';
import { ClientFilter, CreateClientArgs, UpdateClientArgs } from './dto/client.args.js';
import { ClientType } from './dto/client.type.js';

@Resolver(() => ClientType)
export class ClientResolver {
  constructor(private readonly clients: ClientService) {}

  @Query(() => ClientType, { name: 'Client' })
  @RequirePermission(Permission.CLIENT_READ)
  client(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.clients.findOne(user, id);
  }

  @Query(() => [ClientType], { name: 'allClients' })
  @RequirePermission(Permission.CLIENT_READ)
  allClients(
    @Args() args: ListArgs,
    @FilterArg(ClientFilter) filter: ClientFilter | null,
    @CurrentUser() user: AuthUser,
  ) {
    return this.clients.list(user, args, filter);
  }

  @Query(() => ListMetadata, { name: '_allClientsMeta' })
  @RequirePermission(Permission.CLIENT_READ)
  async allClientsMeta(
    @Args() _paging: ListMetaArgs,
    @FilterArg(ClientFilter) filter: ClientFilter | null,
    @CurrentUser() user: AuthUser,
  ): Promise<ListMetadata> {
    return { count: await this.clients.count(user, filter) };
  }

  @Mutation(() => ClientType)
  @RequirePermission(Permission.CLIENT_MANAGE)
  createClient(@Args() args: CreateClientArgs, @CurrentUser() user: AuthUser) {
    return this.clients.create(user, args);
  }

  @Mutation(() => ClientType)
  @RequirePermission(Permission.CLIENT_MANAGE)
  updateClient(@Args() args: UpdateClientArgs, @CurrentUser() user: AuthUser) {
    return this.clients.update(user, args);
  }

  @Mutation(() => ClientType)
  @RequirePermission(Permission.CLIENT_MANAGE)
  deleteClient(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.clients.remove(user, id);
  }
}
