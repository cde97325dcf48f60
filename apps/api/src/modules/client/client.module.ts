import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Client } from './client.entity.js';
import { ClientResolver } from './client.resolver.js';
import { ClientService } from './client.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Client])],
  providers: [ClientService, ClientResolver],
  exports: [ClientService],
})
export class ClientModule {}
