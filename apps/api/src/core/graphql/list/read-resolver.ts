import { Inject, type Type } from '@nestjs/common';
import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Permission } from '@orchestra/shared';
import type { ObjectLiteral } from 'typeorm';
import type { AuthUser } from '../../identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../identity/auth/decorators.js';
import { TenantScope } from '../../tenant/tenant-scope.js';
import { IdArgs } from '../id.args.js';
import type { RequestLoaders } from '../request-loaders.js';
import { FilterArg } from './filter-arg.js';
import type { ListBatch } from './list-batch.js';
import { ListArgs, ListMetaArgs } from './list.args.js';
import { ListMetadata } from './list-metadata.type.js';
import { selectedFields, selectsRootField } from './selected-fields.js';
import type { BaseFilter, ResourceRepository } from './resource-repository.js';

/** What a resource's reads need: one record, a page, and a count, each for the signed-in user. */
export interface ReadSource {
  findOne(user: AuthUser, id: string): Promise<unknown>;
  /**
   * `fields`: the fields the query selects on each row (a source may read only the columns they need).
   * `batch`: given when the operation also asks the count, so a source may read both in one statement.
   */
  list(user: AuthUser, args: ListArgs, filter: BaseFilter | null, fields?: ReadonlySet<string>, batch?: ListBatch): Promise<unknown[]>;
  /** `batch`: given when the operation also asks a page of the list. */
  count(user: AuthUser, filter: BaseFilter | null, batch?: ListBatch): Promise<number>;
}

export interface ReadResolverOptions<S> {
  /** GraphQL type name, e.g. `Capability`: queries `Capability`, `allCapabilities`, `_allCapabilitiesMeta`. */
  name: string;
  /** The plural as ra-data-graphql-simple derives it (pluralize): `Capabilities`. */
  plural: string;
  type: Type<unknown>;
  filter: Type<BaseFilter>;
  permission: Permission;
  /** The service the reads go through (injected into the resolver as `readService`). */
  service: Type<S>;
  /** How to read through it; by default the service itself is the source. */
  source?: (service: S) => ReadSource;
  /** Shown on `allXs` in the schema. */
  listDescription?: string;
}

/** A ResourceRepository as a read source: the tenant scope comes from the signed-in user. */
export function repositorySource<E extends ObjectLiteral & { id: string }>(repository: ResourceRepository<E>): ReadSource {
  return {
    findOne: (user, id) => repository.findOne(TenantScope.of(user), id),
    list: (user, args, filter, fields, batch) => repository.list(TenantScope.of(user), args, filter, fields, batch),
    count: (user, filter, batch) => repository.count(TenantScope.of(user), filter, batch),
  };
}

/**
 * The one way a resource gets its three read queries in the ra-data-graphql-simple grammar
 * (`X`, `allXs`, `_allXsMeta`): its resolver extends this base, adds its writes and field
 * resolvers, and keeps its own constructor (the read service is property-injected).
 */
export function ReadResolver<S>(o: ReadResolverOptions<S>) {
  const sourceOf = o.source ?? ((service: S) => service as unknown as ReadSource);
  const listName = `all${o.plural}`;
  const metaName = `_all${o.plural}Meta`;

  @Resolver({ isAbstract: true })
  abstract class ResourceReadResolver {
    @Inject(o.service) readonly readService!: S;

    @Query(() => o.type, { name: o.name })
    @RequirePermission(o.permission)
    one(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
      return sourceOf(this.readService).findOne(user, id);
    }

    @Query(() => [o.type], { name: listName, description: o.listDescription })
    @RequirePermission(o.permission)
    all(
      @Args() args: ListArgs,
      @FilterArg(o.filter) filter: BaseFilter | null,
      @CurrentUser() user: AuthUser,
      @Info() info: GraphQLResolveInfo,
      @Context('loaders') loaders: RequestLoaders,
    ) {
      const batch = selectsRootField(info, metaName) ? loaders.lists : undefined;
      return sourceOf(this.readService).list(user, args, filter, selectedFields(info), batch);
    }

    @Query(() => ListMetadata, { name: metaName })
    @RequirePermission(o.permission)
    async meta(
      @Args() _paging: ListMetaArgs,
      @FilterArg(o.filter) filter: BaseFilter | null,
      @CurrentUser() user: AuthUser,
      @Info() info: GraphQLResolveInfo,
      @Context('loaders') loaders: RequestLoaders,
    ): Promise<ListMetadata> {
      const batch = selectsRootField(info, listName) ? loaders.lists : undefined;
      return { count: await sourceOf(this.readService).count(user, filter, batch) };
    }
  }
  return ResourceReadResolver;
}
