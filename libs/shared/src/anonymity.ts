/**
 * Respondent anonymity (DESIGN §2 Assessment, §9): nothing a client reads may come from a group of
 * fewer than k respondents. One rule, used by the report's renderer and by every read that leaves
 * the consultancy.
 */
import { RESPONDENT_ROLES, type RespondentRole } from './assessment.js';

/** k when an assessment does not say: groups of fewer than three people are never shown. */
export const DEFAULT_ANONYMITY_THRESHOLD = 3;
/** k = 1 would show one person's answers; 2 is the least that keeps anyone anonymous. */
export const MIN_ANONYMITY_THRESHOLD = 2;
export const MAX_ANONYMITY_THRESHOLD = 20;

export const RESPONDENT_ROLE_LABELS: Readonly<Record<RespondentRole, string>> = {
  CTO: 'CTO',
  ENGINEERING_MANAGER: 'Engineering manager',
  ENGINEER: 'Engineer',
  PRODUCT: 'Product',
  OTHER: 'Other',
};

export const Disclosure = { SHOWN: 'SHOWN', MERGED: 'MERGED', HIDDEN: 'HIDDEN' } as const;
export type Disclosure = (typeof Disclosure)[keyof typeof Disclosure];
export const DISCLOSURES: readonly Disclosure[] = Object.values(Disclosure);

/** The column key and label of the group that small seats are merged into. */
export const OTHER_ROLES_GROUP = 'OTHER_ROLES';
export const OTHER_ROLES_LABEL = 'Other roles';

export interface SeatCount {
  respondentRole: RespondentRole;
  /** Submitted respondents in the seat. */
  respondents: number;
}

export interface SeatDisclosure extends SeatCount {
  outcome: Disclosure;
  /** Why, in words a consultant can repeat to the client. */
  reason: string;
}

/** A breakdown the client may read: one seat, or the merged "Other roles". */
export interface DisclosureGroup {
  key: string;
  label: string;
  seats: RespondentRole[];
  respondents: number;
}

export interface DisclosurePlan {
  threshold: number;
  /** Every seat that has respondents, in the standard seat order. */
  seats: SeatDisclosure[];
  /** What the client's breakdowns show, in order: the seats shown on their own, then "Other roles". */
  groups: DisclosureGroup[];
  /** False when the whole assessment has fewer than k respondents: then nothing may be published. */
  publishable: boolean;
  /** One sentence for the publish confirmation and the staff report. */
  summary: string;
  /** The same for the client: which seats are grouped, never how many sit in each. */
  clientSummary: string;
}

