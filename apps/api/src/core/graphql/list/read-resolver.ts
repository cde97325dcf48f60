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

export interface ReadResolverOptions<S, E extends ObjectLiteral & { id: string }> {
  /** GraphQL type name, e.g. `Capability`: queries `Capability`, `allCapabilities`, `_allCapabilitiesMeta`. */
  name: string;
  /** The plural as ra-data-graphql-simple derives it (pluralize): `Capabilities`. */
  plural: string;
  type: Type<unknown>;
  filter: Type<BaseFilter>;
  permission: Permission;
  service: Type<S>;
  resources: (service: S) => ResourceRepository<E>;
}

/**
 * The three read queries of a resource in the ra-data-graphql-simple grammar, for resources that
 * need nothing more than the generic list plumbing (their writes live in their own resolvers).
 */
export function ReadResolver<S, E extends ObjectLiteral & { id: string }>(o: ReadResolverOptions<S, E>): Type<unknown> {
  @Resolver(() => o.type)
  class GeneratedReadResolver {
    constructor(@Inject(o.service) readonly service: S) {}

    @Query(() => o.type, { name: o.name })
    @RequirePermission(o.permission)
    one(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
      return o.resources(this.service).findOne(TenantScope.of(user), id);
    }

    @Query(() => [o.type], { name: `all${o.plural}` })
    @RequirePermission(o.permission)
    all(@Args() args: ListArgs, @FilterArg(o.filter) filter: BaseFilter | null, @CurrentUser() user: AuthUser) {
      return o.resources(this.service).list(TenantScope.of(user), args, filter);
    }

    @Query(() => ListMetadata, { name: `_all${o.plural}Meta` })
    @RequirePermission(o.permission)
    async meta(@Args() _paging: ListMetaArgs, @FilterArg(o.filter) filter: BaseFilter | null, @CurrentUser() user: AuthUser): Promise<ListMetadata> {
      return { count: await o.resources(this.service).count(TenantScope.of(user), filter) };
    }
  }
  Object.defineProperty(GeneratedReadResolver, 'name', { value: `${o.name}ReadResolver` });
  return GeneratedReadResolver;
}
