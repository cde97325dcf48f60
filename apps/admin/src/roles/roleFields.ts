import { RECOMMENDATION_OPTIONS, ROLE_STATUSES, RoleStatus, SENIORITIES, enumLabel } from '@orchestra/shared';
import { graphql } from '../gql';
import type { RoleRecordFragment } from '../gql/graphql';

export const OPTION_TYPE_CHOICES = RECOMMENDATION_OPTIONS.map((id) => ({ id, name: enumLabel('RecommendationOption', id) }));
export const SENIORITY_CHOICES = SENIORITIES.map((id) => ({ id, name: enumLabel('Seniority', id) }));
export const ROLE_STATUS_CHOICES = ROLE_STATUSES.map((id) => ({ id, name: enumLabel('RoleStatus', id) }));
/** On edit: a role may be opened, reopened or cancelled; FILLED comes only from a placement, and nothing goes back to DRAFT. */
export const EDITABLE_STATUS_CHOICES = ROLE_STATUS_CHOICES.map((c) => ({ ...c, disabled: c.id === RoleStatus.FILLED || c.id === RoleStatus.DRAFT }));
export const LEVEL_CHOICES = [1, 2, 3, 4, 5].map((id) => ({ id, name: String(id) }));

export const ROLE_STATUS_COLOURS: Record<string, 'success' | 'default' | 'primary' | 'warning'> = { DRAFT: 'warning', OPEN: 'primary', FILLED: 'success', CANCELLED: 'default' };
export const GAP_STATUS_COLOURS: Record<string, 'success' | 'default' | 'warning'> = { OPEN: 'warning', ADDRESSED: 'success', ACCEPTED_RISK: 'default' };


/** A role as the data provider returns it. */
export const RoleRecordFields = graphql(`
  fragment RoleRecord on Role {
    id
    clientId
    engagementId
    gapId
    recommendationId
    title
    optionType
    requiredSkills {
      skillId
      skill
      minLevel
      mustHave
      weight
    }
    seniority
    startDate
    permanent
    durationWeeks
    allocation
    budgetMinMinor
    budgetMaxMinor
    currency
    minOverlapHours
    status
    gapStatus
    matchCounts {
      stage
      count
    }
    shortlistFeedback {
      submitted
      summary
    }
    createdAt
    updatedAt
  }
`);

export type RoleRecord = RoleRecordFragment;
/** `skill` is the skill's name. */
export type RequiredSkill = RoleRecord['requiredSkills'][number];

export type RoleFormValues = Partial<Omit<RoleRecord, 'requiredSkills'>> & { requiredSkills?: Partial<RequiredSkill>[] | null };

const blank = <T>(v: T | '' | undefined): T | null => (v === '' || v === undefined ? null : v);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Math.round(Number(v)) : null);

/**
 * The arguments of createRole / updateRole (contract): exactly these fields, required skills as
 * RequiredSkillInput (no skill name, no __typename), no duration when permanent, emptied inputs null.
 */
export function toRoleArgs(data: RoleFormValues, create: boolean): Record<string, unknown> {
  const permanent = !!data.permanent;
  const args: Record<string, unknown> = {
    title: data.title?.trim(),
    optionType: data.optionType,
    requiredSkills: (data.requiredSkills ?? [])
      .filter((s) => s?.skillId)
      .map((s) => ({ skillId: s.skillId, minLevel: int(s.minLevel) ?? 1, mustHave: !!s.mustHave, weight: int(s.weight) ?? 1 })),
    seniority: data.seniority,
    startDate: blank(data.startDate),
    permanent,
    durationWeeks: permanent ? null : int(data.durationWeeks),
    allocation: int(data.allocation),
    budgetMinMinor: int(data.budgetMinMinor),
    budgetMaxMinor: int(data.budgetMaxMinor),
    currency: data.currency,
    minOverlapHours: int(data.minOverlapHours) ?? 0,
  };
  if (create) args['engagementId'] = data.engagementId;
  // FILLED is set by a placement only: sending it back unchanged could be refused.
  else if (data.status && data.status !== RoleStatus.FILLED) args['status'] = data.status;
  return args;
}
