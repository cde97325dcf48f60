import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { isRole } from '@orchestra/shared';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError } from '../errors/app-error.js';
import { User } from '../../modules/user/user.entity.js';
import type { AuthUser } from './auth-user.js';

export interface AccessTokenClaims {
  sub: string;
  role: string;
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
      secretOrKey: config.JWT_SECRET,
      algorithms: ['HS256'],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthUser> {
    // The role and client come from the database, not the token, so a demotion takes effect at once.
    const user = await this.dataSource.getRepository(User).findOne({
      where: { id: claims.sub },
      select: { id: true, role: true, clientId: true, active: true },
    });
    if (!user || !user.active || !isRole(user.role)) throw AppError.unauthenticated('Your account is no longer active: contact an administrator.');
    return { id: user.id, role: user.role, clientId: user.clientId };
  }
}
