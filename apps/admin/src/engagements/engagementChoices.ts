import { enumChoices } from '@orchestra/shared';

export const STAGE_CHOICES = enumChoices('EngagementStage');
export const HORIZON_CHOICES = enumChoices('NeedHorizon');
export const URGENCY_CHOICES = enumChoices('Urgency');
export const BUDGET_CHOICES = enumChoices('BudgetBand');

const EDITABLE = ['ownerId', 'title', 'businessNeed', 'horizon', 'urgency', 'budgetBand', 'startDate', 'endDate'] as const;
export type EngagementFormValues = Partial<Record<(typeof EDITABLE)[number] | 'clientId', string | null>>;

/** Sends exactly the editable fields (clientId only on create); emptied dates are null. */
export function toEngagementArgs(data: EngagementFormValues, create: boolean): EngagementFormValues {
  const args: EngagementFormValues = Object.fromEntries(EDITABLE.map((f) => [f, data[f] === '' || data[f] === undefined ? null : data[f]]));
  if (create) args.clientId = data.clientId;
  return args;
}
