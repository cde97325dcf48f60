import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Permission } from '@orchestra/shared';
import type { AuthUser } from './auth-user.js';
import { requestOf } from './request-of.js';

export const IS_PUBLIC = 'orchestra:isPublic';
export const REQUIRED_PERMISSIONS = 'orchestra:permissions';
export const SIGNED_IN_ONLY = 'orchestra:signedInOnly';

/** Open to anyone, signed in or not (login, refresh, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Needs every listed permission from the shared role→permission map. */
export const RequirePermission = (...permissions: Permission[]) => SetMetadata(REQUIRED_PERMISSIONS, permissions);

/** Any signed-in user may call it (e.g. `me`); the service decides what they see. */
export const SignedIn = () => SetMetadata(SIGNED_IN_ONLY, true);

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const user = requestOf(ctx).user;
  if (!user) throw new Error('CurrentUser used on an operation without authentication');
  return user;
});
