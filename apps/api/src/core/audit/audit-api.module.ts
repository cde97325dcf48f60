import { Module } from '@nestjs/common';
import { AuditEventResolver } from './audit.resolver.js';

/** The audit trail's reads (the API process only; AuditModule itself is global). */
@Module({ providers: [AuditEventResolver] })
export class AuditApiModule {}
