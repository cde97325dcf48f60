import { RECOMMENDATION_OPTION_LABELS, RECOMMENDATION_POINTS, type RecommendationOption, DATE_FORMAT_OPTIONS } from '@orchestra/shared';

/** A level (1.0–5.0) as the report prints it, or a dash when nobody answered. */
export const level = (value: number | null | undefined): string => (value == null ? '—' : value.toFixed(1));

export const optionLabel = (option: RecommendationOption | string): string => RECOMMENDATION_OPTION_LABELS[option as RecommendationOption] ?? option;

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** An instant as the house writes a date ("3 March 2027"), in the viewer's locale and time zone. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleDateString(undefined, DATE_FORMAT_OPTIONS);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
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

export const STATE_LABELS: Record<string, string> = {
  PROPOSED: 'Proposed',
  ACCEPTED: 'Accepted',
  REJECTED: 'Rejected',
  OVERRIDDEN: 'Chosen over the ranking',
};

export const GAP_STATUS_LABELS: Record<string, string> = {
  OPEN: 'Open',
  ADDRESSED: 'Addressed',
  ACCEPTED_RISK: 'Risk accepted',
};

/** The points a reason added to its option's score (the engine records them as the `points` input). */
export function pointsOf(reason: { inputs: { name: string; value: string | null }[] }): number | null {
  const raw = reason.inputs.find((i) => i.name === 'points')?.value;
  if (raw == null || raw === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}
