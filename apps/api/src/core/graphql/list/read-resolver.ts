import { Inject, type Type } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Permission } from '@orchestra/shared';
import type { ObjectLiteral } from 'typeorm';
import type { AuthUser } from '../../identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../identity/auth/decorators.js';
import { TenantScope } from '../../tenant/tenant-scope.js';
import { IdArgs } from '../id.args.js';
import { FilterArg } from './filter-arg.js';
import { ListArgs, ListMetaArgs } from './list.args.js';
import { ListMetadata } from './list-metadata.type.js';
import type { BaseFilter, ResourceRepository } from './resource-repository.js';

/** What a resource's reads need: one record, a page, and a count, each for the signed-in user. */
export interface ReadSource {
  findOne(user: AuthUser, id: string): Promise<unknown>;
  list(user: AuthUser, args: ListArgs, filter: BaseFilter | null): Promise<unknown[]>;
  count(user: AuthUser, filter: BaseFilter | null): Promise<number>;
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
    list: (user, args, filter) => repository.list(TenantScope.of(user), args, filter),
    count: (user, filter) => repository.count(TenantScope.of(user), filter),
  };
}

/**
 * The one way a resource gets its three read queries in the ra-data-graphql-simple grammar
 * (`X`, `allXs`, `_allXsMeta`): its resolver extends this base, adds its writes and field
 * resolvers, and keeps its own constructor (the read service is property-injected).
 */
export function ReadResolver<S>(o: ReadResolverOptions<S>) {
  const sourceOf = o.source ?? ((service: S) => service as unknown as ReadSource);

  @Resolver({ isAbstract: true })
  abstract class ResourceReadResolver {
    @Inject(o.service) readonly readService!: S;

    @Query(() => o.type, { name: o.name })
    @RequirePermission(o.permission)
    one(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
      return sourceOf(this.readService).findOne(user, id);
    }

    @Query(() => [o.type], { name: `all${o.plural}`, description: o.listDescription })
    @RequirePermission(o.permission)
    all(@Args() args: ListArgs, @FilterArg(o.filter) filter: BaseFilter | null, @CurrentUser() user: AuthUser) {
      return sourceOf(this.readService).list(user, args, filter);
    }

    @Query(() => ListMetadata, { name: `_all${o.plural}Meta` })
    @RequirePermission(o.permission)
    async meta(@Args() _paging: ListMetaArgs, @FilterArg(o.filter) filter: BaseFilter | null, @CurrentUser() user: AuthUser): Promise<ListMetadata> {
      return { count: await sourceOf(this.readService).count(user, filter) };
    }
  }
  return ResourceReadResolver;
}
