import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../../core/identity/identity.module.js';
import { ClientModule } from '../client/client.module.js';
import { Contact } from './contact.entity.js';
import { ContactService } from './contact.service.js';

/** People at a client, optionally linked to a CLIENT user. */
@Module({
  imports: [TypeOrmModule.forFeature([Contact]), ClientModule, IdentityModule],
  providers: [ContactService],
  exports: [ContactService],
})
export class ContactModule {}
