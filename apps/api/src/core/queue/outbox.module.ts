import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEvent } from './outbox-event.entity.js';
import { OutboxService } from './outbox.service.js';

@Global()
@Module({ imports: [TypeOrmModule.forFeature([OutboxEvent])], providers: [OutboxService], exports: [OutboxService] })
export class OutboxModule {}
