import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { AuthUser } from './auth-user.js';

type Req = { user?: AuthUser; headers: Record<string, string | string[] | undefined> };

/** The underlying request of a GraphQL operation or an HTTP route. */
export function requestOf(ctx: ExecutionContext): Req {
  if (ctx.getType<GqlContextType>() === 'graphql') return GqlExecutionContext.create(ctx).getContext<{ req: Req }>().req;
  return ctx.switchToHttp().getRequest<Req>();
}
