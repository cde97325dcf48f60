import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '../../errors/app-error.js';
import type { AuthUser } from './auth-user.js';
import { IS_PUBLIC } from './decorators.js';
import { INVALID_TOKEN } from './jwt.strategy.js';
import { requestOf } from './request-of.js';

const CHECK = Symbol('access check');

/** Global: every operation needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(ctx: ExecutionContext) {
    return requestOf(ctx);
  }

  override canActivate(ctx: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()]);
    if (isPublic) return true;
    // The guard runs for each top-level field, and a query's fields start at once (a list and its
    // _allXsMeta): they share the request's one check, finished or in flight.
    const req = requestOf(ctx) as ReturnType<typeof requestOf> & { [CHECK]?: Promise<boolean> };
    req[CHECK] ??= Promise.resolve(super.canActivate(ctx) as boolean | Promise<boolean>);
    return req[CHECK];
  }

  override handleRequest<T = AuthUser>(err: unknown, user: T | false, info: unknown): T {
    // An error from validate() (database down, account inactive) is not a bad token: pass it on.
    if (err) throw err;
    // The strategy's failures say what was wrong with the token (missing, expired, invalid).
    if (!user) throw AppError.unauthenticated((info as { message?: string } | undefined)?.message ?? INVALID_TOKEN);
    return user;
  }
}
