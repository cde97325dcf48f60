import { MatchStage, DAY_MS, enumLabel } from '@orchestra/shared';

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
      return enumLabel('MatchStage', stage);
  }
}

/** A score of 0–100 with one decimal, as the API rounds it. */
export const formatScore = (score: number | null | undefined): string => (score == null ? '—' : score.toFixed(1));

/** Whole days since an ISO instant (0 today). */
export function daysSince(iso: string | null | undefined, now: number = Date.now()): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.floor((now - t) / DAY_MS));
}
