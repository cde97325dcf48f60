import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '../../errors/app-error.js';
import type { AuthUser } from './auth-user.js';
import { IS_PUBLIC } from './decorators.js';
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
    if (!user) {
      const name = (info as { name?: string } | undefined)?.name;
      if (name === 'TokenExpiredError') throw AppError.unauthenticated('Your access token expired: call refreshSession or sign in again.');
      if (!info || (info as Error).message === 'No auth token')
        throw AppError.unauthenticated('Sign in first: send "Authorization: Bearer <access token>".');
      throw AppError.unauthenticated('Your access token is invalid: sign in again.');
    }
    return user;
  }
}
