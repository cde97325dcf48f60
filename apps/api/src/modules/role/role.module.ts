import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { Permission } from '@orchestra/shared';
import { Repository } from 'typeorm';
import { ReadResolver } from '../../core/graphql/list/read-resolver.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { RoleFilter, RoleType } from './dto/role.types.js';
import { Role } from './role.entity.js';

/** Roles drafted from accepted options; the matching issue adds their editing and matching. */
@Injectable()
export class RoleService {
  readonly roles: ResourceRepository<Role>;

  constructor(@InjectRepository(Role) repo: Repository<Role>) {
    this.roles = new ResourceRepository(repo, {
      typeName: 'Role',
      alias: 'role',
      sortable: { id: 'id', title: 'title', startDate: 'startDate', createdAt: 'createdAt', status: 'status' },
      defaultSort: { field: 'createdAt', order: 'DESC' },
      search: '"role"."title"',
      equals: { engagementId: 'engagementId', gapId: 'gapId' },
    });
  }
}

export const RoleReadResolver = ReadResolver({ name: 'Role', plural: 'Roles', type: RoleType, filter: RoleFilter, permission: Permission.ROLE_READ, service: RoleService, resources: (s) => s.roles });

@Module({
  imports: [TypeOrmModule.forFeature([Role])],
  providers: [RoleService, RoleReadResolver],
  exports: [RoleService],
})
export class RoleModule {}
