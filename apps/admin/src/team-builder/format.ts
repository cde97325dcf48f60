import { formatDate } from '../common/DateField';
import { plural } from '../common/plural';

/** A share 0–1 as a whole percentage ("75%"). */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** Hours with at most one decimal ("8 hours", "2.5 hours", "1 hour"). */
export function hours(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return plural(rounded, 'hour');
}

/** The day the whole team can start, in the house format; a dash when the team is empty. */
export const startDay = (day: string | null | undefined): string => (day ? formatDate(day) : '—');

/** The field names the API's BAD_USER_INPUT may carry, in words. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  recommendationId: 'The option',
  candidateIds: 'The team',
  minSize: 'Smallest team',
  maxSize: 'Largest team',
  budgetMinor: 'Budget',
  candidatesConsidered: 'Candidates considered',
};
