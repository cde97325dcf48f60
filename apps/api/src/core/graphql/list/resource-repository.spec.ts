import { describe, expect, it } from '@jest/globals';
import { Role } from '@orchestra/shared';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../../errors/app-error.js';
import { TenantOwnedEntity } from '../../tenant/tenant-owned.entity.js';
import { TenantScope } from '../../tenant/tenant-scope.js';
import { ResourceRepository, type ResourceSpec } from './resource-repository.js';

/** Records what the repository asks of the query builder instead of building SQL. */
function recordingQb() {
  const calls: unknown[][] = [];
  const qb = new Proxy({} as Record<string, unknown>, {
    get: (_t, name: string) => (...args: unknown[]) => {
      calls.push([name, ...args]);
      return qb;
    },
  });
  return { qb: qb as unknown as SelectQueryBuilder<never>, calls };
}

class Widget extends TenantOwnedEntity {}
class Setting {
  id!: string;
}

function repoFor(target: object) {
  const rec = recordingQb();
  const repo = { target, createQueryBuilder: () => rec.qb } as unknown as Repository<never>;
  return { repo, calls: rec.calls };
}

const spec: ResourceSpec = {
  typeName: 'Widget',
  alias: 'w',
  sortable: { id: 'id', name: 'name' },
  defaultSort: { field: 'name', order: 'ASC' },
  search: 'w.name',
  equals: { kind: 'kind' },
  ranges: { startDate: 'startDate' },
};

const client = TenantScope.of({ id: 'u', role: Role.CLIENT, clientId: 'c-1' });
const staff = TenantScope.of({ id: 'u', role: Role.CONSULTANT, clientId: null });

describe('ResourceRepository', () => {
  it('scopes a TenantOwnedEntity to the client user by clientId without being told', () => {
    const { repo, calls } = repoFor(Widget);
    new ResourceRepository(repo, spec).query(client);
    expect(calls).toEqual([['andWhere', 'w.clientId = :tenantClientId', { tenantClientId: 'c-1' }]]);
  });

  it('does not scope staff users', () => {
    const { repo, calls } = repoFor(Widget);
    new ResourceRepository(repo, spec).query(staff);
    expect(calls).toEqual([]);
  });

  it('refuses client users on a resource that is not client-owned', () => {
    const { repo } = repoFor(Setting);
    expect(() => new ResourceRepository(repo, { ...spec, typeName: 'Setting' }).query(client)).toThrow(AppError);
  });

  it('turns filters into bound parameters: ids, escaped free text, equality, lists and ranges', () => {
    const { repo, calls } = repoFor(Widget);
    const r = new ResourceRepository(repo, spec);
    r.applyFilter(r.query(staff), { ids: ['a', 'b'], q: ' 50%_off ', kind: ['X', 'Y'], startDate_gte: '2026-01-01', startDate_lt: '2026-02-01' } as never);
    expect(calls).toEqual([
      ['andWhere', 'w.id IN (:...filterIds)', { filterIds: ['a', 'b'] }],
      ['andWhere', 'w.name ILIKE :filterQ', { filterQ: '%50\\%\\_off%' }],
      ['andWhere', 'w.kind IN (:...f0)', { f0: ['X', 'Y'] }],
      ['andWhere', 'w.startDate < :f1', { f1: '2026-02-01' }],
      ['andWhere', 'w.startDate >= :f2', { f2: '2026-01-01' }],
    ]);
  });

  it('sorts on allow-listed fields with an id tiebreaker and caps the page size', () => {
    const { repo, calls } = repoFor(Widget);
    const r = new ResourceRepository(repo, spec);
    r.applySortAndPage(r.query(staff), { sortField: 'name', sortOrder: 'DESC', page: 2, perPage: 500 });
    expect(calls).toEqual([
      ['orderBy', 'w.name', 'DESC'],
      ['addOrderBy', 'w.id', 'DESC'],
      ['limit', 100],
      ['offset', 200],
    ]);
  });

  it('gives a getMany by ids all of them, and refuses an unknown sort field', () => {
    const { repo, calls } = repoFor(Widget);
    const r = new ResourceRepository(repo, spec);
    r.applySortAndPage(r.query(staff), {}, { ids: ['a', 'b', 'c'] });
    expect(calls).toEqual([
      ['orderBy', 'w.name', 'ASC'],
      ['addOrderBy', 'w.id', 'ASC'],
      ['limit', 3],
      ['offset', 0],
    ]);
    expect(() => r.applySortAndPage(r.query(staff), { sortField: 'secret' })).toThrow('sortField must be one of id, name (got "secret")');
  });
});
