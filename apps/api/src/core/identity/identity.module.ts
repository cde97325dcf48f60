import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordToken } from './auth/password-token.entity.js';
import { RefreshToken } from './auth/refresh-token.entity.js';
import { UserDirectoryService } from './user/user-directory.service.js';
import { User } from './user/user.entity.js';
import { UserService } from './user/user.service.js';

/** Identity's services, for both processes: users, the staff directory, and their sign-in records. */
@Module({
  imports: [TypeOrmModule.forFeature([User, RefreshToken, PasswordToken])],
  providers: [UserService, UserDirectoryService],
  exports: [UserService, UserDirectoryService],
})
export class IdentityModule {}
