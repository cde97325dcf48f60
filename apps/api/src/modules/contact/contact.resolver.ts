import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import { FilterArg } from '../../core/graphql/list/filter-arg.js';
import { ListArgs, ListMetaArgs } from '../../core/graphql/list/list.args.js';
import { ListMetadata } from '../../core/graphql/list/list-metadata.type.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { ClientService } from '../client/client.service.js';
import { ClientType } from '../client/dto/client.type.js';
import type { Contact } from './contact.entity.js';
import { ContactService } from './contact.service.js';
import { ContactFilter, CreateContactArgs, UpdateContactArgs } from './dto/contact.args.js';
import { ContactType } from './dto/contact.type.js';

@Resolver(() => ContactType)
export class ContactResolver {
  constructor(
    private readonly contacts: ContactService,
    private readonly clients: ClientService,
  ) {}

  @Query(() => ContactType, { name: 'Contact' })
  @RequirePermission(Permission.CONTACT_READ)
  contact(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.contacts.findOne(user, id);
  }

  @Query(() => [ContactType], { name: 'allContacts' })
  @RequirePermission(Permission.CONTACT_READ)
  allContacts(
    @Args() args: ListArgs,
    @FilterArg(ContactFilter) filter: ContactFilter | null,
    @CurrentUser() user: AuthUser,
  ) {
    return this.contacts.list(user, args, filter);
  }

  @Query(() => ListMetadata, { name: '_allContactsMeta' })
  @RequirePermission(Permission.CONTACT_READ)
  async allContactsMeta(
    @Args() _paging: ListMetaArgs,
    @FilterArg(ContactFilter) filter: ContactFilter | null,
    @CurrentUser() user: AuthUser,
  ): Promise<ListMetadata> {
    return { count: await this.contacts.count(user, filter) };
  }

  @Mutation(() => ContactType)
  @RequirePermission(Permission.CONTACT_MANAGE)
  createContact(@Args() args: CreateContactArgs, @CurrentUser() user: AuthUser) {
    return this.contacts.create(user, args);
  }

  @Mutation(() => ContactType)
  @RequirePermission(Permission.CONTACT_MANAGE)
  updateContact(@Args() args: UpdateContactArgs, @CurrentUser() user: AuthUser) {
    return this.contacts.update(user, args);
  }

  @Mutation(() => ContactType)
  @RequirePermission(Permission.CONTACT_MANAGE)
  deleteContact(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.contacts.remove(user, id);
  }

  @ResolveField('client', () => ClientType)
  async client(@Parent() contact: Contact, @Context('loaders') loaders: RequestLoaders) {
    return this.clients.load(loaders, contact.clientId);
  }
}
