import { DEFAULT_PER_PAGE, MAX_PER_PAGE, RANGE_SUFFIXES, SortOrder } from '@orchestra/shared';
import { In, type EntityManager, type ObjectLiteral, type Repository, type SelectQueryBuilder } from 'typeorm';
import { AppError } from '../../errors/app-error.js';
import { TenantOwnedEntity } from '../../tenant/tenant-owned.entity.js';
import type { TenantScope } from '../../tenant/tenant-scope.js';
import type { ListArgs } from './list.args.js';

/** How one resource is listed, filtered, sorted and scoped. Columns are property names. */
export interface ResourceSpec {
  /** GraphQL type name, used in error messages. */
  typeName: string;
  /** Query alias. */
  alias: string;
  /** Sort field → property. Anything else is refused with the allowed list. */
  sortable: Readonly<Record<string, string>>;
  defaultSort: { field: string; order: SortOrder };
  /** SQL expression searched by `filter.q` (ILIKE, served by a trigram index). */
  search?: string;
  /** A text[] column of lower-case aliases: `q` equal to one of them also matches (GIN index). */
  searchAliases?: string;
  /** Or a tsvector column searched by `filter.q`: every word must match, as a prefix (GIN index). */
  fullText?: string;
  /** Filter key → property compared for equality (an array means IN). */
  equals?: Readonly<Record<string, string>>;
  /** Filter key → property that accepts `key_lt`, `key_lte`, `key_gt`, `key_gte`. */
  ranges?: Readonly<Record<string, string>>;
  /**
   * Property holding the owning client's id; null when the resource is not client-owned. Left
   * out, it is `clientId` for a TenantOwnedEntity and null otherwise, so new resources are scoped
   * by default.
   */
  tenantProperty?: string | null;
  /** Filters beyond equality and ranges (a skill at a level, a computed state). Parameters must be prefixed `x`. */
  where?: (qb: SelectQueryBuilder<ObjectLiteral>, filter: Readonly<Record<string, unknown>>) => void;
}

/** The filter shape every resource's `XFilter` input extends. */
export interface BaseFilter {
  ids?: string[] | null;
  q?: string | null;
}

const RANGE_OPS: Record<(typeof RANGE_SUFFIXES)[number], string> = { _lt: '<', _lte: '<=', _gt: '>', _gte: '>=' };

