import { RESOURCE_PERMISSIONS, auditActionLabel, typeNameLabel } from '@orchestra/shared';
import type { RaRecord } from 'react-admin';
import { col, csvExporter } from '../common/csvExport';

export interface AuditEventRecord extends RaRecord {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  changedFields: string[];
  createdAt: string;
}

/** The record an entry is about, in words ("Engagement", "Decision record"). */
export const recordLabel = (r: Pick<AuditEventRecord, 'targetType'>) => typeNameLabel(r.targetType);

/** The admin page of the entry's record, when it has one (a resource the admin knows). */
export const recordPath = (r: Pick<AuditEventRecord, 'targetType' | 'targetId'>): string | null =>
  r.targetId && RESOURCE_PERMISSIONS[r.targetType] ? `/${r.targetType}/${r.targetId}/show` : null;

/** Fields a change touched, as the API names them, or a dash. */
export const fieldsText = (r: Pick<AuditEventRecord, 'changedFields'>) => (r.changedFields.length ? r.changedFields.join(', ') : '—');

/** Record types a person can filter by. */
export const TARGET_TYPE_CHOICES = ['Assessment', 'Candidate', 'Client', 'Contact', 'DecisionRecord', 'Engagement', 'Match', 'Recommendation', 'Role', 'StaffingPlan', 'User', 'WorkflowRun'].map(
  (id) => ({ id, name: typeNameLabel(id) }),
);

/** The audit list's Export: when, who, what, on which record, which fields. */
export const auditExporter = csvExporter<AuditEventRecord>(
  'audit-trail',
  [
    col.date('When', 'createdAt', { time: true }),
    { header: 'Who', value: (r, nameOf) => (r.actorId ? (nameOf('actorId') ?? '') : 'System') },
    { header: 'Action', value: (r) => auditActionLabel(r.action) },
    { header: 'Record', value: (r) => recordLabel(r) },
    col.text('Record id', 'targetId'),
    { header: 'Fields changed', value: (r) => r.changedFields.join('; ') },
  ],
  [{ source: 'actorId', reference: 'UserSummary' }],
);
