import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientModule } from '../client/client.module.js';
import { UserDirectoryService } from './user-directory.service.js';
import { UserSummaryResolver } from './user-summary.resolver.js';
import { User } from './user.entity.js';
import { UserResolver } from './user.resolver.js';
import { UserService } from './user.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User]), ClientModule],
  providers: [UserService, UserResolver, UserDirectoryService, UserSummaryResolver],
  exports: [UserService, UserDirectoryService],
})
export class UserModule {}
