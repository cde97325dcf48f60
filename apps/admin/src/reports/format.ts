import { RECOMMENDATION_POINTS } from '@orchestra/shared';
import { formatDate as houseDate } from '../common/DateField';

/** A level (1.0–5.0) as the report prints it, or a dash when nobody answered. */
export const level = (value: number | null | undefined): string => (value == null ? '—' : value.toFixed(1));

/** A day or an instant in the house format ("3 March 2027"), a dash when there is none. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? houseDate(iso) : '—';
}

/** An instant with its time ("3 March 2027 at 14:05"), a dash when there is none. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? houseDate(iso, true) : '—';
}

/** Roles whose views of one capability lie this far apart (or more) are flagged on the heatmap. */
export const DISAGREEMENT_FROM = 1.5;

/** Highest minus lowest role score on a row (roles with no valued answer left out), or null below two roles. */
export function roleSpread(cells: readonly { current: number | null; respondents: number }[]): number | null {
  const values = cells.filter((c) => c.current != null && c.respondents > 0).map((c) => c.current as number);
  if (values.length < 2) return null;
  return Math.round((Math.max(...values) - Math.min(...values)) * 10) / 10;
}

export type SeverityBand = { label: string; colour: 'error' | 'warning' | 'default' };

/** The engine calls a gap severe from `severeGapFrom` (DESIGN §5); half that is still worth a look. */
export function severityBand(severity: number): SeverityBand {
  if (severity >= RECOMMENDATION_POINTS.severeGapFrom) return { label: 'Severe', colour: 'error' };
  if (severity >= RECOMMENDATION_POINTS.severeGapFrom / 2) return { label: 'Moderate', colour: 'warning' };
  return { label: 'Minor', colour: 'default' };
}

export const STATE_COLOURS: Record<string, 'default' | 'success' | 'error' | 'info'> = {
  PROPOSED: 'default',
  ACCEPTED: 'success',
  REJECTED: 'error',
  OVERRIDDEN: 'info',
};

/** The points a reason added to its option's score (the engine records them as the `points` input). */
export function pointsOf(reason: { inputs: { name: string; value: string | null }[] }): number | null {
  const raw = reason.inputs.find((i) => i.name === 'points')?.value;
  if (raw == null || raw === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}
