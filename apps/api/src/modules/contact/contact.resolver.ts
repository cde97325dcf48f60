import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import { ClientService } from '../client/client.service.js';
import { ClientType } from '../client/dto/client.type.js';
import type { Contact } from './contact.entity.js';
import { ContactService } from './contact.service.js';
import { ContactFilter, CreateContactArgs, UpdateContactArgs } from './dto/contact.args.js';
import { ContactType } from './dto/contact.type.js';
import { ReadResolver } from '../../core/graphql/list/read-resolver.js';

@Resolver(() => ContactType)
export class ContactResolver extends ReadResolver({ name: 'Contact', plural: 'Contacts', type: ContactType, filter: ContactFilter, permission: Permission.CONTACT_READ, service: ContactService }) {
  constructor(private readonly clients: ClientService) {
    super();
  }

  @Mutation(() => ContactType)
  @RequirePermission(Permission.CONTACT_MANAGE)
  createContact(@Args() args: CreateContactArgs, @CurrentUser() user: AuthUser) {
    return this.readService.create(user, args);
  }

  @Mutation(() => ContactType)
  @RequirePermission(Permission.CONTACT_MANAGE)
  updateContact(@Args() args: UpdateContactArgs, @CurrentUser() user: AuthUser) {
    return this.readService.update(user, args);
  }

  @Mutation(() => ContactType)
  @RequirePermission(Permission.CONTACT_MANAGE)
  deleteContact(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.readService.remove(user, id);
  }

  @ResolveField('client', () => ClientType)
  async client(contact: Contact, _args: unknown, { loaders }: GqlContext) {
    return this.clients.load(loaders, contact.clientId);
  }
}
