import type { Candidate, Role } from '../../gql/schema';
import { toMajor } from './money';
import { addDays, today } from '@orchestra/shared';

/** What the placement dialog shows: dates "YYYY-MM-DD", the rate in major units. */
export interface PlacementDraft {
  startDate: string;
  endDate: string;
  rate: string;
  currency: string;
}

/** What the role suggests of a placement. */
export type RoleTerms = Partial<Pick<Role, 'startDate' | 'permanent' | 'durationWeeks' | 'currency'>>;

/** What the candidate suggests of a placement. */
export type CandidateTerms = Partial<Pick<Candidate, 'dayRateMinor' | 'salaryMinor' | 'currency'>>;

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
