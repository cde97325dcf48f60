/**
 * Client shortlists: what a CLIENT user reads of a submitted candidate (a redacted profile under
 * an alias) and how they answer it. The API and the admin share these words.
 */
import { wordList } from './labels.js';
import { formatMoney } from './matching.js';

export const ShortlistAnswer = {
  /** Request an interview, with proposed slots: the match moves to INTERVIEWING. */
  INTERESTED: 'INTERESTED',
  /** Not now: the match stays submitted, the reason is kept. */
  NOT_NOW: 'NOT_NOW',
  /** No: the match moves to REJECTED with the client's reason. */
  NO: 'NO',
} as const;
export type ShortlistAnswer = (typeof ShortlistAnswer)[keyof typeof ShortlistAnswer];
export const SHORTLIST_ANSWERS: readonly ShortlistAnswer[] = Object.values(ShortlistAnswer);

/** Why a client says "not now" or "no": a short list the recruiter can count. */
export const ShortlistReason = {
  BUDGET: 'BUDGET',
  SKILLS: 'SKILLS',
  SENIORITY: 'SENIORITY',
  AVAILABILITY: 'AVAILABILITY',
  LOCATION_OR_HOURS: 'LOCATION_OR_HOURS',
  OTHER: 'OTHER',
} as const;
export type ShortlistReason = (typeof ShortlistReason)[keyof typeof ShortlistReason];
export const SHORTLIST_REASONS: readonly ShortlistReason[] = Object.values(ShortlistReason);

/** How many interview slots a client may propose, and how far ahead. */
export const SHORTLIST_SLOTS = { min: 1, max: 5, maxDaysAhead: 90 } as const;

/** The reason as the end of "declined on …". */
const REASON_PHRASE: Readonly<Record<ShortlistReason, string>> = {
  BUDGET: 'budget',
  SKILLS: 'skills',
  SENIORITY: 'seniority',
  AVAILABILITY: 'availability',
  LOCATION_OR_HOURS: 'location or working hours',
  OTHER: 'another reason',
};

const ALIAS_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/**
 * A submitted candidate's name for the client: "Candidate K-37". The letter comes from the match
 * (so two roles' shortlists do not read alike), the number is the submission's place in its role,
 * so aliases never repeat within a role and never change.
 */
