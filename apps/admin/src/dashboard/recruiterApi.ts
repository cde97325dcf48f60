import { useQuery } from '@tanstack/react-query';
import { signedInGql } from '../providers/signedInGql';

/** `recruiterDashboard` (contract): SQL aggregates for the recruiter widgets. */
export interface RecruiterDashboard {
  /** "< 1 week", "1–4 weeks", "> 4 weeks" */
  openRolesByAge: { label: string; count: number }[];
  /** Consent ends within 30 days, soonest first (at most 20). */
  consentExpiring: { id: string; name: string; consentExpiresAt: string | null }[];
  placementsThisMonth: number;
  dueForErasure: number;
}

const RECRUITER_DASHBOARD = `query RecruiterDashboard { recruiterDashboard {
  openRolesByAge { label count } consentExpiring { id name consentExpiresAt } placementsThisMonth dueForErasure } }`;

export async function fetchRecruiterDashboard(): Promise<RecruiterDashboard> {
  return (await signedInGql<{ recruiterDashboard: RecruiterDashboard }>(RECRUITER_DASHBOARD)).recruiterDashboard;
}

/** One request for all the recruiter widgets: they share the query key. */
export const useRecruiterDashboard = () => useQuery({ queryKey: ['recruiterDashboard'], queryFn: fetchRecruiterDashboard });
