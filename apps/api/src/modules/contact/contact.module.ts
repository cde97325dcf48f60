import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientModule } from '../client/client.module.js';
import { UserModule } from '../user/user.module.js';
import { Contact } from './contact.entity.js';
import { ContactResolver } from './contact.resolver.js';
import { ContactService } from './contact.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Contact]), ClientModule, UserModule],
  providers: [ContactService, ContactResolver],
  exports: [ContactService],
})
export class ContactModule {}
