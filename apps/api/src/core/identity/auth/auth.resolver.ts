import { Inject } from '@nestjs/common';
import { Args, Context, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../../graphql/list/selected-fields.js';
import { UserType } from '../user/dto/user.type.js';
import { UserService } from '../user/user.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { AuthUser } from './auth-user.js';
import { AuthService, type Session } from './auth.service.js';
import { CurrentUser, Public, SignedIn } from './decorators.js';
import type { GqlContext } from '../../graphql/request-loaders.js';
import { AuthPayload } from './auth.type.js';
import { LoginArgs, RequestPasswordResetArgs, SetPasswordArgs } from './auth.args.js';

export const REFRESH_COOKIE = 'orchestra_refresh';

// The whole context is injected, never @Context('reply'): a Fastify reply is a thenable, and Nest
// awaits parameter values, which would wait for the response that this resolver has to produce.
@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => AuthPayload, { description: 'Signs in; also sets the HttpOnly refresh-token cookie.' })
  @Public()
  async login(@Args() { email, password }: LoginArgs, @Context() { req, reply }: GqlContext) {
    return this.withCookie(req, reply, await this.auth.login(email, password, req.ip));
  }

  @Mutation(() => AuthPayload, { description: 'Exchanges the refresh-token cookie for a new access token and rotates the cookie.' })
  @Public()
  async refreshSession(@Context() { req, reply }: GqlContext) {
    return this.withCookie(req, reply, await this.auth.refresh(req.cookies[REFRESH_COOKIE]));
  }

  @Mutation(() => Boolean, { description: 'Ends this sign-in (the refresh-token family) and clears the cookie.' })
  @Public()
  async logout(@Context() { req, reply }: GqlContext) {
    await this.auth.logout(req.cookies[REFRESH_COOKIE]);
    reply.clearCookie(REFRESH_COOKIE, { path: '/graphql' });
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets a password with the token from the set-password e-mail.' })
  @Public()
  async setPassword(@Args() { token, password }: SetPasswordArgs, @Context() { req }: GqlContext) {
    await this.auth.setPassword(token, password, req.ip);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Forgot password: e-mails a single-use reset link when the address belongs to an active user. Always answers true, so it never tells whether an address has an account.',
  })
  @Public()
  async requestPasswordReset(@Args() { email }: RequestPasswordResetArgs, @Context() { req }: GqlContext) {
    await this.auth.requestPasswordReset(email, req.ip);
    return true;
  }

  @Query(() => UserType)
  @SignedIn()
  me(@CurrentUser() user: AuthUser, @Info() info: GraphQLResolveInfo) {
    return this.users.me(user, selectedFields(info));
  }

  private withCookie(req: GqlContext['req'], reply: FastifyReply, session: Session): AuthPayload {
    // The request is now signed in: nested fields of the payload (user.client) resolve as that user.
    req.user = { id: session.user.id, role: session.user.role, clientId: session.user.clientId };
    reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      secure: this.config.isProduction,
      sameSite: 'strict',
      path: '/graphql',
      expires: session.refreshExpiresAt,
    });
    return { accessToken: session.accessToken, expiresIn: session.expiresIn, user: session.user };
  }
}
