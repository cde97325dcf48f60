import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AppError } from '../../errors/app-error.js';
import type { AuthUser } from './auth-user.js';
import { jwtKey } from './jwt-key.js';
import { CLOCK_SKEW_SECONDS } from './session-revocation.js';
import { UserAccess } from './user-access.js';

/** The user and the session (refresh-token family); role and client are checked on each request (UserAccess). */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

/** Signed by us, but checked all the same: a claim we rely on that is missing or odd ends the request here. */
const verifiedClaims = z.object({ sub: z.guid(), sid: z.guid(), iat: z.int(), exp: z.int() });

const INVALID = 'Your access token is invalid: sign in again.';

/**
 * Verifies the access JWT (HS256 only; iss, aud, exp checked), that it lives no longer than
 * ACCESS_TOKEN_TTL_SECONDS, that its session was not revoked, and that the user is still active.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  private readonly maxLifetimeSeconds: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly access: UserAccess,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: jwtKey(config.JWT_SECRET),
      algorithms: ['HS256'],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
    this.maxLifetimeSeconds = config.ACCESS_TOKEN_TTL_SECONDS;
  }

  async validate(payload: unknown): Promise<AuthUser> {
    const claims = this.checkClaims(payload);
    // The role and client are the database's, not the token's, so a demotion takes effect at once.
    return this.access.check(claims.sid, claims.sub);
  }

  private checkClaims(payload: unknown): AccessTokenClaims {
    const parsed = verifiedClaims.safeParse(payload);
    if (!parsed.success) throw AppError.unauthenticated(INVALID);
    const { sub, sid, iat, exp } = parsed.data;
    // A token issued "in the future" would outlive its exp - iat; one living longer than we issue is not ours.
    if (exp - iat > this.maxLifetimeSeconds || iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS) throw AppError.unauthenticated(INVALID);
    return { sub, sid };
  }
}
