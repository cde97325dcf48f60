import { DAY_MS, enumChoices } from '@orchestra/shared';
import { graphql } from '../gql';
import type { CandidateRecordFragment } from '../gql/graphql';

export const KIND_CHOICES = enumChoices('CandidateKind');
export const CONSENT_BASIS_CHOICES = enumChoices('ConsentBasis');
/** Consent ending within this many days is flagged on the candidate page. */
export const CONSENT_WARNING_DAYS = 30;



/** A candidate as the data provider returns it (the nested skill is fetched as `{ id }` only). */
export const CandidateRecordFields = graphql(`
  fragment CandidateRecord on Candidate {
    id
    kind
    name
    email
    phone
    profileUrl
    location
    timeZone
    seniority
    skills {
      skillId
      skill {
        id
      }
      level
      evidence
    }
    availableFrom
    allocation
    dayRateMinor
    salaryMinor
    currency
    cvText
    consentBasis
    consentGivenAt
    consentExpiresAt
    consentValid
    lastContactAt
    tags
    notes {
      id
      body
      authorId
      createdAt
    }
    createdAt
    updatedAt
  }
`);

export type CandidateRecord = CandidateRecordFragment;
export type CandidateSkill = CandidateRecord['skills'][number];
export type CandidateNote = CandidateRecord['notes'][number];

export type CandidateFormValues = Partial<Omit<CandidateRecord, 'skills'>> & { skills?: Partial<CandidateSkill>[] | null };

const TEXT_FIELDS = ['name', 'email', 'phone', 'profileUrl', 'location', 'timeZone', 'cvText', 'currency'] as const;
const ENUM_FIELDS = ['kind', 'seniority', 'consentBasis'] as const;
const INT_FIELDS = ['allocation', 'dayRateMinor', 'salaryMinor'] as const;
const INSTANT_FIELDS = ['consentGivenAt', 'consentExpiresAt', 'lastContactAt'] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function text(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
}

function int(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.round(v);
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Math.round(Number(v));
  return null;
}

/** A date input's "YYYY-MM-DD" as the DateTime the contract asks for (midnight UTC); ISO instants pass. */
export function toInstant(v: unknown): string | null {
  const t = text(v);
  if (!t) return null;
  return DAY.test(t) ? `${t}T00:00:00.000Z` : t;
}

/**
 * The arguments of createCandidate / updateCandidate (contract): exactly its fields, the skills
 * as CandidateSkillInput (the whole list: it replaces the stored one), money in minor units (the
 * inputs already keep them so), emptied inputs null.
 */
export function toCandidateArgs(data: CandidateFormValues): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const f of TEXT_FIELDS) args[f] = text(data[f]);
  for (const f of ENUM_FIELDS) args[f] = data[f] ?? null;
  for (const f of INT_FIELDS) args[f] = int(data[f]);
  for (const f of INSTANT_FIELDS) args[f] = toInstant(data[f]);
  args['availableFrom'] = text(data.availableFrom);
  args['skills'] = (data.skills ?? [])
    .filter((s) => s?.skillId)
    .map((s) => ({ skillId: s.skillId, level: int(s.level) ?? 1, evidence: text(s.evidence) }));
  args['tags'] = (data.tags ?? []).map((t) => t.trim()).filter(Boolean);
  return args;
}

/** The list filter as CandidateFilter: only the contract's keys, empty values left out. */
const FILTER_KEYS = ['ids', 'q', 'cv', 'kind', 'seniority', 'skillId', 'skillMinLevel', 'availableBy', 'dayRateMinor_gte', 'dayRateMinor_lte', 'timeZone', 'consentValid', 'tag'] as const;

export function toCandidateFilter(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(FILTER_KEYS.filter((k) => values[k] !== undefined && values[k] !== null && values[k] !== '').map((k) => [k, values[k]]));
}

/** Days from now until an ISO instant (negative when past), or null. */
export function daysUntil(iso: string | null | undefined, now: number = Date.now()): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.floor((t - now) / DAY_MS);
}
