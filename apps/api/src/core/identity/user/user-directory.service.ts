import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Role } from '@orchestra/shared';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import { ResourceRepository } from '../../graphql/list/resource-repository.js';
import { ResourceService } from '../../graphql/list/resource.service.js';
import type { RequestLoaders } from '../../graphql/request-loaders.js';
import { TenantScope } from '../../tenant/tenant-scope.js';
import type { UserFilter } from './dto/user.args.js';
import { User } from './user.entity.js';

/**
 * The read-only user directory staff use to pick owners and linked users (`UserSummary`): the
 * same rows as `User`, fewer fields, and no sorting by sign-in activity.
 */
@Injectable()
export class UserDirectoryService extends ResourceService<User, UserFilter> {
  override readonly resources: ResourceRepository<User>;

  constructor(@InjectRepository(User) repo: Repository<User>) {
    super();
    this.resources = new ResourceRepository(repo, {
      typeName: 'UserSummary',
      alias: 'user',
      sortable: { id: 'id', name: 'name', email: 'email', role: 'role' },
      defaultSort: { field: 'name', order: 'ASC' },
      search: `("user"."name" || ' ' || "user"."email")`,
      equals: { role: 'role', clientId: 'clientId', active: 'active' },
      ranges: { createdAt: 'createdAt' },
      tenantProperty: 'clientId',
      needs: { client: ['clientId'] },
    });
  }

  /**
   * Batch-loads users regardless of the reader's tenant, for showing who did or owns something
   * (an engagement's consultant to its CLIENT users); exposed only as a UserSummary.
   */
  loadAny(loaders: RequestLoaders, id: string): Promise<User | null> {
    return loaders.custom<string, User | null>('UserSummary.any', (ids) => this.resources.findByIds(TenantScope.system(), ids)).load(id);
  }

  /** The names of a client's users and of our staff (a quote to a client is redacted of them). */
  async namesFor(clientId: string): Promise<string[]> {
    const users = await this.resources.repo.find({ where: [{ clientId }, { clientId: IsNull() }], select: { name: true } });
    return users.map((u) => u.name);
  }

  /** A client's active CLIENT users, by name: who is told when something is published to the client. */
  clientUsers(clientId: string, m?: EntityManager): Promise<Pick<User, 'id' | 'name' | 'email'>[]> {
    const repo = m ? m.getRepository(User) : this.resources.repo;
    return repo.find({ where: { clientId, role: Role.CLIENT, active: true }, select: { id: true, name: true, email: true }, order: { name: 'ASC', id: 'ASC' } });
  }
}
