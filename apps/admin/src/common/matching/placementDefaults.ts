import { addDays, today } from './matchFormat';
import { toMajor } from './money';

/** What the placement dialog shows: dates "YYYY-MM-DD", the rate in major units. */
export interface PlacementDraft {
  startDate: string;
  endDate: string;
  rate: string;
  currency: string;
}

export interface RoleTerms {
  startDate?: string | null;
  permanent?: boolean;
  durationWeeks?: number | null;
  currency?: string;
}

export interface CandidateTerms {
  dayRateMinor?: number | null;
  salaryMinor?: number | null;
  currency?: string;
}

/**
 * The placement as the role and the candidate suggest it: the role's start (today when it has
 * none), an end after the role's duration (none when permanent), and the candidate's day rate
 * (yearly salary for a permanent role) in the candidate's currency.
 */
export function placementDefaults(role: RoleTerms | undefined, candidate: CandidateTerms | undefined): PlacementDraft {
  const startDate = role?.startDate || today();
  const endDate = !role?.permanent && role?.durationWeeks ? addDays(startDate, role.durationWeeks * 7 - 1) : '';
  const currency = candidate?.currency || role?.currency || 'EUR';
  const rateMinor = role?.permanent ? candidate?.salaryMinor : candidate?.dayRateMinor;
  const rate = toMajor(rateMinor ?? null, currency);
  return { startDate, endDate, rate: rate === null ? '' : String(rate), currency };
}
