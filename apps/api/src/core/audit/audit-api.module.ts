import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditEventResolver } from './audit.resolver.js';
import { AuditedMutations } from './audited-mutations.interceptor.js';

/** The audit trail's reads, and the check that every mutation wrote to it (the API process only; AuditModule itself is global). */
@Module({ providers: [AuditEventResolver, { provide: APP_INTERCEPTOR, useClass: AuditedMutations }] })
export class AuditApiModule {}
