import { MAX_LEVEL, MIN_LEVEL, QuestionType, type Answer, type QuestionOption } from './assessment.js';
import { enumLabel } from './labels.js';

/** "a multiple choice question": the type in words. */
const kind = (type: QuestionType) => `a ${enumLabel('QuestionType', type).toLowerCase()} question`;

/** What answer checking needs to know of a question. */
export interface AnswerableQuestion {
  id: string;
  key: string;
  type: QuestionType;
  options: QuestionOption[];
  allowsDontKnow: boolean;
}

export const MAX_ANSWER_TEXT = 5000;

/** True when the answer says something: a value, a text, or "don't know". */
export function isAnswered(a: Answer): boolean {
  return !!a.dontKnow || a.scale != null || (a.choices?.length ?? 0) > 0 || !!a.text?.trim();
}

/** Why one answer does not fit its question, or null when it does. */
export function answerProblem(q: AnswerableQuestion, a: Answer): string | null {
  const hasScale = a.scale != null;
  const hasChoices = (a.choices?.length ?? 0) > 0;
  if (a.dontKnow) {
    if (!q.allowsDontKnow) return `"don't know" is not an option for this question`;
    if (hasScale || hasChoices) return `is "don't know" and a value at once: send one or the other`;
    return null;
  }
  if (a.text && a.text.length > MAX_ANSWER_TEXT) return `text must be at most ${MAX_ANSWER_TEXT} characters`;
  switch (q.type) {
    case QuestionType.SCALE:
      if (hasChoices) return `is ${kind(q.type)}: send scale (1–5), not choices`;
      if (hasScale && !(Number.isInteger(a.scale) && a.scale! >= MIN_LEVEL && a.scale! <= MAX_LEVEL)) return `scale must be a whole number from ${MIN_LEVEL} to ${MAX_LEVEL} (got ${a.scale})`;
      return null;
    case QuestionType.CHOICE:
    case QuestionType.MULTI: {
      if (hasScale) return `is ${kind(q.type)}: send choices, not scale`;
      const picked = a.choices ?? [];
      if (q.type === QuestionType.CHOICE && picked.length > 1) return `is ${kind(q.type)}: pick one option`;
      const keys = new Set(q.options.map((o) => o.key));
      const unknown = picked.find((k) => !keys.has(k));
      if (unknown !== undefined) return `has no option "${unknown}" (options: ${[...keys].join(', ')})`;
      if (new Set(picked).size !== picked.length) return 'picks an option twice';
      return null;
    }
    case QuestionType.TEXT:
      return hasScale || hasChoices ? `is ${kind(q.type)}: send text only` : null;
  }
}

/**
 * Checks a set of answers against the questionnaire. Returns problems keyed `answers.<question key>`
 * (or the unknown id), empty when all fit. Unanswered questions are not problems here: a draft may
 * be partial, and a submission may leave questions out (they lower coverage, not validity).
 */
export function answerProblems(questions: readonly AnswerableQuestion[], answers: readonly Answer[]): Record<string, string> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const problems: Record<string, string> = {};
  for (const a of answers) {
    const q = byId.get(a.questionId);
    if (!q) {
      problems[`answers.${a.questionId}`] = 'is not a question of this assessment';
      continue;
    }
    const field = `answers.${q.key}`;
    if (seen.has(q.id)) problems[field] = 'is answered twice';
    seen.add(q.id);
    const problem = answerProblem(q, a);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** Why a question's options do not fit its type, or null: the rules the questionnaire relies on. */
export function questionOptionsProblem(type: QuestionType, options: readonly QuestionOption[]): string | null {
  const keys = new Set(options.map((o) => o.key));
  if (keys.size !== options.length) return 'must have distinct keys';
  if (options.some((o) => !Number.isInteger(o.score) || o.score < MIN_LEVEL || o.score > MAX_LEVEL)) return `must be scored ${MIN_LEVEL} to ${MAX_LEVEL}`;
  switch (type) {
    case QuestionType.SCALE:
      return options.length === 5 && options.every((o, i) => o.score === i + 1) ? null : 'must be five anchored labels scored 1, 2, 3, 4, 5 in order';
    case QuestionType.CHOICE:
    case QuestionType.MULTI:
      return options.length >= 2 ? null : 'must offer at least two options';
    case QuestionType.TEXT:
      return options.length === 0 ? null : `must be empty for ${kind(type)}`;
  }
}