/** "drowning PRs" → "drowning:* & PRs:*" (English stemming applies to the prefixes too). */
export function prefixTsQuery(q: string): string | null {
  const words = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The list/filter/sort/paging and tenant-scoping plumbing every resource reuses. A CLIENT user's
 * scope is applied to every read, so a record of another client is simply not found.
 */
export class ResourceRepository<E extends ObjectLiteral & { id: string }> {
  private readonly tenantProperty: string | null;

  constructor(
    readonly repo: Repository<E>,
    readonly spec: ResourceSpec,
  ) {
    const target = repo.target;
    const tenantOwned = typeof target === 'function' && target.prototype instanceof TenantOwnedEntity;
    this.tenantProperty = spec.tenantProperty !== undefined ? spec.tenantProperty : tenantOwned ? 'clientId' : null;
  }

  query(scope: TenantScope, manager?: EntityManager): SelectQueryBuilder<E> {
    const repo = manager ? manager.getRepository<E>(this.repo.target) : this.repo;
    const qb = repo.createQueryBuilder(this.spec.alias);
    if (scope.restricted) {
      // Fails closed: a resource with no tenant column is never listed for a client user.
      if (!this.tenantProperty) throw AppError.forbidden(`${this.spec.typeName} records are not available to client users.`);
      qb.andWhere(`${this.spec.alias}.${this.tenantProperty} = :tenantClientId`, { tenantClientId: scope.clientId });
    }
    return qb;
  }

  applyFilter(qb: SelectQueryBuilder<E>, filter: BaseFilter | null | undefined): SelectQueryBuilder<E> {
    if (!filter) {
      this.spec.where?.(qb as unknown as SelectQueryBuilder<ObjectLiteral>, {});
      return qb;
    }
    const a = this.spec.alias;
    const values = filter as Record<string, unknown>;
    if (filter.ids) qb.andWhere(`${a}.id IN (:...filterIds)`, { filterIds: filter.ids.length ? filter.ids : [null] });
    const q = filter.q?.trim();
    if (q && this.spec.search) {
      const filterQ = `%${escapeLike(q)}%`;
      if (this.spec.searchAliases) {
        qb.andWhere(`(${this.spec.search} ILIKE :filterQ OR ${this.spec.searchAliases} @> ARRAY[lower(:filterAlias)]::text[])`, { filterQ, filterAlias: q });
      } else {
        qb.andWhere(`${this.spec.search} ILIKE :filterQ`, { filterQ });
      }
    }
    const tsQuery = q && this.spec.fullText ? prefixTsQuery(q) : null;
    if (tsQuery) qb.andWhere(`${this.spec.fullText} @@ to_tsquery('english', :filterTs)`, { filterTs: tsQuery });
    let n = 0;
    for (const [key, prop] of Object.entries(this.spec.equals ?? {})) {
      const value = values[key];
      if (value === undefined) continue;
      const p = `f${n++}`;
      if (value === null) qb.andWhere(`${a}.${prop} IS NULL`);
      else if (Array.isArray(value)) qb.andWhere(`${a}.${prop} IN (:...${p})`, { [p]: value.length ? value : [null] });
      else qb.andWhere(`${a}.${prop} = :${p}`, { [p]: value });
    }
    for (const [key, prop] of Object.entries(this.spec.ranges ?? {})) {
      for (const suffix of RANGE_SUFFIXES) {
        const value = values[`${key}${suffix}`];
        if (value === undefined || value === null) continue;
        const p = `f${n++}`;
        qb.andWhere(`${a}.${prop} ${RANGE_OPS[suffix]} :${p}`, { [p]: value });
      }
    }
    this.spec.where?.(qb as unknown as SelectQueryBuilder<ObjectLiteral>, values);
    return qb;
  }

  applySortAndPage(qb: SelectQueryBuilder<E>, args: ListArgs, filter?: BaseFilter | null): SelectQueryBuilder<E> {
    const field = args.sortField ?? this.spec.defaultSort.field;
    // hasOwn: "constructor" or "__proto__" must not pass the allow-list.
    const prop = Object.hasOwn(this.spec.sortable, field) ? this.spec.sortable[field] : undefined;
    if (!prop) {
      throw AppError.badInput({ sortField: `must be one of ${Object.keys(this.spec.sortable).join(', ')} (got "${field}")` });
    }
    const order = args.sortOrder ?? (args.sortField ? SortOrder.ASC : this.spec.defaultSort.order);
    qb.orderBy(`${this.spec.alias}.${prop}`, order);
    // A unique tiebreaker keeps pages stable when the sort column has duplicates.
    if (prop !== 'id') qb.addOrderBy(`${this.spec.alias}.id`, order);
    // A request for specific ids (react-admin getMany) gets them all, within the cap.
    const wanted = filter?.ids?.length && args.perPage === undefined ? filter.ids.length : (args.perPage ?? DEFAULT_PER_PAGE);
    const perPage = Math.min(Math.max(wanted, 1), MAX_PER_PAGE);
    return qb.take(perPage).skip((args.page ?? 0) * perPage);
  }

  list(scope: TenantScope, args: ListArgs, filter?: BaseFilter | null): Promise<E[]> {
    return this.applySortAndPage(this.applyFilter(this.query(scope), filter), args, filter).getMany();
  }

  count(scope: TenantScope, filter?: BaseFilter | null): Promise<number> {
    return this.applyFilter(this.query(scope), filter).getCount();
  }

  /** One record within the scope, or null (also for other clients' records). With `lock`, for update. */
  findVisible(scope: TenantScope, id: string, opts: { manager?: EntityManager; lock?: boolean } = {}): Promise<E | null> {
    const qb = this.query(scope, opts.manager).andWhere(`${this.spec.alias}.id = :id`, { id });
    if (opts.lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** Same as findVisible, but a missing record is NOT_FOUND. */
  async findOne(scope: TenantScope, id: string, opts: { manager?: EntityManager; lock?: boolean } = {}): Promise<E> {
    const row = await this.findVisible(scope, id, opts);
    if (!row) throw AppError.notFound(this.spec.typeName, id);
    return row;
  }

  /** Batch load for DataLoaders: rows outside the scope come back as null. */
  async findByIds(scope: TenantScope, ids: readonly string[]): Promise<(E | null)[]> {
    const rows = await this.query(scope).andWhere({ id: In([...ids]) }).getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
