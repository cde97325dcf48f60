import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { currentRequestId, noteAudited } from '../request-context/request-context.js';
import { ResourceRepository } from '../graphql/list/resource-repository.js';
import { ResourceService } from '../graphql/list/resource.service.js';
import { storedChanges, type AuditChanges } from './audit-changes.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditEventFilter } from './dto/audit-event.input.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  /** Fields that changed whose values the trail does not keep (e.g. a set of links replaced). */
  changedFields?: string[];
  /** Old and new value per changed field (`diffChanges`, `createdChanges`); secrets are redacted on the way in. */
  changes?: AuditChanges;
}

/** Rows deleted per statement when purging: short transactions, however many have expired. */
const PURGE_BATCH = 10_000;

/**
 * Records who did what, inside the caller's transaction so the log and the change commit together;
 * reads the trail for ADMINs (the Audit screen, a record's History); purges what is past retention.
 */
@Injectable()
export class AuditService extends ResourceService<AuditEvent, AuditEventFilter> {
  override readonly resources: ResourceRepository<AuditEvent>;

  constructor(@InjectRepository(AuditEvent) private readonly repo: Repository<AuditEvent>) {
    super();
    this.resources = new ResourceRepository(repo, {
      typeName: 'AuditEvent',
      alias: 'audit',
      sortable: { id: 'id', createdAt: 'createdAt', action: 'action', targetType: 'targetType' },
      defaultSort: { field: 'createdAt', order: 'DESC' },
      search: '"audit"."action"',
      equals: { actorId: 'actorId', targetType: 'targetType', targetId: 'targetId', action: 'action', requestId: 'requestId' },
      ranges: { createdAt: 'createdAt' },
      tenantProperty: null,
    });
  }

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const { changes, ...rest } = entry;
    const fields = [...new Set([...(entry.changedFields ?? []), ...Object.keys(changes ?? {})])].sort();
    const stored = changes && Object.keys(changes).length ? storedChanges(changes) : null;
    // One plain statement, nothing returned: it runs inside every mutation's transaction.
    await manager.query(
      `INSERT INTO audit_event ("actorId", action, "targetType", "targetId", "changedFields", changes, "requestId") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [rest.actorId, rest.action, rest.targetType, rest.targetId, fields, stored, currentRequestId()],
    );
    noteAudited();
  }

  /** Deletes entries older than `months`, a batch at a time (the maintenance queue's daily job). */
  async purgeExpired(months: number): Promise<{ purged: number }> {
    let purged = 0;
    for (;;) {
      const [, count] = (await this.repo.query(
        `DELETE FROM audit_event WHERE id IN (SELECT id FROM audit_event WHERE "createdAt" < now() - make_interval(months => $1) LIMIT ${PURGE_BATCH})`,
        [months],
      )) as [unknown, number];
      purged += count;
      if (count < PURGE_BATCH) return { purged };
    }
  }
}
