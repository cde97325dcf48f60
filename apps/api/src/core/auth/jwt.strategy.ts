import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { isRole } from '@orchestra/shared';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError } from '../errors/app-error.js';
import { User } from '../../modules/user/user.entity.js';
import type { AuthUser } from './auth-user.js';
import { jwtKey } from './jwt-key.js';

/** Only the user id: role and client are read from the database on each request. */
export interface AccessTokenClaims {
  sub: string;
}

/** Verifies the access JWT (HS256 only; iss, aud, exp checked) and that the user is still active. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: jwtKey(config.JWT_SECRET),
      algorithms: ['HS256'],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthUser> {
    // The role and client come from the database, not the token, so a demotion takes effect at
    // once. Plain SQL: this runs on every request, and the query builder costs more than the query.
    const [user] = (await this.dataSource.query(`SELECT id, role, "clientId", active FROM app_user WHERE id = $1`, [claims.sub])) as Pick<
      User,
      'id' | 'role' | 'clientId' | 'active'
    >[];
    if (!user || !user.active || !isRole(user.role)) throw AppError.unauthenticated('Your account is no longer active: contact an administrator.');
    return { id: user.id, role: user.role, clientId: user.clientId };
  }
}
