import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Permission } from '@orchestra/shared';
import type { GqlContext } from '../../graphql/request-loaders.js';
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

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => signedInUserOf(requestOf(ctx)));

/**
 * The signed-in user in a field resolver. Field resolvers take GraphQL's own arguments `(parent,
 * args, context)` and no parameter decorators: @nestjs/graphql then calls them directly, where a
 * decorated one costs a chain of promises per row (pipes, interceptors) that a 50-row page pays
 * hundreds of times. Root queries and mutations keep the decorators (their guards need them).
 */
export function signedInUser(ctx: Pick<GqlContext, 'req'>): AuthUser {
  return signedInUserOf(ctx.req);
}

function signedInUserOf(req: { user?: AuthUser }): AuthUser {
  if (!req.user) throw new Error('CurrentUser used on an operation without authentication');
  return req.user;
}
