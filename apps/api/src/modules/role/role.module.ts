import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientModule } from '../client/client.module.js';
import { EngagementModule } from '../engagement/engagement.module.js';
import { Role } from './role.entity.js';
import { RoleResolver } from './role.resolver.js';
import { RoleService } from './role.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Role]), ClientModule, EngagementModule],
  providers: [RoleService, RoleResolver],
  exports: [RoleService],
})
export class RoleModule {}
