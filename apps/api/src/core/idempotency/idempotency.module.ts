import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyKey } from './idempotency-key.entity.js';
import { IdempotencyService } from './idempotency.service.js';

@Global()
@Module({ imports: [TypeOrmModule.forFeature([IdempotencyKey])], providers: [IdempotencyService], exports: [IdempotencyService] })
export class IdempotencyModule {}
