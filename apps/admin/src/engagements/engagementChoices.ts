import { BUDGET_BAND_LABELS, BUDGET_BANDS, ENGAGEMENT_STAGES, NEED_HORIZONS, URGENCIES } from '@orchestra/shared';

const titleCase = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

export const STAGE_CHOICES = ENGAGEMENT_STAGES.map((id) => ({ id, name: titleCase(id) }));
export const HORIZON_CHOICES = NEED_HORIZONS.map((id) => ({ id, name: titleCase(id) }));
export const URGENCY_CHOICES = URGENCIES.map((id) => ({ id, name: titleCase(id) }));
export const BUDGET_CHOICES = BUDGET_BANDS.map((id) => ({ id, name: BUDGET_BAND_LABELS[id] }));

const EDITABLE = ['ownerId', 'title', 'businessNeed', 'horizon', 'urgency', 'budgetBand', 'startDate', 'endDate'] as const;
export type EngagementFormValues = Partial<Record<(typeof EDITABLE)[number] | 'clientId', string | null>>;

/** Sends exactly the editable fields (clientId only on create); emptied dates are null. */
export function toEngagementArgs(data: EngagementFormValues, create: boolean): EngagementFormValues {
  const args: EngagementFormValues = Object.fromEntries(EDITABLE.map((f) => [f, data[f] === '' || data[f] === undefined ? null : data[f]]));
  if (create) args.clientId = data.clientId;
  return args;
}
