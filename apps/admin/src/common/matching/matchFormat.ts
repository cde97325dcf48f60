import { MatchStage, RECOMMENDATION_OPTION_LABELS, type RecommendationOption, DAY_MS } from '@orchestra/shared';

const titleCase = (s: string) => (s.charAt(0) + s.slice(1).toLowerCase()).replace(/_/g, ' ');

export const STAGE_LABELS: Readonly<Record<MatchStage, string>> = {
  SUGGESTED: 'Suggested',
  SHORTLISTED: 'Shortlisted',
  SUBMITTED: 'Submitted',
  INTERVIEWING: 'Interviewing',
  OFFERED: 'Offered',
  PLACED: 'Placed',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
};

export const stageLabel = (stage: string): string => STAGE_LABELS[stage as MatchStage] ?? titleCase(stage);

export type ChipColour = 'default' | 'primary' | 'secondary' | 'success' | 'error' | 'info' | 'warning';

export const STAGE_COLOURS: Readonly<Record<MatchStage, ChipColour>> = {
  SUGGESTED: 'default',
  SHORTLISTED: 'info',
  SUBMITTED: 'primary',
  INTERVIEWING: 'primary',
  OFFERED: 'warning',
  PLACED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
};

/** The button that moves a match to `stage`. */
export function moveLabel(stage: MatchStage): string {
  switch (stage) {
    case MatchStage.SHORTLISTED:
      return 'Shortlist';
    case MatchStage.SUBMITTED:
      return 'Submit';
    case MatchStage.INTERVIEWING:
      return 'Interview';
    case MatchStage.OFFERED:
      return 'Offer';
    case MatchStage.PLACED:
      return 'Place…';
    case MatchStage.REJECTED:
      return 'Reject…';
    case MatchStage.WITHDRAWN:
      return 'Withdraw…';
    default:
      return stageLabel(stage);
  }
}

/** The hard constraints of the matching (DESIGN §6), as the "Not eligible" tab names them. */
export const CONSTRAINT_LABELS: Readonly<Record<string, string>> = {
  CONSENT: 'Consent',
  KIND: 'Kind',
  AVAILABILITY: 'Availability',
  ALLOCATION: 'Allocation',
  SKILL: 'Must-have skill',
  TIME_ZONE: 'Time-zone overlap',
};

export const constraintLabel = (constraint: string): string => CONSTRAINT_LABELS[constraint] ?? titleCase(constraint);

export const optionTypeLabel = (option: string): string => RECOMMENDATION_OPTION_LABELS[option as RecommendationOption] ?? titleCase(option);

export const seniorityLabel = (seniority: string): string => titleCase(seniority);

/** A score of 0–100 with one decimal, as the API rounds it. */
export const formatScore = (score: number | null | undefined): string => (score == null ? '—' : score.toFixed(1));

/** Whole days since an ISO instant (0 today). */
export function daysSince(iso: string | null | undefined, now: number = Date.now()): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.floor((now - t) / DAY_MS));
}
