import { Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { OutboxModule } from './queue/outbox.module.js';
import { RedisModule } from './redis/redis.module.js';

/** Plumbing both processes share: config, logging, database, Redis, audit log, outbox. */
@Module({
  imports: [ConfigModule, LoggingModule, DatabaseModule, RedisModule, AuditModule, OutboxModule],
})
export class CoreModule {}
