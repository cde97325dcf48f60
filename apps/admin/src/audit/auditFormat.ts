import { RESOURCE_PERMISSIONS, auditActionLabel, enumLabel, typeNameLabel, type LabelledEnum } from '@orchestra/shared';
import type { RaRecord } from 'react-admin';
import { col, csvExporter } from '../common/csvExport';
import { formatDate } from '../common/DateField';

export interface AuditChange {
  field: string;
  /** JSON text of the value, null for none (or when redacted). */
  old: string | null;
  new: string | null;
  redacted: boolean;
}

export interface AuditEventRecord extends RaRecord {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  changedFields: string[];
  changes: AuditChange[];
  requestId: string | null;
  createdAt: string;
}

/** Fields that hold an enum code, so the trail shows its label ("Qualified", not QUALIFIED); by record type where it differs. */
const FIELD_ENUMS: Record<string, LabelledEnum | Record<string, LabelledEnum>> = {
  stage: { Engagement: 'EngagementStage', Match: 'MatchStage' },
  status: {
    Assessment: 'AssessmentStatus',
    CapabilityFramework: 'FrameworkStatus',
    CapabilityGap: 'GapStatus',
    Invitation: 'InvitationStatus',
    Role: 'RoleStatus',
    StaffingPlan: 'StaffingPlanStatus',
    WorkflowRun: 'WorkflowStatus',
  },
  state: 'RecommendationState',
  seniority: 'Seniority',
  kind: 'CandidateKind',
  consentBasis: 'ConsentBasis',
  budgetBand: 'BudgetBand',
  urgency: 'Urgency',
  horizon: 'NeedHorizon',
  reversibility: 'Reversibility',
  role: 'UserRole',
  respondentRole: 'RespondentRole',
  optionType: 'RecommendationOption',
  nature: 'CapabilityNature',
  sizeBand: 'SizeBand',
};

const enumOf = (targetType: string, field: string): LabelledEnum | undefined => {
  const kind = FIELD_ENUMS[field];
  return typeof kind === 'string' ? kind : kind?.[targetType];
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One stored value in words: labels for codes, the house date format, quotes around text. */
function valueText(json: string | null, kind: LabelledEnum | undefined): string {
  if (json === null) return 'empty';
  const value: unknown = JSON.parse(json);
  const one = (v: unknown): string => {
    if (v === null || v === '') return 'empty';
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    if (typeof v === 'number') return String(v);
    if (typeof v === 'string') {
      if (kind) return enumLabel(kind, v);
      if (ISO_DAY.test(v)) return formatDate(v);
      if (ISO_INSTANT.test(v)) return formatDate(v, true);
      return `“${v}”`;
    }
    if (Array.isArray(v)) return v.length ? v.map(one).join(', ') : 'none';
    return JSON.stringify(v);
  };
  return one(value);
}

/** A camelCase field name in words: "closeReason" → "Close reason". */
export const fieldLabel = (field: string) => typeNameLabel(field.charAt(0).toUpperCase() + field.slice(1));

/** One change in words: "Stage: Lead → Qualified", "Name: “Acme”" (set on creation), "Password: changed (hidden)". */
export function changeText(targetType: string, c: AuditChange): string {
  const label = fieldLabel(c.field);
  if (c.redacted) return `${label}: changed (hidden)`;
  const kind = enumOf(targetType, c.field);
  if (c.old === null) return `${label}: ${valueText(c.new, kind)}`;
  return `${label}: ${valueText(c.old, kind)} → ${valueText(c.new, kind)}`;
}

/** Every change of an entry in words, then the fields it names without values (e.g. skills replaced). */
export function changesList(r: Pick<AuditEventRecord, 'targetType' | 'changes' | 'changedFields'>): string[] {
  const changes = r.changes ?? [];
  const withValues = new Set(changes.map((c) => c.field));
  return [...changes.map((c) => changeText(r.targetType, c)), ...r.changedFields.filter((f) => !withValues.has(f)).map((f) => `${fieldLabel(f)}: changed`)];
}

/** The record an entry is about, in words ("Engagement", "Decision record"). */
export const recordLabel = (r: Pick<AuditEventRecord, 'targetType'>) => typeNameLabel(r.targetType);

/** The admin page of the entry's record, when it has one (a resource the admin knows). */
export const recordPath = (r: Pick<AuditEventRecord, 'targetType' | 'targetId'>): string | null =>
  r.targetId && RESOURCE_PERMISSIONS[r.targetType] ? `/${r.targetType}/${r.targetId}/show` : null;

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
    { header: 'Changes', value: (r) => changesList(r).join('; ') },
    col.text('Request', 'requestId'),
  ],
  [{ source: 'actorId', reference: 'UserSummary' }],
);
