import DataLoader from 'dataloader';
import type { ObjectLiteral } from 'typeorm';
import { AppError } from '../errors/app-error.js';
import type { AuthUser } from '../identity/auth/auth-user.js';
import { TenantScope } from '../tenant/tenant-scope.js';
import { ListBatch } from './list/list-batch.js';
import type { ResourceRepository } from './list/resource-repository.js';

/**
 * Per-request DataLoaders, created in the GraphQL context factory: nested fields of a list cost one
 * query per relation, whatever the page size. Loads are scoped to the signed-in user's tenant.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  /** A page and the count of the same list, asked in one operation, read together. */
  readonly lists = new ListBatch();

  constructor(private readonly req: { user?: AuthUser }) {}

  byId<E extends ObjectLiteral & { id: string }>(resource: ResourceRepository<E>): DataLoader<string, E | null> {
    return this.custom<string, E | null>(`byId:${resource.spec.typeName}`, (ids, scope) => resource.findByIds(scope, ids));
  }

  /** A loader of any other shape (grouped children, counts), made once per request under `key`. */
  custom<K, V>(key: string, batch: (keys: readonly K[], scope: TenantScope) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(keys, this.scope()));
      this.loaders.set(key, loader as unknown as DataLoader<string, unknown>);
    }
    return loader;
  }

  private scope(): TenantScope {
    if (!this.req.user) throw AppError.unauthenticated();
    return TenantScope.of(this.req.user);
  }
}

/** A batch of child rows split by parent, in the order of `keys` (what a grouped DataLoader returns). */
export function groupedBy<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** What every resolver finds in the GraphQL context. */
export interface GqlContext {
  req: import('fastify').FastifyRequest & { user?: AuthUser };
  reply: import('fastify').FastifyReply;
  loaders: RequestLoaders;
}
