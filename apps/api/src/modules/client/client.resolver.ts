import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import { ClientService } from './client.service.js';
import { ClientFilter, CreateClientArgs, UpdateClientArgs } from './dto/client.args.js';
import { ClientType } from './dto/client.type.js';
import { ReadResolver } from '../../core/graphql/list/read-resolver.js';

@Resolver(() => ClientType)
export class ClientResolver extends ReadResolver({ name: 'Client', plural: 'Clients', type: ClientType, filter: ClientFilter, permission: Permission.CLIENT_READ, service: ClientService }) {
  @Mutation(() => ClientType)
  @RequirePermission(Permission.CLIENT_MANAGE)
  createClient(@Args() args: CreateClientArgs, @CurrentUser() user: AuthUser) {
    return this.readService.create(user, args);
  }

  @Mutation(() => ClientType)
  @RequirePermission(Permission.CLIENT_MANAGE)
  updateClient(@Args() args: UpdateClientArgs, @CurrentUser() user: AuthUser) {
    return this.readService.update(user, args);
  }

  @Mutation(() => ClientType)
  @RequirePermission(Permission.CLIENT_MANAGE)
  deleteClient(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.readService.remove(user, id);
  }
}
