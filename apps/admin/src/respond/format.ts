import { RespondentRole } from '@orchestra/shared';
import { formatDate } from '../common/DateField';

// The house's date and time format ("3 March 2027", "14:05"); instants in the respondent's time zone.
export { formatDate as formatDay, formatTime } from '../common/DateField';

export const formatDateTime = (iso: string): string => formatDate(iso, true);

const ROLE_PHRASES: Record<RespondentRole, string | null> = {
  [RespondentRole.CTO]: 'a CTO',
  [RespondentRole.ENGINEERING_MANAGER]: 'an engineering manager',
  [RespondentRole.ENGINEER]: 'an engineer',
  [RespondentRole.PRODUCT]: 'someone in product',
  [RespondentRole.OTHER]: null,
};

/** The respondent's seat as it reads in a sentence ("as an engineer"), or null when there is nothing useful to say. */
export const rolePhrase = (role: RespondentRole): string | null => ROLE_PHRASES[role] ?? null;
