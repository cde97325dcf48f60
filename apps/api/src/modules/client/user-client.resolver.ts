import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import { UserType } from '../../core/identity/user/dto/user.type.js';
import type { User } from '../../core/identity/user/user.entity.js';
import { ClientService } from './client.service.js';
import { ClientType } from './dto/client.type.js';

/** A CLIENT user's client, on the User type: identity (core) knows no client module, so the client module adds the field. */
@Resolver(() => UserType)
export class UserClientResolver {
  constructor(private readonly clients: ClientService) {}

  @ResolveField('client', () => ClientType, { nullable: true })
  client(user: User, _args: unknown, { loaders }: GqlContext) {
    return user.clientId ? this.clients.load(loaders, user.clientId) : null;
  }
}
