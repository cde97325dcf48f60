/**
 * The old and new values an audit row keeps. Values are stored as JSON (dates as ISO strings),
 * long text is cut, and secrets never leave the service: a field whose name says it holds a
 * password, hash, token or secret is kept only as "changed".
 */
export type AuditChanges = Record<string, { old: unknown; new: unknown }>;
/** As stored: JSON values (`AuditValue`), kept `unknown` here so TypeORM's partial types stay shallow. */
export type StoredAuditChanges = Record<string, { old?: unknown; new?: unknown; redacted?: true }>;
type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };

const SECRET_FIELD = /password|hash|token|secret|apikey/i;
/** Longer text (a note, a description) is kept as its first characters: the trail says what changed, not a copy. */
export const AUDIT_TEXT_LIMIT = 500;

/** Every field of a new record that has a value: from nothing to that value. */
export function createdChanges<T extends object>(record: T, fields: readonly (keyof T & string)[]): AuditChanges {
  const changes: AuditChanges = {};
  for (const f of fields) if (record[f] !== null && record[f] !== undefined) changes[f] = { old: null, new: record[f] };
  return changes;
}

/** The fields whose value differs between `before` and `after` (compared as stored JSON). */
export function diffChanges<T extends object>(before: T, after: Partial<T>, fields: readonly (keyof T & string)[] = Object.keys(after) as (keyof T & string)[]): AuditChanges {
  const changes: AuditChanges = {};
  for (const f of fields) {
    if (!(f in after)) continue;
    const old = toAuditValue(before[f]);
    const next = toAuditValue(after[f]);
    if (JSON.stringify(old) !== JSON.stringify(next)) changes[f] = { old: before[f], new: after[f] };
  }
  return changes;
}

/** What is stored: values as JSON, long text cut, secrets redacted. */
export function storedChanges(changes: AuditChanges): StoredAuditChanges {
  const stored: StoredAuditChanges = {};
  for (const [field, { old, new: next }] of Object.entries(changes)) {
    stored[field] = SECRET_FIELD.test(field) ? { redacted: true } : { old: toAuditValue(old), new: toAuditValue(next) };
  }
  return stored;
}

function toAuditValue(value: unknown): AuditValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'string') return value.length > AUDIT_TEXT_LIMIT ? `${value.slice(0, AUDIT_TEXT_LIMIT)}…` : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toAuditValue);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_FIELD.test(k) ? null : toAuditValue(v)]));
  }
  return null;
}

/** A deleted record: the given fields from their value to nothing (what was removed, in words). */
export function removedChanges<T extends object>(record: T, fields: readonly (keyof T & string)[]): AuditChanges {
  const changes: AuditChanges = {};
  for (const f of fields) if (record[f] !== null && record[f] !== undefined) changes[f] = { old: record[f], new: null };
  return changes;
}
