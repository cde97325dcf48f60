import { MAX_LEVEL, MIN_LEVEL, QuestionType, type QuestionOption } from '@orchestra/shared';

/**
 * The options editor's pure logic. The form holds what a person types, per type:
 * - SCALE: `scaleLabels`, the five anchored labels; keys "1".."5" and scores 1..5 are fixed;
 * - CHOICE / MULTI: `choices`, rows of { key, label, score } (a blank key is made from the label);
 * - TEXT: nothing.
 * `toQuestionOptions` turns that into the API's `options`; `optionFormValues` does the reverse
 * for a saved question.
 */

/** Scores 1..5, the five anchors of a SCALE question in order. */
export const SCALE_SCORES: readonly number[] = Array.from({ length: MAX_LEVEL - MIN_LEVEL + 1 }, (_, i) => MIN_LEVEL + i);

/** The API's rule for an option key. */
export const OPTION_KEY_PATTERN = /^[a-z0-9-]{1,40}$/;
const MAX_OPTION_KEY = 40;

export interface ChoiceRow {
  key?: string | null;
  label?: string | null;
  score?: number | string | null;
}

export interface OptionFormValues {
  scaleLabels?: (string | null | undefined)[] | null;
  choices?: (ChoiceRow | null | undefined)[] | null;
}

/** The editor's starting values: five labels, and the rows. */
export interface OptionEditorValues {
  scaleLabels: string[];
  choices: ChoiceRow[];
}

/** "In a current document" → "in-a-current-document": an option key made from its label. */
export function optionKeyFromLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_OPTION_KEY)
    .replace(/^-+|-+$/g, '');
}

/** The five anchored labels as options keyed "1".."5" and scored 1..5 in order (always five). */
export function scaleOptions(labels: OptionFormValues['scaleLabels']): QuestionOption[] {
  return SCALE_SCORES.map((score, i) => ({ key: String(score), label: (labels?.[i] ?? '').trim(), score }));
}

/** The rows as options: trimmed, a blank key made from the label, the score as a number. */
export function choiceOptions(rows: OptionFormValues['choices']): QuestionOption[] {
  return (rows ?? []).map((row) => {
    const label = (row?.label ?? '').trim();
    const key = (row?.key ?? '').trim() || optionKeyFromLabel(label);
    const score = row?.score === '' || row?.score == null ? Number.NaN : Number(row.score);
    return { key, label, score };
  });
}

/** What `createQuestion` / `updateQuestion` receive as `options` for a question of `type`. */
export function toQuestionOptions(type: QuestionType, values: OptionFormValues): QuestionOption[] {
  switch (type) {
    case QuestionType.SCALE:
      return scaleOptions(values.scaleLabels);
    case QuestionType.CHOICE:
    case QuestionType.MULTI:
      return choiceOptions(values.choices);
    case QuestionType.TEXT:
      return [];
  }
}

/** A saved question's options as the editor's values (a SCALE's labels in score order). */
export function optionFormValues(type: QuestionType, options: readonly QuestionOption[] | null | undefined): OptionEditorValues {
  const saved = options ?? [];
  switch (type) {
    case QuestionType.SCALE:
      return { scaleLabels: SCALE_SCORES.map((score) => saved.find((o) => o.score === score)?.label ?? ''), choices: [] };
    case QuestionType.CHOICE:
    case QuestionType.MULTI:
      return { scaleLabels: SCALE_SCORES.map(() => ''), choices: saved.map(({ key, label, score }) => ({ key, label, score })) };
    case QuestionType.TEXT:
      return { scaleLabels: SCALE_SCORES.map(() => ''), choices: [] };
  }
}

/** Blank values for a new question: five empty anchors, two empty rows. */
export const EMPTY_OPTION_VALUES: OptionEditorValues = {
  scaleLabels: SCALE_SCORES.map(() => ''),
  choices: [{ key: '', label: '', score: null }, { key: '', label: '', score: null }],
};

/**
 * Why the CHOICE / MULTI rows cannot be saved, or undefined: the API's rules (two or more, distinct
 * keys, scores 1–5) said in the editor's words. Each row's own inputs check label and score.
 */
export function choicesProblem(rows: OptionFormValues['choices']): string | undefined {
  const options = choiceOptions(rows);
  if (options.length < 2) return 'Give at least two options.';
  const keys = options.map((o) => o.key);
  const repeated = keys.find((key, i) => key !== '' && keys.indexOf(key) !== i);
  if (repeated) return `Two options have the key "${repeated}": give each its own key.`;
  if (options.some((o) => !o.key)) return 'Each option needs a key (or a label to make one from).';
  if (options.some((o) => !OPTION_KEY_PATTERN.test(o.key))) return 'Option keys are 1–40 lower-case letters, digits or -.';
  return undefined;
}
