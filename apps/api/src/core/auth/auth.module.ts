import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { UserModule } from '../../modules/user/user.module.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { JwtAuthGuard } from './jwt-auth.guard.js';
import { jwtKey } from './jwt-key.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { PermissionGuard } from './permission.guard.js';
import { RefreshGrace } from './refresh-grace.js';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: jwtKey(config.JWT_SECRET),
        signOptions: { algorithm: 'HS256' },
      }),
    }),
    UserModule,
  ],
  providers: [
    AuthService,
    AuthResolver,
    JwtStrategy,
    LoginRateLimiter,
    RefreshGrace,
    // Order matters: authenticate, then check permissions.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
})
export class AuthModule {}
