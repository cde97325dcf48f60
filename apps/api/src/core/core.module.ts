import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from './config/config.js';
import { AuditModule } from './audit/audit.module.js';
import { SessionRevocationModule } from './identity/auth/session-revocation.module.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { IdempotencyModule } from './idempotency/idempotency.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { OutboxModule } from './queue/outbox.module.js';
import { QueueModule } from './queue/queue.module.js';
import { RedisModule } from './redis/redis.module.js';

/** Plumbing both processes share: config, logging, database, Redis, BullMQ queues, audit log, idempotency keys, outbox, session revocation. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule,
        RedisModule,
        AuditModule,
        IdempotencyModule,
        OutboxModule,
        QueueModule,
        SessionRevocationModule,
      ],
    };
  }
}
