import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { isRole } from '@orchestra/shared';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AppError } from '../../errors/app-error.js';
import { User } from '../user/user.entity.js';
import type { AuthUser } from './auth-user.js';
import { jwtKey } from './jwt-key.js';
import { CLOCK_SKEW_SECONDS, SessionRevocation } from './session-revocation.js';

/** The user and the session (refresh-token family); role and client are read from the database on each request. */
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
    private readonly dataSource: DataSource,
    private readonly sessions: SessionRevocation,
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
    // The role and client come from the database, not the token, so a demotion takes effect at
    // once. Plain SQL: this runs on every request, and the query builder costs more than the query.
    const [revoked, [user]] = await Promise.all([
      this.sessions.isRevoked(claims.sid, claims.sub),
      this.dataSource.query(`SELECT id, role, "clientId", active FROM app_user WHERE id = $1`, [claims.sub]) as Promise<
        Pick<User, 'id' | 'role' | 'clientId' | 'active'>[]
      >,
    ]);
    if (revoked) throw AppError.unauthenticated('You were signed out of this session (sign-out, password change or a security check): sign in again.');
    if (!user || !user.active || !isRole(user.role)) throw AppError.unauthenticated('Your account is no longer active: contact an administrator.');
    return { id: user.id, role: user.role, clientId: user.clientId };
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
