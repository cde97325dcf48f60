import { Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { ClientDashboardType } from './dto/client-dashboard.type.js';
import { PortalService } from './portal.service.js';

@Resolver()
export class PortalResolver {
  constructor(private readonly portal: PortalService) {}

  @Query(() => ClientDashboardType, { description: "A CLIENT user's dashboard: their client's published reports, their invitations, their client's engagements." })
  @RequirePermission(Permission.CLIENT_DASHBOARD_READ)
  clientDashboard(@CurrentUser() user: AuthUser) {
    return this.portal.dashboard(user);
  }
}
