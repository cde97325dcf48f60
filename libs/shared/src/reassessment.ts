/**
 * Re-assessment: the same capabilities measured again, the change against the previous and the
 * baseline assessment with its confidence, and the interventions that targeted each capability in
 * between (DESIGN §7). Pure: the API reads the scores and the interventions, this says what changed.
 */
import { formatDay } from './dates.js';
import { wordList } from './labels.js';

/** Days between scheduled re-assessments when none is given, and the bounds accepted. */
export const REASSESS_EVERY_DAYS = { default: 90, min: 7, max: 730 } as const;

/** One capability's score in one assessment (capabilities are matched across versions by key). */
export interface CapabilityReading {
  key: string;
  name: string;
  areaName: string;
  /** 1–5, null when too few answered. */
  current: number | null;
  /** The spread of the answers behind it (the score's own uncertainty); null when unknown. */
  spread: number | null;
  target: number;
}

export const InterventionKind = { OPTION: 'OPTION', PLACEMENT: 'PLACEMENT', DECISION: 'DECISION' } as const;
export type InterventionKind = (typeof InterventionKind)[keyof typeof InterventionKind];

/** Something done about a capability between two assessments. */
export interface Intervention {
  capabilityKey: string;
  kind: InterventionKind;
  /** As it reads in a sentence: "Ana Principal's placement as Delivery lead", "the accepted review". */
  label: string;
  /** YYYY-MM-DD */
  on: string;
}

export const Movement = { ROSE: 'ROSE', FELL: 'FELL', WITHIN_NOISE: 'WITHIN_NOISE', NO_BASELINE: 'NO_BASELINE', NOT_SCORED: 'NOT_SCORED' } as const;
export type Movement = (typeof Movement)[keyof typeof Movement];

export interface CapabilityChange {
  key: string;
  name: string;
  areaName: string;
  target: number;
  current: number | null;
  previous: number | null;
  baseline: number | null;
  /** current − previous (2 decimals); null when either is missing. */
  change: number | null;
  /** current − baseline (2 decimals). */
  changeFromBaseline: number | null;
  /** √(spread now² + spread before²): a change smaller than this is within noise. */
  noise: number | null;
  movement: Movement;
  /** Oldest first. */
  interventions: Intervention[];
}

export interface ReassessmentComparison {
  capabilities: CapabilityChange[];
  /** Names of the capabilities that rose or fell with no intervention recorded. */
  movedWithoutIntervention: string[];
  /** The plain-words summary at the top of the report. */
  summary: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const one = (n: number) => n.toFixed(1);

/** The movement of a capability from `before` to `now`, judged against the combined spread. */
export function movementOf(now: CapabilityReading | undefined, before: CapabilityReading | undefined): { movement: Movement; change: number | null; noise: number | null } {
  if (!before) return { movement: Movement.NO_BASELINE, change: null, noise: null };
  if (!now || now.current === null || before.current === null) return { movement: Movement.NOT_SCORED, change: null, noise: null };
  const change = round2(now.current - before.current);
  const noise = round2(Math.sqrt((now.spread ?? 0) ** 2 + (before.spread ?? 0) ** 2));
  if (Math.abs(change) <= noise || change === 0) return { movement: Movement.WITHIN_NOISE, change, noise };
  return { movement: change > 0 ? Movement.ROSE : Movement.FELL, change, noise };
}

/** "January 2027". */
const monthOf = (day: string) => formatDay(day).replace(/^\d+ /, '');

const interventionPhrase = (list: readonly Intervention[]) => {
  const labels = [...new Set(list.map((i) => i.label))];
  const named = labels.length > 2 ? [...labels.slice(0, 2), `${labels.length - 2} more`] : labels;
  return `${wordList(named, 'and')} in ${monthOf(list[0]!.on)}`;
};

function sentenceOf(c: CapabilityChange): string {
  if (c.movement === Movement.ROSE || c.movement === Movement.FELL) {
    const verb = c.movement === Movement.ROSE ? 'rose' : 'fell';
    const tail = c.interventions.length ? ` after ${interventionPhrase(c.interventions)}` : ' with no intervention recorded';
    return `${c.name} ${verb} from ${one(c.previous!)} to ${one(c.current!)}${tail}`;
  }
  if (c.movement === Movement.WITHIN_NOISE) {
    return c.interventions.length ? `${c.name} did not move beyond the noise despite ${interventionPhrase(c.interventions)}` : `${c.name} did not move and had no intervention`;
  }
  if (c.movement === Movement.NO_BASELINE) return `${c.name} is new in this framework version: no baseline`;
  return `${c.name} could not be compared: too few answers`;
}

/**
 * Compares an assessment with the previous one (and the baseline, the first of the line), matching
 * capabilities by key. The summary names the capabilities that moved (biggest change first), then
 * those that did not and had no intervention, at most `maxSentences` in all.
 */
export function compareReassessment(
  input: { current: readonly CapabilityReading[]; previous: readonly CapabilityReading[]; baseline: readonly CapabilityReading[] | null; interventions: readonly Intervention[] },
  maxSentences = 4,
): ReassessmentComparison {
  const before = new Map(input.previous.map((r) => [r.key, r]));
  const first = new Map((input.baseline ?? input.previous).map((r) => [r.key, r]));
  const capabilities = input.current.map((now): CapabilityChange => {
    const prev = before.get(now.key);
    const base = first.get(now.key);
    const { movement, change, noise } = movementOf(now, prev);
    return {
      key: now.key,
      name: now.name,
      areaName: now.areaName,
      target: now.target,
      current: now.current,
      previous: prev?.current ?? null,
      baseline: base?.current ?? null,
      change,
      changeFromBaseline: now.current !== null && base?.current != null ? round2(now.current - base.current) : null,
      noise,
      movement,
      interventions: input.interventions.filter((i) => i.capabilityKey === now.key).sort((a, b) => a.on.localeCompare(b.on) || a.label.localeCompare(b.label)),
    };
  });
  const moved = capabilities.filter((c) => c.movement === Movement.ROSE || c.movement === Movement.FELL).sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!) || a.name.localeCompare(b.name));
  const still = capabilities.filter((c) => c.movement === Movement.WITHIN_NOISE && !c.interventions.length);
  const despite = capabilities.filter((c) => c.movement === Movement.WITHIN_NOISE && c.interventions.length);
  const picked = [...moved, ...despite, ...still].slice(0, maxSentences);
  const rest = moved.length + despite.length + still.length - picked.length;
  const sentences = picked.map(sentenceOf);
  if (rest > 0) sentences.push(`${rest} more ${rest === 1 ? 'capability' : 'capabilities'} in the table below`);
  const summary = sentences.length ? `${sentences.join('; ')}.` : 'No capability could be compared with the previous assessment.';
  return { capabilities, movedWithoutIntervention: moved.filter((c) => !c.interventions.length).map((c) => c.name), summary };
}

/** The title of the n-th re-assessment of an assessment line: "Platform baseline — re-assessment 2". */
export function reassessmentTitle(sourceTitle: string, index: number): string {
  return `${sourceTitle.replace(/ — re-assessment \d+$/, '')} — re-assessment ${index}`;
}
