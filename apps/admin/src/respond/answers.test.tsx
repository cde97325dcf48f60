import { describe, expect, it } from 'vitest';
import {
  answerMapOf,
  countAnswered,
  firstAreaToResume,
  textDontKnow,
  toAnswerInputs,
  toggleChoice,
  unansweredByArea,
  type AnswerableQuestion,
} from './answers';

// (A .tsx name only because the admin's vitest picks up *.test.tsx.)

const q = (id: string, type: AnswerableQuestion['type'], allowsDontKnow = true): AnswerableQuestion => ({ id, type, allowsDontKnow });
const scale = q('s', 'SCALE', false);
const choice = q('c', 'CHOICE');
const multi = q('m', 'MULTI');
const text = q('t', 'TEXT');
const questions = [scale, choice, multi, text];

describe('respondent answers', () => {
  it('sends exactly one kind per answer, in questionnaire order, and nothing for empty ones', () => {
    const answers = answerMapOf([
      { questionId: 't', text: 'kept on the page', dontKnow: true },
      { questionId: 'm', choices: [] },
      { questionId: 'c', choices: ['a', 'b'] },
      { questionId: 's', scale: 4, dontKnow: true }, // "don't know" is not offered here: the value counts
    ]);
    expect(toAnswerInputs(questions, answers)).toEqual([
      { questionId: 's', scale: 4 },
      { questionId: 'c', choices: ['b'] },
      { questionId: 't', dontKnow: true },
    ]);
    expect(countAnswered(questions, answers)).toBe(3);
  });

  it('does not count blank text as an answer', () => {
    expect(toAnswerInputs([text], answerMapOf([{ questionId: 't', text: '   ' }]))).toEqual([]);
  });

  it('keeps the words of a TEXT answer while "don\'t know" is ticked, and sends them again once unticked', () => {
    const ticked = textDontKnow({ questionId: 't', text: 'Fridays' }, 't', true);
    expect(toAnswerInputs([text], { t: ticked })).toEqual([{ questionId: 't', dontKnow: true }]);
    expect(toAnswerInputs([text], { t: textDontKnow(ticked, 't', false) })).toEqual([{ questionId: 't', text: 'Fridays' }]);
  });

  it('ticks MULTI options in the options order and clears "don\'t know"', () => {
    const order = ['x', 'y', 'z'];
    const one = toggleChoice({ questionId: 'm', dontKnow: true }, 'm', 'z', true, order);
    expect(one).toEqual({ questionId: 'm', choices: ['z'] });
    expect(toggleChoice(one, 'm', 'x', true, order).choices).toEqual(['x', 'z']);
    expect(toggleChoice(one, 'm', 'z', false, order).choices).toEqual([]);
  });

  it('lists the unanswered questions by area and resumes at the first area with one', () => {
    const areas = [
      { id: 'a1', questions: [scale, choice] },
      { id: 'a2', questions: [multi, text] },
    ];
    const answers = answerMapOf([
      { questionId: 's', scale: 1 },
      { questionId: 'c', dontKnow: true },
      { questionId: 't', text: 'yes' },
    ]);
    expect(unansweredByArea(areas, answers)).toEqual([{ area: areas[1], areaIndex: 1, questions: [multi] }]);
    expect(firstAreaToResume(areas, answers)).toBe(1);
    expect(firstAreaToResume(areas, { ...answers, m: { questionId: 'm', choices: ['x'] } })).toBeNull();
  });
});
