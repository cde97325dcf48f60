import { ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import { ReadResolver } from '../graphql/list/read-resolver.js';
import type { StoredAuditChanges } from './audit-changes.js';
import type { AuditEvent } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { AuditChangeType } from './dto/audit-change.type.js';
import { AuditEventFilter } from './dto/audit-event.input.js';
import { AuditEventType } from './dto/audit-event.type.js';

/** The audit trail, read-only, for ADMINs. */
@Resolver(() => AuditEventType)
export class AuditEventResolver extends ReadResolver({
  name: 'AuditEvent',
  plural: 'AuditEvents',
  type: AuditEventType,
  filter: AuditEventFilter,
  permission: Permission.AUDIT_READ,
  service: AuditService,
  listDescription: 'Newest first by default.',
}) {
  @ResolveField(() => [AuditChangeType])
  changes(event: Pick<AuditEvent, 'changes'>): AuditChangeType[] {
    return auditChangeList(event.changes);
  }
}

/** Stored changes as a list by field name, values as JSON text. */
export function auditChangeList(changes: StoredAuditChanges | null): AuditChangeType[] {
  return Object.entries(changes ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([field, change]) =>
      change.redacted
        ? { field, old: null, new: null, redacted: true }
        : { field, old: asJson(change.old), new: asJson(change.new), redacted: false },
    );
}

const asJson = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
