import { DEFAULT_PER_PAGE, MAX_PER_PAGE, RANGE_SUFFIXES, SortOrder } from '@orchestra/shared';
import { type EntityManager, type ObjectLiteral, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { AppError } from '../../errors/app-error.js';
import { TenantOwnedEntity } from '../../tenant/tenant-owned.entity.js';
import type { TenantScope } from '../../tenant/tenant-scope.js';
import type { ListBatch, PageRead } from './list-batch.js';
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
  /**
   * GraphQL fields that are not columns → the properties their resolvers read (`client: ['clientId']`),
   * so a list reads only the columns its query asks for. A field neither a column nor listed here
   * makes the list read every column.
   */
  needs?: Readonly<Record<string, readonly string[]>>;
  /**
   * Many-to-one relations a page reads in its own statement when its selection asks for them
   * (GraphQL field → relation): a page of 14 engagements with their client and owner is one
   * statement instead of three. Each row then carries the related record (or null) under the
   * field's name, which its field resolver returns (see `joined`) instead of asking its loader.
   */
  joins?: Readonly<Record<string, JoinedRelation>>;
  /** Filters beyond equality and ranges (a skill at a level, a computed state). Parameters must be prefixed `x`. */
  where?: (qb: SelectQueryBuilder<ObjectLiteral>, filter: Readonly<Record<string, unknown>>) => void;
}

/** A many-to-one relation read with a page (see `ResourceSpec.joins`). */
export interface JoinedRelation {
  /** The property holding the related record's id (`clientId`). */
  via: string;
  /** The related resource: the columns its part of the selection needs are read (see `columnsFor`). */
  resource: () => ResourceRepository<ObjectLiteral & { id: string }>;
  /**
   * Whether a client user's scope applies to the related records, as it does to the loader the
   * field resolver would otherwise ask (a client by id: yes; any user by id, for a name: no).
   */
  scoped: boolean;
}

/**
 * The related record a page read with a row (`ResourceSpec.joins`): undefined when the row did not
 * come from such a page (a detail page, a mutation's answer), and the field resolver asks its loader.
 */
export function joined<T>(row: object, field: string): T | null | undefined {
  return (row as Record<string, T | null | undefined>)[field];
}

/** The filter shape every resource's `XFilter` input extends. */
export interface BaseFilter {
  ids?: string[] | null;
  q?: string | null;
}

