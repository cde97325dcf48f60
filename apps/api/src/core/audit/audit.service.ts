import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  changedFields?: string[];
}

/** Records who did what, inside the caller's transaction so the log and the change commit together. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEvent, { ...entry, changedFields: [...new Set(entry.changedFields ?? [])].sort() });
  }
}
