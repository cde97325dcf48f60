import { Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import { ReadResolver } from '../graphql/list/read-resolver.js';
import { AuditService } from './audit.service.js';
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
}) {}