export function shortlistAlias(matchId: string, numberInRole: number): string {
  let h = 0;
  for (const ch of matchId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `Candidate ${ALIAS_LETTERS[h % ALIAS_LETTERS.length]}-${numberInRole + 10}`;
}

/** The candidate's rate against the role's budget band, in words: "€650/day, within the €550–€800 budget". */
export function rateAgainstBudget(p: { rateMinor: number | null; currency: string; budgetMinMinor: number | null; budgetMaxMinor: number | null; budgetCurrency: string; permanent: boolean }): string {
  const per = p.permanent ? '/year' : '/day';
  if (p.rateMinor === null) return 'No rate given yet';
  const rate = `${formatMoney(p.rateMinor, p.currency)}${per}`;
  const { budgetMinMinor: min, budgetMaxMinor: max } = p;
  if (min === null && max === null) return `${rate}; the role has no budget set`;
  if (p.currency !== p.budgetCurrency) return `${rate}; the budget is in ${p.budgetCurrency}`;
  const band = min !== null && max !== null ? `${formatMoney(min, p.currency)}–${formatMoney(max, p.currency)}` : formatMoney((max ?? min)!, p.currency);
  if (max !== null && p.rateMinor > max) return `${rate}, ${Math.round(((p.rateMinor - max) / max) * 100)}% above the ${band} budget`;
  if (min !== null && p.rateMinor < min) return `${rate}, below the ${band} budget`;
  return `${rate}, within the ${band} budget`;
}

/** Why an answer cannot be taken, in words keyed by field; empty when it can. Slots are ISO times. */
export function shortlistAnswerProblems(a: { answer: ShortlistAnswer; reason?: ShortlistReason | null; note?: string | null; slots?: readonly string[] | null }, now: Date): Record<string, string> {
  const problems: Record<string, string> = {};
  const slots = a.slots ?? [];
  if (a.answer === ShortlistAnswer.INTERESTED) {
    if (slots.length < SHORTLIST_SLOTS.min || slots.length > SHORTLIST_SLOTS.max) {
      problems.slots = `must propose ${SHORTLIST_SLOTS.min} to ${SHORTLIST_SLOTS.max} interview times`;
    } else {
      const latest = now.getTime() + SHORTLIST_SLOTS.maxDaysAhead * 86_400_000;
      const times = slots.map((s) => Date.parse(s));
      if (times.some((t) => Number.isNaN(t))) problems.slots = 'must be dates with a time, e.g. 2027-01-12T10:00:00Z';
      else if (times.some((t) => t <= now.getTime())) problems.slots = 'must all be in the future';
      else if (times.some((t) => t > latest)) problems.slots = `must all be within the next ${SHORTLIST_SLOTS.maxDaysAhead} days`;
      else if (new Set(times).size !== times.length) problems.slots = 'must not repeat a time';
    }
    if (a.reason) problems.reason = 'is only for "Not now" or "No"';
  } else {
    if (slots.length) problems.slots = 'are only for requesting an interview';
    if (!a.reason) problems.reason = `is required to answer "${a.answer === ShortlistAnswer.NO ? 'No' : 'Not now'}": pick the closest reason`;
    if (a.reason === ShortlistReason.OTHER && !a.note?.trim()) problems.note = 'is required when the reason is "Other": say what it is';
  }
  return problems;
}

/** One role's client answers, counted for the recruiter. */
export interface ShortlistTally {
  submitted: number;
  answered: number;
  interested: number;
  notNow: number;
  declined: number;
  reasons: { reason: ShortlistReason; count: number }[];
  /** "2 of 3 declined on budget; 1 asked for an interview" — empty when nothing is answered. */
  summary: string;
}

/** Counts a role's answers (null: not answered yet); reasons of "not now" and "no" together, most frequent first. */
export function tallyShortlist(rows: readonly { answer: ShortlistAnswer | null; reason: ShortlistReason | null }[]): ShortlistTally {
  const count = (a: ShortlistAnswer) => rows.filter((r) => r.answer === a).length;
  const interested = count(ShortlistAnswer.INTERESTED);
  const notNow = count(ShortlistAnswer.NOT_NOW);
  const declined = count(ShortlistAnswer.NO);
  const answered = interested + notNow + declined;
  const reasons = SHORTLIST_REASONS.map((reason) => ({ reason, count: rows.filter((r) => r.answer !== ShortlistAnswer.INTERESTED && r.answer !== null && r.reason === reason).length }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
  const parts: string[] = [];
  if (declined + notNow) {
    const top = reasons.filter((r) => r.count === reasons[0]!.count).map((r) => REASON_PHRASE[r.reason]);
    const verb = declined && notNow ? 'declined or deferred' : declined ? 'declined' : 'deferred';
    parts.push(`${reasons[0]!.count} of ${answered} ${verb} on ${wordList(top, 'or')}`);
  }
  if (interested) parts.push(`${interested} ${interested === 1 ? 'asked for an interview' : 'asked for interviews'}`);
  const waiting = rows.length - answered;
  if (waiting) parts.push(`${waiting} not answered yet`);
  return { submitted: rows.length, answered, interested, notNow, declined, reasons, summary: answered ? parts.join('; ') : '' };
}

/** The match's history line for an answer: "Declined by Nora Northwind: Budget — over our band". */
export function shortlistAnswerReason(answer: ShortlistAnswer, who: string, reasonLabel: string | null, note: string | null): string {
  const head = answer === ShortlistAnswer.INTERESTED ? `Interview requested by ${who}` : answer === ShortlistAnswer.NO ? `Declined by ${who}` : `Not now, says ${who}`;
  const why = [reasonLabel, note?.trim() || null].filter(Boolean).join(' — ');
  return why ? `${head}: ${why}` : head;
}
