import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { AuthService } from './auth/auth.service.js';
import { JwtAuthGuard } from './auth/jwt-auth.guard.js';
import { jwtKey } from './auth/jwt-key.js';
import { JwtStrategy } from './auth/jwt.strategy.js';
import { LoginRateLimiter } from './auth/login-rate-limiter.js';
import { PermissionGuard } from './auth/permission.guard.js';
import { RefreshGrace } from './auth/refresh-grace.js';
import { IdentityModule } from './identity.module.js';
import { UserSummaryResolver } from './user/user-summary.resolver.js';
import { UserResolver } from './user/user.resolver.js';

/** The API side of identity: sign-in, sessions, the guards every operation passes, and the user resolvers. */
@Module({
  imports: [
    IdentityModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: jwtKey(config.JWT_SECRET),
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  providers: [
    AuthService,
    AuthResolver,
    JwtStrategy,
    LoginRateLimiter,
    RefreshGrace,
    UserResolver,
    UserSummaryResolver,
    // Order matters: authenticate, then check permissions.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
})
export class IdentityApiModule {}
