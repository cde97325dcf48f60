import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { createdChanges, diffChanges, removedChanges } from '../../core/audit/audit-changes.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { violatedConstraint } from '../../core/errors/database-error.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { ResourceService } from '../../core/graphql/list/resource.service.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { Client } from './client.entity.js';
import type { ClientFilter, CreateClientArgs, UpdateClientArgs } from './dto/client.args.js';

const PROFILE_FIELDS = ['name', 'industry', 'sizeBand', 'region', 'timeZone', 'coreHoursStart', 'coreHoursEnd', 'notes'] as const;
type Profile = Pick<Client, (typeof PROFILE_FIELDS)[number]>;
const EMPTY_PROFILE: Omit<Profile, 'name'> = {
  industry: null,
  sizeBand: null,
  region: null,
  timeZone: null,
  coreHoursStart: null,
  coreHoursEnd: null,
  notes: null,
};

const pickProfile = (c: Client): Profile => Object.fromEntries(PROFILE_FIELDS.map((f) => [f, c[f]])) as Profile;

/** The arguments that were given (undefined = leave as is; null = clear). */
function definedOnly<T extends object>(args: T): Partial<T> {
  return Object.fromEntries(Object.entries(args).filter(([k, v]) => v !== undefined && k !== 'id')) as Partial<T>;
}

/** Rules across fields: a name is required; core hours come as a pair, start before end. */
function checkProfile(p: Partial<Profile>): Profile {
  if (!p.name) throw AppError.badInput({ name: 'must not be empty' });
  const { coreHoursStart: start, coreHoursEnd: end } = p;
  if ((start == null) !== (end == null)) {
    throw AppError.badInput({ [start == null ? 'coreHoursStart' : 'coreHoursEnd']: 'is required when the other end of the core hours is set' });
  }
  if (start != null && end != null && start >= end) throw AppError.badInput({ coreHoursEnd: `must be after coreHoursStart (${start})` });
  return p as Profile;
}

/** Foreign keys that block deleting a client → what the consultant must deal with first. */
const DEPENDENTS: Record<string, string> = {
  FK_app_user_client: 'users',
  FK_engagement_client: 'engagements',
};

@Injectable()
export class ClientService extends ResourceService<Client, ClientFilter> {
  override readonly resources: ResourceRepository<Client>;

  constructor(
    @InjectRepository(Client) repo: Repository<Client>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    super();
    this.resources = new ResourceRepository(repo, {
      typeName: 'Client',
      alias: 'client',
      sortable: {
        id: 'id',
        name: 'name',
        industry: 'industry',
        sizeBand: 'sizeBand',
        region: 'region',
        createdAt: 'createdAt',
        updatedAt: 'updatedAt',
      },
      defaultSort: { field: 'name', order: 'ASC' },
      search: 'client.name',
      equals: { industry: 'industry', sizeBand: 'sizeBand', region: 'region' },
      needs: { engagementCount: [] },
      ranges: { createdAt: 'createdAt' },
      // A client is its own tenant: a CLIENT user sees exactly one row.
      tenantProperty: 'id',
    });
  }

  load(loaders: RequestLoaders, id: string): Promise<Client | null> {
    return loaders.byId(this.resources).load(id);
  }

  /** For other modules validating a reference: true when the client exists within the scope. */
  async exists(scope: TenantScope, id: string): Promise<boolean> {
    return (await this.resources.findVisible(scope, id)) !== null;
  }

  create(actor: AuthUser, args: CreateClientArgs): Promise<Client> {
    const fields = checkProfile({ ...EMPTY_PROFILE, ...definedOnly(args) });
    return this.dataSource.transaction(async (m) => {
      const client = await m.save(m.create(Client, fields));
      await this.audit.record(m, { actorId: actor.id, action: 'client.create', targetType: 'Client', targetId: client.id, changes: createdChanges(client, PROFILE_FIELDS) });
      return client;
    });
  }

  update(actor: AuthUser, args: UpdateClientArgs): Promise<Client> {
    return this.dataSource.transaction(async (m) => {
      const client = await this.resources.findOne(TenantScope.of(actor), args.id, { manager: m, lock: true });
      const next = checkProfile({ ...pickProfile(client), ...definedOnly(args) });
      const changed = PROFILE_FIELDS.filter((f) => next[f] !== client[f]);
      const changes = diffChanges(client, next, changed);
      Object.assign(client, next);
      if (changed.length) await m.save(client);
      await this.audit.record(m, { actorId: actor.id, action: 'client.update', targetType: 'Client', targetId: client.id, changes });
      return client;
    });
  }

  remove(actor: AuthUser, id: string): Promise<Client> {
    return this.dataSource.transaction(async (m) => {
      const client = await this.resources.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
      // Records of other modules point here with ON DELETE RESTRICT: the database says what is left.
      await m.delete(Client, { id }).catch((e: unknown) => {
        const constraint = violatedConstraint(e);
        if (constraint && Object.hasOwn(DEPENDENTS, constraint)) {
          throw AppError.conflict(`Client ${client.name} still has ${DEPENDENTS[constraint]}: delete or move them first.`);
        }
        throw e;
      });
      await this.audit.record(m, { actorId: actor.id, action: 'client.delete', targetType: 'Client', targetId: id, changes: removedChanges(client, ['name']) });
      return client;
    });
  }
}
