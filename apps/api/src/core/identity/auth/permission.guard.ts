import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { enumLabel, forbiddenMessage, hasPermission, type Permission } from '@orchestra/shared';
import { AppError } from '../../errors/app-error.js';
import { IS_PUBLIC, REQUIRED_PERMISSIONS, SIGNED_IN_ONLY } from './decorators.js';
import { requestOf } from './request-of.js';

/**
 * Global, after JwtAuthGuard: checks @RequirePermission against the shared role→permission map.
 * An operation with neither @Public, @SignedIn nor @RequirePermission is refused, so a forgotten
 * decorator fails closed.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  private readonly logger = new Logger(PermissionGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const user = requestOf(ctx).user;
    if (!user) throw AppError.unauthenticated();
    const required = this.reflector.getAllAndOverride<Permission[] | undefined>(REQUIRED_PERMISSIONS, targets);
    if (!required) {
      if (this.reflector.getAllAndOverride<boolean>(SIGNED_IN_ONLY, targets)) return true;
      this.logger.error(`${ctx.getClass().name}.${ctx.getHandler().name} declares no permission; refusing`);
      throw AppError.forbidden();
    }
    const missing = required.filter((p) => !hasPermission(user.role, p));
    if (missing.length) throw AppError.forbidden(forbiddenMessage(enumLabel('UserRole', user.role), missing));
    return true;
  }
}
