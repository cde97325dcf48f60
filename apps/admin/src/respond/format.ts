import { RespondentRole } from '@orchestra/shared';

// Dates and times in the respondent's own locale: they may be anywhere.

/** A YYYY-MM-DD day as a calendar day (never shifted by the time zone). */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

const ROLE_PHRASES: Record<RespondentRole, string | null> = {
  [RespondentRole.CTO]: 'a CTO',
  [RespondentRole.ENGINEERING_MANAGER]: 'an engineering manager',
  [RespondentRole.ENGINEER]: 'an engineer',
  [RespondentRole.PRODUCT]: 'someone in product',
  [RespondentRole.OTHER]: null,
};

/** The respondent's seat as it reads in a sentence ("as an engineer"), or null when there is nothing useful to say. */
export const rolePhrase = (role: RespondentRole): string | null => ROLE_PHRASES[role] ?? null;

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
