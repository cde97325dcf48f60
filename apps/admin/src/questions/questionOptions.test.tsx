import { questionOptionsProblem, QuestionType } from '@orchestra/shared';
import { describe, expect, it } from 'vitest';
import { choiceOptions, choicesProblem, optionFormValues, optionKeyFromLabel, scaleOptions, toQuestionOptions, EMPTY_OPTION_VALUES } from './questionOptions';

const LABELS = ['Never', 'Rarely', 'For the biggest ones', 'Usually', 'Always, in proportion to the risk'];

describe('questionOptions', () => {
  it('makes a SCALE five options keyed "1".."5" and scored 1..5 in order, trimming the labels', () => {
    const options = scaleOptions(['  Never ', ...LABELS.slice(1)]);
    expect(options).toEqual(LABELS.map((label, i) => ({ key: String(i + 1), label, score: i + 1 })));
    expect(questionOptionsProblem(QuestionType.SCALE, options)).toBeNull();
  });

  it('always sends five SCALE options, blank where a label is missing (the inputs require them)', () => {
    expect(scaleOptions(['Never']).map((o) => [o.key, o.label, o.score])).toEqual([
      ['1', 'Never', 1],
      ['2', '', 2],
      ['3', '', 3],
      ['4', '', 4],
      ['5', '', 5],
    ]);
    expect(scaleOptions(null)).toHaveLength(5);
  });

  it('makes CHOICE / MULTI options from the rows: trimmed, numeric scores, a blank key made from the label', () => {
    const rows = [
      { key: '', label: ' Nobody in particular ', score: 1 },
      { key: 'together', label: 'Engineering and product together', score: '4' },
      { key: null, label: 'Ça dépend: the CTO', score: 2 },
    ];
    expect(choiceOptions(rows)).toEqual([
      { key: 'nobody-in-particular', label: 'Nobody in particular', score: 1 },
      { key: 'together', label: 'Engineering and product together', score: 4 },
      { key: 'ca-depend-the-cto', label: 'Ça dépend: the CTO', score: 2 },
    ]);
    expect(optionKeyFromLabel('A'.repeat(60))).toHaveLength(40);
  });

  it('sends options by type: SCALE labels, CHOICE / MULTI rows, nothing for TEXT', () => {
    const values = { scaleLabels: LABELS, choices: [{ key: 'a', label: 'A', score: 1 }, { key: 'b', label: 'B', score: 5 }] };
    expect(toQuestionOptions(QuestionType.SCALE, values).map((o) => o.score)).toEqual([1, 2, 3, 4, 5]);
    expect(toQuestionOptions(QuestionType.CHOICE, values)).toEqual(values.choices);
    expect(toQuestionOptions(QuestionType.MULTI, values)).toEqual(values.choices);
    expect(toQuestionOptions(QuestionType.TEXT, values)).toEqual([]);
  });

  it('turns saved options back into the editor values, a SCALE by score', () => {
    const saved = scaleOptions(LABELS).reverse();
    expect(optionFormValues(QuestionType.SCALE, saved).scaleLabels).toEqual(LABELS);
    const choices = [{ key: 'a', label: 'A', score: 2 }, { key: 'b', label: 'B', score: 3 }];
    expect(optionFormValues(QuestionType.CHOICE, choices).choices).toEqual(choices);
    expect(optionFormValues(QuestionType.TEXT, []).choices).toEqual([]);
    expect(toQuestionOptions(QuestionType.SCALE, optionFormValues(QuestionType.SCALE, saved))).toEqual(scaleOptions(LABELS));
  });

  it('says what is wrong with the rows before the API would', () => {
    expect(choicesProblem(EMPTY_OPTION_VALUES.choices.slice(0, 1))).toBe('Give at least two options.');
    expect(choicesProblem([{ label: 'Yes', score: 5 }, { key: 'yes', label: 'Yes!', score: 4 }])).toBe('Two options have the key "yes": give each its own key.');
    expect(choicesProblem([{ label: '', score: 5 }, { key: 'b', label: 'B', score: 4 }])).toBe('Each option needs a key (or a label to make one from).');
    expect(choicesProblem([{ key: 'Bad Key', label: 'A', score: 5 }, { key: 'b', label: 'B', score: 4 }])).toBe('Option keys are 1–40 lower-case letters, digits or -.');
    const fine = [{ label: 'No', score: 1 }, { label: 'Yes', score: 5 }];
    expect(choicesProblem(fine)).toBeUndefined();
    expect(questionOptionsProblem(QuestionType.MULTI, choiceOptions(fine))).toBeNull();
  });
});
