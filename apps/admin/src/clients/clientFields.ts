import { enumChoices } from '@orchestra/shared';

export const SIZE_BAND_CHOICES = enumChoices('SizeBand');

/** The IANA zones this browser knows, for the time-zone picker. */
export const TIME_ZONE_CHOICES = Intl.supportedValuesOf('timeZone').map((id) => ({ id, name: id.replace(/_/g, ' ') }));

const EDITABLE = ['name', 'industry', 'sizeBand', 'region', 'timeZone', 'coreHoursStart', 'coreHoursEnd', 'notes'] as const;
export type ClientFormValues = Partial<Record<(typeof EDITABLE)[number], string | null>>;

/** Sends exactly the editable fields; a cleared input is null (the API clears the field). */
export function toClientArgs(data: ClientFormValues): ClientFormValues {
  return Object.fromEntries(EDITABLE.map((f) => [f, data[f] === '' || data[f] === undefined ? null : data[f]]));
}
