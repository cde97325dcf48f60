import { describe, expect, it } from '@jest/globals';
import { answerProblems, isAnswered, questionOptionsProblem, QuestionType, type AnswerableQuestion } from './index.js';

const scaleOpts = [1, 2, 3, 4, 5].map((n) => ({ key: String(n), label: `L${n}`, score: n }));
const Q: AnswerableQuestion[] = [
  { id: 'q1', key: 'flow.q1', type: QuestionType.SCALE, options: scaleOpts, allowsDontKnow: true },
  { id: 'q2', key: 'flow.q2', type: QuestionType.CHOICE, options: [{ key: 'a', label: 'A', score: 1 }, { key: 'b', label: 'B', score: 4 }], allowsDontKnow: false },
  { id: 'q3', key: 'flow.q3', type: QuestionType.MULTI, options: [{ key: 'x', label: 'X', score: 2 }, { key: 'y', label: 'Y', score: 5 }], allowsDontKnow: true },
  { id: 'q4', key: 'flow.q4', type: QuestionType.TEXT, options: [], allowsDontKnow: true },
];

describe('answer checking', () => {
  it('accepts well-formed answers of every type, and a partial set', () => {
    expect(
      answerProblems(Q, [
        { questionId: 'q1', scale: 4 },
        { questionId: 'q2', choices: ['b'] },
        { questionId: 'q3', choices: ['x', 'y'] },
        { questionId: 'q4', text: 'We roll back by hand.' },
      ]),
    ).toEqual({});
    expect(answerProblems(Q, [{ questionId: 'q1', dontKnow: true }])).toEqual({});
    expect(answerProblems(Q, [])).toEqual({});
  });

  it('names the question and says what is wrong', () => {
    expect(
      answerProblems(Q, [
        { questionId: 'q1', scale: 6 },
        { questionId: 'q2', choices: ['a', 'b'] },
        { questionId: 'q3', scale: 3 },
        { questionId: 'q4', choices: ['x'] },
        { questionId: 'nope', scale: 1 },
      ]),
    ).toEqual({
      'answers.flow.q1': 'scale must be a whole number from 1 to 5 (got 6)',
      'answers.flow.q2': 'is a choice question: pick one option',
      'answers.flow.q3': 'is a multiple choice question: send choices, not scale',
      'answers.flow.q4': 'is a text question: send text only',
      'answers.nope': 'is not a question of this assessment',
    });
  });

  it('refuses MULTI choices on a SCALE question, unknown options, repeats and a refused "don\'t know"', () => {
    expect(
      answerProblems(Q, [
        { questionId: 'q1', choices: ['1', '2'] },
        { questionId: 'q2', dontKnow: true },
        { questionId: 'q3', choices: ['z'] },
      ]),
    ).toEqual({
      'answers.flow.q1': 'is a scale question: send scale (1–5), not choices',
      'answers.flow.q2': `"don't know" is not an option for this question`,
      'answers.flow.q3': 'has no option "z" (options: x, y)',
    });
    expect(answerProblems(Q, [{ questionId: 'q1', scale: 2 }, { questionId: 'q1', scale: 3 }])).toEqual({ 'answers.flow.q1': 'is answered twice' });
    expect(answerProblems(Q, [{ questionId: 'q1', scale: 2.5 }])).toEqual({ 'answers.flow.q1': 'scale must be a whole number from 1 to 5 (got 2.5)' });
    expect(answerProblems(Q, [{ questionId: 'q1', scale: 2, dontKnow: true }])).toEqual({ 'answers.flow.q1': 'is "don\'t know" and a value at once: send one or the other' });
  });

  it('tells an answer from an empty one', () => {
    expect(isAnswered({ questionId: 'q1' })).toBe(false);
    expect(isAnswered({ questionId: 'q4', text: '   ' })).toBe(false);
    expect(isAnswered({ questionId: 'q1', dontKnow: true })).toBe(true);
    expect(isAnswered({ questionId: 'q3', choices: ['x'] })).toBe(true);
  });
});

describe('question options', () => {
  const scale = [1, 2, 3, 4, 5].map((n) => ({ key: String(n), label: `L${n}`, score: n }));
  it('fit their type', () => {
    expect(questionOptionsProblem(QuestionType.SCALE, scale)).toBeNull();
    expect(questionOptionsProblem(QuestionType.SCALE, scale.slice(0, 4))).toBe('must be five anchored labels scored 1, 2, 3, 4, 5 in order');
    expect(questionOptionsProblem(QuestionType.CHOICE, scale.slice(0, 1))).toBe('must offer at least two options');
    expect(questionOptionsProblem(QuestionType.MULTI, [{ key: 'a', label: 'A', score: 6 }, { key: 'b', label: 'B', score: 2 }])).toBe('must be scored 1 to 5');
    expect(questionOptionsProblem(QuestionType.CHOICE, [{ key: 'a', label: 'A', score: 1 }, { key: 'a', label: 'B', score: 2 }])).toBe('must have distinct keys');
    expect(questionOptionsProblem(QuestionType.TEXT, [])).toBeNull();
    expect(questionOptionsProblem(QuestionType.TEXT, scale)).toBe('must be empty for a text question');
  });
});