/** The alias of a page's total, read with it (not a property of any entity). */
const TOTAL = '__total';

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
  /** Selectable columns, by property (made on first use: metadata is complete only once the data source is). */
  private columnMap?: Map<string, ColumnMetadata>;
  private byIdsSql?: { all: string; scoped: string };

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
    return this.scoped(repo.createQueryBuilder(this.spec.alias), scope);
  }

  /** Restricts `qb` (selecting this resource under its alias) to the scope's client. */
  private scoped<Q extends SelectQueryBuilder<ObjectLiteral>>(qb: Q, scope: TenantScope): Q {
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
    // LIMIT/OFFSET: list queries join only many-to-one relations, which add no rows (TypeORM's
    // take/skip matter for joins that do).
    return qb.limit(perPage).offset((args.page ?? 0) * perPage);
  }

  /**
   * One page. With `fields` (the GraphQL selection), only the columns those fields need are read,
   * and rows are read raw and typed by the columns' own conversions rather than hydrated by the ORM.
   * With `batch` (the request's), a count of the same list asked in the same operation comes with
   * the page, in its one statement.
   */
  list(scope: TenantScope, args: ListArgs, filter?: BaseFilter | null, fields?: ReadonlySet<string>, batch?: ListBatch): Promise<E[]> {
    if (!batch) return this.page(scope, args, filter, fields, false).then((r) => r.rows);
    return batch.page(this.listKey(scope, filter), (withCount) => this.page(scope, args, filter, fields, withCount));
  }

  /** `count(*)`: without joins, TypeORM's `COUNT(DISTINCT id)` only costs a sort. With `batch`, read with a page of the same list when one is asked. */
  count(scope: TenantScope, filter?: BaseFilter | null, batch?: ListBatch): Promise<number> {
    if (!batch) return this.countNow(scope, filter);
    return batch.count(this.listKey(scope, filter), () => this.countNow(scope, filter));
  }

  private async countNow(scope: TenantScope, filter?: BaseFilter | null): Promise<number> {
    const row = await this.applyFilter(this.query(scope), filter).select('count(*)::int', 'count').getRawOne<{ count: number }>();
    return row?.count ?? 0;
  }

  /** Which list a page or a count is of: the resource, the client scope and the filter (as validated). */
  private listKey(scope: TenantScope, filter?: BaseFilter | null): string {
    return `${this.spec.typeName}\u0000${scope.clientId ?? ''}\u0000${JSON.stringify(filter ?? null)}`;
  }

  /**
   * The page, and with `withCount` the list's total from an uncorrelated scalar subquery in the same
   * statement (PostgreSQL runs it once, beside the page's own plan, so the page keeps its index and
   * LIMIT). An empty page past the first cannot tell the total.
   */
  private async page(scope: TenantScope, args: ListArgs, filter: BaseFilter | null | undefined, fields: ReadonlySet<string> | undefined, withCount: boolean): Promise<PageRead<E>> {
    const qb = this.applySortAndPage(this.applyFilter(this.query(scope), filter), args, filter);
    const columns = this.columnsFor(fields);
    this.select(qb, columns);
    const joins = this.join(qb, scope, fields);
    if (withCount) {
      qb.addSelect(
        (sub) => this.applyFilter(this.scoped(sub.select('count(*)::int').from(this.repo.target, this.spec.alias), scope) as SelectQueryBuilder<E>, filter),
        TOTAL,
      );
    }
    const raw = await qb.getRawMany<Record<string, unknown>>();
    const rows = this.hydrate(raw, columns);
    for (const { field, related, columns: relatedColumns, prefix } of joins) {
      const records = related.hydrate(raw, relatedColumns, prefix);
      raw.forEach((r, i) => ((rows[i] as Record<string, unknown>)[field] = r[`${prefix}id`] == null ? null : records[i]));
    }
    if (!withCount) return { rows };
    if (raw.length) return { rows, total: raw[0]![TOTAL] as number };
    return { rows, total: (args.page ?? 0) === 0 ? 0 : undefined };
  }

  /** LEFT JOINs the relations of `spec.joins` that `fields` asks for, selecting the columns their sub-selections need under a prefix. */
  private join(qb: SelectQueryBuilder<E>, scope: TenantScope, fields: ReadonlySet<string> | undefined) {
    const joins: { field: string; related: ResourceRepository<ObjectLiteral & { id: string }>; columns: ColumnMetadata[]; prefix: string }[] = [];
    if (!fields || !this.spec.joins) return joins;
    const a = this.spec.alias;
    for (const [field, relation] of Object.entries(this.spec.joins)) {
      if (!fields.has(field)) continue;
      const related = relation.resource();
      const alias = `j_${field}`;
      const on = [`"${alias}"."id" = "${a}"."${this.columns().get(relation.via)!.databaseName}"`];
      if (relation.scoped && scope.restricted) {
        // A resource closed to client users is left to its loader, which refuses them.
        if (!related.tenantProperty) continue;
        on.push(`"${alias}"."${related.columns().get(related.tenantProperty)!.databaseName}" = :tenantClientId`);
      }
      qb.leftJoin(related.repo.metadata.tableName, alias, on.join(' AND '), scope.restricted ? { tenantClientId: scope.clientId } : {});
      const below = `${field}.`;
      const columns = related.columnsFor(new Set([...fields].filter((f) => f.startsWith(below)).map((f) => f.slice(below.length))));
      const prefix = `${alias}__`;
      for (const c of columns) qb.addSelect(`"${alias}"."${c.databaseName}"`, `${prefix}${c.propertyName}`);
      joins.push({ field, related, columns, prefix });
    }
    return joins;
  }

  /** The columns a selection of GraphQL fields needs (always the id); every column when unsure. */
  columnsFor(fields?: ReadonlySet<string>): ColumnMetadata[] {
    const columns = this.columns();
    if (!fields) return [...columns.values()];
    const wanted = new Set(['id']);
    for (const field of fields) {
      if (field.includes('.')) continue; // a nested field: its relation's column (see `join`)
      if (columns.has(field)) wanted.add(field);
      else if (this.spec.needs && Object.hasOwn(this.spec.needs, field)) for (const p of this.spec.needs[field]!) wanted.add(p);
      else if (field !== '__typename') return [...columns.values()];
    }
    return [...columns.values()].filter((c) => wanted.has(c.propertyName));
  }

  private columns(): Map<string, ColumnMetadata> {
    this.columnMap ??= new Map(this.repo.metadata.columns.filter((c) => c.isSelect).map((c) => [c.propertyName, c]));
    return this.columnMap;
  }

  /** Selects `columns` under their property names: each raw row becomes an E through the driver's conversions (dates, numerics, transformers). */
  private select(qb: SelectQueryBuilder<E>, columns: readonly ColumnMetadata[]): void {
    const a = this.spec.alias;
    qb.select(`"${a}"."${columns[0]!.databaseName}"`, columns[0]!.propertyName);
    for (const c of columns.slice(1)) qb.addSelect(`"${a}"."${c.databaseName}"`, c.propertyName);
  }

  /** Raw rows as entities; `prefix`: the columns are selected as `<prefix><property>` (a joined relation's). */
  private hydrate(raw: Record<string, unknown>[], columns: readonly ColumnMetadata[], prefix = ''): E[] {
    const driver = this.repo.manager.connection.driver;
    const prototype = (this.repo.target as { prototype: object }).prototype;
    return raw.map((r) => {
      const e = Object.create(prototype) as Record<string, unknown>;
      for (const c of columns) e[c.propertyName] = driver.prepareHydratedValue(r[`${prefix}${c.propertyName}`], c);
      return e as E;
    });
  }

  private byIdsStatement(columns: readonly ColumnMetadata[]): { all: string; scoped: string } {
    const a = this.spec.alias;
    const all = `SELECT ${columns.map((c) => `"${a}"."${c.databaseName}" AS "${c.propertyName}"`).join(', ')} FROM ${this.repo.metadata.tablePath.split('.').map((p) => `"${p}"`).join('.')} "${a}" WHERE "${a}"."id" = ANY($1)`;
    const tenant = this.tenantProperty ? this.columns().get(this.tenantProperty)?.databaseName : undefined;
    return { all, scoped: tenant ? `${all} AND "${a}"."${tenant}" = $2` : all };
  }

  /** One record within the scope, or null (also for other clients' records). With `lock`, for update. */
  async findVisible(scope: TenantScope, id: string, opts: { manager?: EntityManager; lock?: boolean } = {}): Promise<E | null> {
    // A plain read (a detail page, `me`) takes the prepared by-id statement.
    if (!opts.manager && !opts.lock) return (await this.findByIds(scope, [id]))[0] ?? null;
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
    // Every nested relation of every list comes through here: its SQL is written once, not built per call.
    this.query(scope); // fails closed for a client user on a resource with no tenant column
    const columns = this.columnsFor();
    this.byIdsSql ??= this.byIdsStatement(columns);
    const params: unknown[] = [[...ids]];
    if (scope.restricted) params.push(scope.clientId);
    const raw = (await this.repo.manager.query(scope.restricted ? this.byIdsSql.scoped : this.byIdsSql.all, params)) as Record<string, unknown>[];
    const rows = this.hydrate(raw, columns);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
