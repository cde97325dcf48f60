import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import { GapStatus } from '../../core/graphql/enums.js';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import { ClientService } from '../client/client.service.js';
import { ClientType } from '../client/dto/client.type.js';
import { EngagementType } from '../engagement/dto/engagement.type.js';
import { EngagementService } from '../engagement/engagement.service.js';
import { CreateRoleArgs, UpdateRoleArgs } from './dto/role.args.js';
import { RoleFilter } from './dto/role-filter.input.js';
import { RoleType, MatchStageCountType } from './dto/role.type.js';
import type { Role } from './role.entity.js';
import { RoleService } from './role.service.js';
import { ReadResolver } from '../../core/graphql/list/read-resolver.js';

@Resolver(() => RoleType)
export class RoleResolver extends ReadResolver({ name: 'Role', plural: 'Roles', type: RoleType, filter: RoleFilter, permission: Permission.ROLE_READ, service: RoleService, listDescription: 'Default order: open roles first, oldest first.' }) {
  constructor(
    private readonly clients: ClientService,
    private readonly engagements: EngagementService,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  @Mutation(() => RoleType)
  @RequirePermission(Permission.ROLE_MANAGE)
  createRole(@Args() args: CreateRoleArgs, @CurrentUser() user: AuthUser) {
    return this.readService.create(user, args);
  }

  @Mutation(() => RoleType)
  @RequirePermission(Permission.ROLE_MANAGE)
  updateRole(@Args() args: UpdateRoleArgs, @CurrentUser() user: AuthUser) {
    return this.readService.update(user, args);
  }

  @Mutation(() => RoleType, { description: 'Only while no candidate went past SUGGESTED; otherwise cancel the role.' })
  @RequirePermission(Permission.ROLE_MANAGE)
  deleteRole(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.readService.remove(user, id);
  }

  @ResolveField('client', () => ClientType)
  client(r: Role, _args: unknown, { loaders }: GqlContext) {
    return this.clients.load(loaders, r.clientId);
  }

  @ResolveField('engagement', () => EngagementType)
  engagement(r: Role, _args: unknown, { loaders }: GqlContext) {
    return loaders.byId(this.engagements.resources).load(r.engagementId);
  }

  @ResolveField('gapStatus', () => GapStatus, { nullable: true, description: 'Status of the gap the role came from.' })
  gapStatus(r: Role, _args: unknown, { loaders }: GqlContext) {
    if (!r.gapId) return null;
    return loaders
      .custom<string, string | null>('Role.gapStatus', async (ids) => {
        const rows = (await this.dataSource.query(`SELECT id, status FROM capability_gap WHERE id = ANY($1::uuid[])`, [[...ids]])) as { id: string; status: string }[];
        return ids.map((id) => rows.find((g) => g.id === id)?.status ?? null);
      })
      .load(r.gapId);
  }

  @ResolveField('matchCounts', () => [MatchStageCountType], { description: 'Stored matches per stage.' })
  matchCounts(r: Role, _args: unknown, { loaders }: GqlContext) {
    return loaders
      .custom<string, MatchStageCountType[]>('Role.matchCounts', async (ids) => {
        const rows = (await this.dataSource.query(`SELECT "roleId", stage, count(*)::int AS count FROM match WHERE "roleId" = ANY($1::uuid[]) GROUP BY "roleId", stage`, [[...ids]])) as {
          roleId: string;
          stage: MatchStageCountType['stage'];
          count: number;
        }[];
        return ids.map((id) => rows.filter((row) => row.roleId === id).map(({ stage, count }) => ({ stage, count })));
      })
      .load(r.id);
  }
}
