import type { FieldMiddleware } from '@nestjs/graphql';
import { Role } from '@orchestra/shared';
import type { GqlContext } from './request-loaders.js';

/**
 * For internal fields (notes, budgets) on types CLIENT users may read: they get null. Null, not an
 * error, because the admin asks for every field of a record and one refusal would fail the page.
 */
export const hiddenFromClients: FieldMiddleware = async (ctx, next) => {
  const user = (ctx.context as GqlContext).req.user;
  if (!user || user.role === Role.CLIENT) return null;
  return next();
};

/**
 * A user's e-mail on types CLIENT users reach (an engagement's owner, who moved it): they see staff
 * by name and role only, and no address but their own.
 */
export const ownEmailOnlyForClients: FieldMiddleware = async (ctx, next) => {
  const user = (ctx.context as GqlContext).req.user;
  if (!user || (user.role === Role.CLIENT && (ctx.source as { id?: unknown }).id !== user.id)) return null;
  return next();
};
