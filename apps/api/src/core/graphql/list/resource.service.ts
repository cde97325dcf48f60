import type { ObjectLiteral } from 'typeorm';
import type { AuthUser } from '../../identity/auth/auth-user.js';
import { TenantScope } from '../../tenant/tenant-scope.js';
import type { ListBatch } from './list-batch.js';
import type { ListArgs } from './list.args.js';
import type { BaseFilter, ResourceRepository } from './resource-repository.js';

/**
 * The reads every resource service offers its resolver (`X`, `allXs`, `_allXsMeta`), always within
 * the signed-in user's tenant scope. Services add their writes and rules.
 */
export abstract class ResourceService<E extends ObjectLiteral & { id: string }, F extends BaseFilter = BaseFilter> {
  abstract readonly resources: ResourceRepository<E>;

  findOne(actor: AuthUser, id: string): Promise<E> {
    return this.resources.findOne(TenantScope.of(actor), id);
  }

  /** `fields`: the GraphQL selection, so only the columns it needs are read; `batch`: the count may come with the page. */
  list(actor: AuthUser, args: ListArgs, filter?: F | null, fields?: ReadonlySet<string>, batch?: ListBatch): Promise<E[]> {
    return this.resources.list(TenantScope.of(actor), args, filter, fields, batch);
  }

  count(actor: AuthUser, filter?: F | null, batch?: ListBatch): Promise<number> {
    return this.resources.count(TenantScope.of(actor), filter, batch);
  }
}
