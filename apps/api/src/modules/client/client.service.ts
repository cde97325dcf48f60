import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { ListArgs } from '../../core/graphql/list/list.args.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { User } from '../user/user.entity.js';
import { Client } from './client.entity.js';
import type { ClientFilter, CreateClientArgs, UpdateClientArgs } from './dto/client-args.js';

@Injectable()
export class ClientService {
  readonly resources: ResourceRepository<Client>;

  constructor(
    @InjectRepository(Client) repo: Repository<Client>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.resources = new ResourceRepository(repo, {
      typeName: 'Client',
      alias: 'client',
      sortable: { id: 'id', name: 'name', createdAt: 'createdAt', updatedAt: 'updatedAt' },
      defaultSort: { field: 'name', order: 'ASC' },
      search: 'client.name',
      // A client is its own tenant: a CLIENT user sees exactly one row.
      tenantProperty: 'id',
    });
  }

  findOne(user: AuthUser, id: string): Promise<Client> {
    return this.resources.findOne(TenantScope.of(user), id);
  }

  list(user: AuthUser, args: ListArgs, filter?: ClientFilter | null): Promise<Client[]> {
    return this.resources.list(TenantScope.of(user), args, filter);
  }

  count(user: AuthUser, filter?: ClientFilter | null): Promise<number> {
    return this.resources.count(TenantScope.of(user), filter);
  }

  load(loaders: RequestLoaders, id: string): Promise<Client | null> {
    return loaders.byId(this.resources).load(id);
  }

  /** For other modules validating a reference: true when the client exists. */
  async exists(id: string): Promise<boolean> {
    return this.resources.repo.existsBy({ id });
  }

  create(actor: AuthUser, args: CreateClientArgs): Promise<Client> {
    return this.dataSource.transaction(async (m) => {
      const client = await m.save(m.create(Client, { name: args.name }));
      await this.audit.record(m, { actorId: actor.id, action: 'client.create', targetType: 'Client', targetId: client.id, changedFields: ['name'] });
      return client;
    });
  }

  update(actor: AuthUser, args: UpdateClientArgs): Promise<Client> {
    return this.dataSource.transaction(async (m) => {
      const client = await this.resources.findOneForUpdate(TenantScope.of(actor), args.id, m);
      const changed: string[] = [];
      if (args.name !== undefined && args.name !== client.name) {
        client.name = args.name;
        changed.push('name');
      }
      if (changed.length) await m.save(client);
      await this.audit.record(m, { actorId: actor.id, action: 'client.update', targetType: 'Client', targetId: client.id, changedFields: changed });
      return client;
    });
  }

  remove(actor: AuthUser, id: string): Promise<Client> {
    return this.dataSource.transaction(async (m) => {
      const client = await this.resources.findOneForUpdate(TenantScope.of(actor), id, m);
      const users = await m.countBy(User, { clientId: id });
      if (users > 0) throw AppError.conflict(`Client ${client.name} still has ${users} user(s): delete or move them first.`);
      await m.delete(Client, { id });
      await this.audit.record(m, { actorId: actor.id, action: 'client.delete', targetType: 'Client', targetId: id });
      return client;
    });
  }
}
