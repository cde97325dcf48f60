import { isAnswered, QuestionType, type Answer, type AnswerableQuestion as SharedAnswerableQuestion } from '@orchestra/shared';
import type { AnswerInput } from '../gql/graphql';

/** What the answer logic needs to know of a question. */
export type AnswerableQuestion = Pick<SharedAnswerableQuestion, 'id' | 'type' | 'allowsDontKnow'>;

/** What the answer logic needs to know of an area. */
export interface AreaOfQuestions<Q extends AnswerableQuestion = AnswerableQuestion> {
  id: string;
  questions: readonly Q[];
}

/** The respondent's answers on the page, by question id. */
export type AnswerMap = Readonly<Record<string, Answer>>;

export function answerMapOf(answers: readonly Answer[]): AnswerMap {
  return Object.fromEntries(answers.map((a) => [a.questionId, a]));
}

/**
 * The answer the API accepts for this question, or null when there is nothing to send. The page
 * may hold more than one kind (a TEXT answer keeps its words while "don't know" is ticked, so
 * unticking brings them back); only the kind that counts is sent.
 */
export function toAnswerInput(question: AnswerableQuestion, answer: Answer | undefined): AnswerInput | null {
  if (!answer) return null;
  const questionId = question.id;
  let input: AnswerInput;
  if (answer.dontKnow && question.allowsDontKnow) input = { questionId, dontKnow: true };
  else if (question.type === QuestionType.SCALE) input = answer.scale != null ? { questionId, scale: answer.scale } : { questionId };
  else if (question.type === QuestionType.TEXT) input = answer.text != null ? { questionId, text: answer.text } : { questionId };
  else {
    // CHOICE takes one key: the last picked wins if the page ever holds more.
    const choices = question.type === QuestionType.CHOICE ? (answer.choices ?? []).slice(-1) : [...(answer.choices ?? [])];
    input = { questionId, choices };
  }
  return isAnswered(input) ? input : null;
}

/** Every answer worth sending, in questionnaire order (the draft is replaced by what is sent). */
export function toAnswerInputs(questions: readonly AnswerableQuestion[], answers: AnswerMap): AnswerInput[] {
  return questions.flatMap((q) => toAnswerInput(q, answers[q.id]) ?? []);
}

export function isQuestionAnswered(question: AnswerableQuestion, answers: AnswerMap): boolean {
  return toAnswerInput(question, answers[question.id]) !== null;
}

export function countAnswered(questions: readonly AnswerableQuestion[], answers: AnswerMap): number {
  return questions.filter((q) => isQuestionAnswered(q, answers)).length;
}

export function allQuestions<Q extends AnswerableQuestion>(areas: readonly AreaOfQuestions<Q>[]): Q[] {
  return areas.flatMap((a) => a.questions);
}

export interface UnansweredInArea<A, Q> {
  area: A;
  areaIndex: number;
  questions: Q[];
}

/** Areas that still have unanswered questions, in order, each with those questions. */
export function unansweredByArea<A extends AreaOfQuestions>(areas: readonly A[], answers: AnswerMap): UnansweredInArea<A, A['questions'][number]>[] {
  return areas.flatMap((area, areaIndex) => {
    const questions: A['questions'][number][] = area.questions.filter((q) => !isQuestionAnswered(q, answers));
    return questions.length ? [{ area, areaIndex, questions }] : [];
  });
}

/** Where "continue where you left off" goes: the first area with an unanswered question, or null when none is left. */
export function firstAreaToResume(areas: readonly AreaOfQuestions[], answers: AnswerMap): number | null {
  const index = areas.findIndex((area) => area.questions.some((q) => !isQuestionAnswered(q, answers)));
  return index === -1 ? null : index;
}

// Editing: each change gives the whole new answer, so a value and "don't know" never mix.

export const scaleAnswer = (questionId: string, scale: number): Answer => ({ questionId, scale });

export const choiceAnswer = (questionId: string, key: string): Answer => ({ questionId, choices: [key] });

export const dontKnowAnswer = (questionId: string): Answer => ({ questionId, dontKnow: true });

/** MULTI: ticks or unticks one option, keeping the options' order; clears "don't know". */
export function toggleChoice(previous: Answer | undefined, questionId: string, key: string, checked: boolean, optionOrder: readonly string[]): Answer {
  const picked = new Set(previous?.dontKnow ? [] : (previous?.choices ?? []));
  if (checked) picked.add(key);
  else picked.delete(key);
  return { questionId, choices: optionOrder.filter((k) => picked.has(k)) };
}

/** TEXT: new words clear "don't know". */
export const textAnswer = (questionId: string, text: string): Answer => ({ questionId, text });

/** TEXT: "don't know" keeps the words typed so far on the page (they are not sent while it is ticked). */
export function textDontKnow(previous: Answer | undefined, questionId: string, dontKnow: boolean): Answer {
  return { questionId, text: previous?.text ?? null, dontKnow };
}