const people = (n: number) => `${n} ${n === 1 ? 'respondent' : 'respondents'}`;
const listOf = (words: string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/**
 * Decides which seats a client-facing breakdown may show (k = `threshold`):
 * - a seat with at least k respondents is shown on its own;
 * - seats below k are merged into "Other roles" when together they reach k;
 * - when they do not, the smallest seat that could be shown joins them. Hiding the small seats
 *   alone would not protect them: the overall figures minus the seats shown would give their
 *   answers back (a differencing attack). This is the usual secondary suppression of survey tools;
 * - only when the whole assessment has fewer than k respondents is anything hidden, and then the
 *   report cannot be published at all.
 */
export function planDisclosure(counts: readonly SeatCount[], threshold: number): DisclosurePlan {
  const k = Math.max(MIN_ANONYMITY_THRESHOLD, Math.floor(threshold));
  const present = RESPONDENT_ROLES.map((role) => ({
    respondentRole: role,
    respondents: counts.filter((c) => c.respondentRole === role).reduce((n, c) => n + c.respondents, 0),
  })).filter((s) => s.respondents > 0);
  const total = present.reduce((n, s) => n + s.respondents, 0);
  const label = (s: SeatCount) => RESPONDENT_ROLE_LABELS[s.respondentRole];

  if (total < k) {
    const seats = present.map((s) => ({ ...s, outcome: Disclosure.HIDDEN, reason: `${people(total)} in all, fewer than ${k}: no breakdown can be shown.` }));
    return {
      threshold: k,
      seats,
      groups: [],
      publishable: false,
      summary: `Only ${people(total)} answered; with an anonymity threshold of ${k}, the report cannot be shared with the client without exposing individuals.`,
      clientSummary: `No breakdown is shown: fewer than ${k} people answered.`,
    };
  }

  const small = present.filter((s) => s.respondents < k);
  const merged = new Set(small.map((s) => s.respondentRole));
  let helper: SeatCount | undefined;
  if (small.length && small.reduce((n, s) => n + s.respondents, 0) < k) {
    // The smallest seat that reaches k on its own (ties: the later seat in the standard order).
    helper = present.filter((s) => s.respondents >= k).reduce<SeatCount | undefined>((best, s) => (!best || s.respondents <= best.respondents ? s : best), undefined);
    if (helper) merged.add(helper.respondentRole);
  }
  const mergedSeats = present.filter((s) => merged.has(s.respondentRole));
  const mergedTotal = mergedSeats.reduce((n, s) => n + s.respondents, 0);
  const others = (s: SeatCount) =>
    listOf(mergedSeats.filter((o) => o.respondentRole !== s.respondentRole).map((o) => `${label(o)} (${o.respondents})`));

  const seats: SeatDisclosure[] = present.map((s) => {
    if (!merged.has(s.respondentRole)) return { ...s, outcome: Disclosure.SHOWN, reason: `${people(s.respondents)}: shown on its own.` };
    const into = `into ${OTHER_ROLES_LABEL} with ${others(s)} (${mergedTotal} together)`;
    const reason =
      s.respondentRole === helper?.respondentRole
        ? `${people(s.respondents)}: merged ${into}, so that the smaller seats' answers cannot be worked out from the totals.`
        : `${people(s.respondents)}: fewer than ${k}, so merged ${into}.`;
    return { ...s, outcome: Disclosure.MERGED, reason };
  });

  const groups: DisclosureGroup[] = present
    .filter((s) => !merged.has(s.respondentRole))
    .map((s) => ({ key: s.respondentRole, label: label(s), seats: [s.respondentRole], respondents: s.respondents }));
  if (mergedSeats.length) {
    groups.push({ key: OTHER_ROLES_GROUP, label: OTHER_ROLES_LABEL, seats: mergedSeats.map((s) => s.respondentRole), respondents: mergedTotal });
  }

  const summary = mergedSeats.length
    ? `Breakdowns by seat show groups of at least ${k}: ${listOf(mergedSeats.map((s) => `${label(s)} (${s.respondents})`))} ${mergedSeats.length === 1 ? 'is' : 'are'} shown together as ${OTHER_ROLES_LABEL}.`
    : `Every seat has at least ${k} respondents, so each is shown on its own.`;
  const clientSummary = mergedSeats.length
    ? `No breakdown shows a group of fewer than ${k} people: ${listOf(mergedSeats.map(label))} ${mergedSeats.length === 1 ? 'is' : 'are'} shown together as ${OTHER_ROLES_LABEL}.`
    : `No breakdown shows a group of fewer than ${k} people.`;
  return { threshold: k, seats, groups, publishable: true, summary, clientSummary };
}

/** A respondent seat is identifiable when fewer than k people are in it (staff reports mark it). */
export const isIdentifiable = (respondents: number, threshold: number) => respondents > 0 && respondents < Math.max(MIN_ANONYMITY_THRESHOLD, threshold);

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const MENTION = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.-]*[\p{L}\p{N}_]/gu;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A quote as a client may read it: e-mail addresses, @-mentions and the names of people we know
 * (the client's contacts and users, the invitees, our staff) are replaced. A full name goes in any
 * case; a part of it (three letters or more) only as written, capitalised, so that a first name
 * that is also a word ("Will", "Grace") does not blank out ordinary prose. Whole words only.
 */
export function redactQuote(text: string, knownNames: readonly string[]): string {
  let out = text.replace(EMAIL, '[e-mail]').replace(MENTION, (_m, before: string) => `${before}[name]`);
  const full = new Set<string>();
  const parts = new Set<string>();
  for (const name of knownNames) {
    const whole = name.trim();
    if (!whole) continue;
    full.add(whole);
    for (const part of whole.split(/[\s,]+/)) if (part.replace(/[^\p{L}]/gu, '').length >= 3) parts.add(part);
  }
  const word = (s: string) => `(?<![\\p{L}\\p{N}])${escapeRegExp(s)}(?![\\p{L}\\p{N}])`;
  // Longest first, so "Ana Lopez" goes as one before "Ana" could split it.
  const byLength = (a: string, b: string) => b.length - a.length;
  for (const name of [...full].sort(byLength)) out = out.replace(new RegExp(word(name), 'giu'), '[name]');
  for (const part of [...parts].sort(byLength)) out = out.replace(new RegExp(word(part), 'gu'), '[name]');
  return out.replace(/\[name\](\s+\[name\])+/g, '[name]');
}
