import { describe, expect, it } from '@jest/globals';
import { type Answer, QuestionType } from './assessment.js';
import { Urgency } from './engagement.js';
import {
  answerValue,
  capabilityGap,
  respondentCapabilityValue,
  roundTo,
  scoreAssessment,
  scoreCapability,
  type ScoringQuestion,
  URGENCY_FACTOR,
} from './scoring.js';

const options = (...scores: [string, number][]) => scores.map(([key, score]) => ({ key, label: key, score }));

const scale = (id: string, weight = 1, capabilityId = 'C1'): ScoringQuestion => ({ id, capabilityId, type: QuestionType.SCALE, weight, options: [] });
// a=1, b=3, c=5
const choice = (id: string, weight = 1, capabilityId = 'C1'): ScoringQuestion => ({
  id,
  capabilityId,
  type: QuestionType.CHOICE,
  weight,
  options: options(['a', 1], ['b', 3], ['c', 5]),
});
// x=2, y=3, z=5
const multi = (id: string, weight = 1, capabilityId = 'C1'): ScoringQuestion => ({
  id,
  capabilityId,
  type: QuestionType.MULTI,
  weight,
  options: options(['x', 2], ['y', 3], ['z', 5]),
});
const text = (id: string, capabilityId = 'C1'): ScoringQuestion => ({ id, capabilityId, type: QuestionType.TEXT, weight: 1, options: [] });

const s = (questionId: string, value: number): Answer => ({ questionId, scale: value });
const pick = (questionId: string, ...choices: string[]): Answer => ({ questionId, choices });
const dontKnow = (questionId: string): Answer => ({ questionId, dontKnow: true });

describe('roundTo', () => {
  it('rounds half away from zero, ignoring binary noise', () => {
    expect(roundTo(0.625, 2)).toBe(0.63);
    expect(roundTo(3 - 2.95, 1)).toBe(0.1); // 0.04999999999999982 is 0.05
    expect(roundTo(0.6 * 1.5 * 1.25, 2)).toBe(1.13); // 1.125
    expect(roundTo(-0.05, 1)).toBe(-0.1);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(roundTo(1 / 3, 2)).toBe(0.33);
  });
});

describe('answerValue', () => {
  it('takes a SCALE answer as given, within 1–5', () => {
    expect(answerValue(scale('q'), s('q', 4))).toBe(4);
    expect(answerValue(scale('q'), s('q', 1))).toBe(1);
    expect(answerValue(scale('q'), s('q', 5))).toBe(5);
    expect(answerValue(scale('q'), s('q', 0))).toBeNull();
    expect(answerValue(scale('q'), s('q', 6))).toBeNull();
    expect(answerValue(scale('q'), s('q', Number.NaN))).toBeNull();
    expect(answerValue(scale('q'), { questionId: 'q', scale: null })).toBeNull();
  });

  it('takes the score of the one CHOICE picked', () => {
    expect(answerValue(choice('q'), pick('q', 'b'))).toBe(3);
    expect(answerValue(choice('q'), pick('q', 'nope'))).toBeNull();
    expect(answerValue(choice('q'), pick('q', 'a', 'c'))).toBeNull();
    expect(answerValue(choice('q'), pick('q'))).toBeNull();
  });

  it('takes the mean of the MULTI options picked', () => {
    expect(answerValue(multi('q'), pick('q', 'x', 'z'))).toBe(3.5); // (2 + 5) / 2
    expect(answerValue(multi('q'), pick('q', 'z', 'y', 'x'))).toBe(10 / 3); // (2 + 3 + 5) / 3
    expect(answerValue(multi('q'), pick('q', 'y'))).toBe(3);
    expect(answerValue(multi('q'), pick('q'))).toBeNull();
    expect(answerValue(multi('q'), pick('q', 'x', 'nope'))).toBeNull();
    expect(answerValue(multi('q'), pick('q', 'x', 'x'))).toBeNull();
  });

  it('gives no value to an option scored outside 1–5', () => {
    const bad: ScoringQuestion = { ...choice('q'), options: options(['a', 7]) };
    expect(answerValue(bad, pick('q', 'a'))).toBeNull();
  });

  it('gives no value to "don\'t know", TEXT or a missing answer', () => {
    expect(answerValue(scale('q'), { questionId: 'q', scale: 4, dontKnow: true })).toBeNull();
    expect(answerValue(choice('q'), dontKnow('q'))).toBeNull();
    expect(answerValue(text('q'), { questionId: 'q', text: 'We deploy weekly.' })).toBeNull();
    expect(answerValue(scale('q'), undefined)).toBeNull();
  });
});

describe('respondentCapabilityValue', () => {
  const questions = [scale('q1', 2), choice('q2', 1), text('q3')];

  it('weights answers by their question weight', () => {
    // (2·4 + 1·1) / (2 + 1) = 9 / 3 = 3
    expect(respondentCapabilityValue(questions, [s('q1', 4), pick('q2', 'a'), { questionId: 'q3', text: 'ok' }])).toBe(3);
    // (1·5 + 3·3) / (1 + 3) = 14 / 4 = 3.5
    expect(respondentCapabilityValue([scale('q1', 1), choice('q2', 3)], [s('q1', 5), pick('q2', 'b')])).toBe(3.5);
  });

  it('leaves out answers without a value, and answers to other questions', () => {
    // only q1 counts: 2·4 / 2 = 4
    expect(respondentCapabilityValue(questions, [s('q1', 4), dontKnow('q2'), s('other', 1)])).toBe(4);
    expect(respondentCapabilityValue(questions, [dontKnow('q1'), dontKnow('q2')])).toBeNull();
    expect(respondentCapabilityValue(questions, [])).toBeNull();
  });

  it('accepts answers keyed by question id', () => {
    const answers = new Map([
      ['q1', s('q1', 4)],
      ['q2', pick('q2', 'a')],
    ]);
    expect(respondentCapabilityValue(questions, answers)).toBe(3);
  });
});

describe('scoreCapability', () => {
  it('scores one respondent', () => {
    // value (4 + 5) / 2 = 4.5; n = 1, spread 0; coverage 2 / (1 × 2) = 1 (TEXT is not counted);
    // confidence 1 × min(1, 1/3) × (1 − 0/4) = 0.333… → 0.33
    const result = scoreCapability({
      capabilityId: 'C1',
      questions: [scale('qA'), choice('qB'), text('qT')],
      responses: [[s('qA', 4), pick('qB', 'c'), { questionId: 'qT', text: 'mostly' }]],
      minRespondents: 3,
    });
    expect(result).toEqual({ capabilityId: 'C1', current: 4.5, respondentCount: 1, spread: 0, coverage: 1, confidence: 0.33, valuedAnswers: 2 });
  });

  it('measures disagreement between two respondents', () => {
    // values 2 and 4: mean 3; spread √(((2−3)² + (4−3)²) / 2) = 1;
    // coverage 4 / (2 × 2) = 1; confidence 1 × min(1, 2/2) × (1 − 1/4) = 0.75
    const result = scoreCapability({
      capabilityId: 'C1',
      questions: [scale('qA'), scale('qB')],
      responses: [
        [s('qA', 2), s('qB', 2)],
        [s('qA', 4), s('qB', 4)],
      ],
      minRespondents: 2,
    });
    expect(result).toEqual({ capabilityId: 'C1', current: 3, respondentCount: 2, spread: 1, coverage: 1, confidence: 0.75, valuedAnswers: 4 });
  });

  it('lowers confidence for missing answers, too few respondents and disagreement', () => {
    // r1 (1 + 2) / 2 = 1.5; r2 3 (qB don't know); r3 (5 + 4) / 2 = 4.5; r4 has nothing valued (don't know, and 9 is out of range).
    // current (1.5 + 3 + 4.5) / 3 = 3; spread √((1.5² + 0² + 1.5²) / 3) = √1.5 = 1.2247… → 1.22
    // coverage 5 / (4 respondents × 2 questions) = 0.625 → 0.63
    // confidence 0.625 × min(1, 3/5) × (1 − 1.2247…/4) = 0.375 × 0.69381… = 0.26018… → 0.26
    const result = scoreCapability({
      capabilityId: 'C1',
      questions: [scale('qA'), scale('qB')],
      responses: [[s('qA', 1), s('qB', 2)], [s('qA', 3), dontKnow('qB')], [s('qA', 5), s('qB', 4)], [dontKnow('qA'), s('qB', 9)]],
      minRespondents: 5,
    });
    expect(result).toEqual({ capabilityId: 'C1', current: 3, respondentCount: 3, spread: 1.22, coverage: 0.63, confidence: 0.26, valuedAnswers: 5 });
  });

  it('caps the spread penalty at 2', () => {
    // values 1 and 5: mean 3, spread √((4 + 4) / 2) = 2 — the largest a 1–5 scale allows;
    // confidence 1 × 1 × (1 − 2/4) = 0.5
    const result = scoreCapability({ capabilityId: 'C1', questions: [scale('qA')], responses: [[s('qA', 1)], [s('qA', 5)]], minRespondents: 2 });
    expect(result).toMatchObject({ current: 3, spread: 2, coverage: 1, confidence: 0.5 });
  });

  it('scores a capability nobody answered as unknown, with no gap', () => {
    const result = scoreCapability({
      capabilityId: 'C1',
      questions: [scale('qA'), choice('qB'), scale('qX', 1, 'C2')],
      responses: [[dontKnow('qA'), s('qX', 4)], [dontKnow('qB')]],
      minRespondents: 1,
    });
    expect(result).toEqual({ capabilityId: 'C1', current: null, respondentCount: 0, spread: null, coverage: 0, confidence: 0, valuedAnswers: 0 });
    expect(capabilityGap({ target: 4, current: result.current, weight: 1, urgency: Urgency.HIGH })).toBeNull();
  });

  it('gives coverage 0 with no questions or no responses', () => {
    expect(scoreCapability({ capabilityId: 'C1', questions: [], responses: [[s('qA', 3)]], minRespondents: 1 })).toMatchObject({ current: null, coverage: 0, confidence: 0 });
    expect(scoreCapability({ capabilityId: 'C1', questions: [text('qT')], responses: [[{ questionId: 'qT', text: 'x' }]], minRespondents: 1 })).toMatchObject({
      current: null,
      coverage: 0,
    });
    expect(scoreCapability({ capabilityId: 'C1', questions: [scale('qA')], responses: [], minRespondents: 1 })).toMatchObject({ current: null, coverage: 0, confidence: 0 });
  });

  it('does not depend on the order of responses', () => {
    const questions = [multi('qM', 2), choice('qC', 1), scale('qS', 3)];
    const responses: Answer[][] = [
      [pick('qM', 'x', 'y', 'z'), pick('qC', 'b'), s('qS', 2)],
      [pick('qM', 'z', 'y'), pick('qC', 'a'), s('qS', 5)],
      [pick('qM', 'x'), dontKnow('qC'), s('qS', 3)],
      [pick('qM', 'y', 'x'), pick('qC', 'c')],
    ];
    const input = { capabilityId: 'C1', questions, responses, minRespondents: 3 };
    const forward = scoreCapability(input);
    expect(scoreCapability({ ...input, responses: [...responses].reverse() })).toEqual(forward);
    expect(scoreCapability({ ...input, responses: [responses[2]!, responses[0]!, responses[3]!, responses[1]!] })).toEqual(forward);
    expect(scoreCapability(input)).toEqual(forward);
  });
});

describe('capabilityGap', () => {
  it('rounds the size to 0.1 and scales severity by weight and urgency', () => {
    // size 4 − 3.45 = 0.55 → 0.6; severity 0.6 × 1.5 × factor
    expect(capabilityGap({ target: 4, current: 3.45, weight: 1.5, urgency: Urgency.LOW })).toEqual({ size: 0.6, severity: 0.72 }); // × 0.8
    expect(capabilityGap({ target: 4, current: 3.45, weight: 1.5, urgency: Urgency.MEDIUM })).toEqual({ size: 0.6, severity: 0.9 }); // × 1.0
    expect(capabilityGap({ target: 4, current: 3.45, weight: 1.5, urgency: Urgency.HIGH })).toEqual({ size: 0.6, severity: 1.13 }); // × 1.25 = 1.125
    expect(URGENCY_FACTOR).toEqual({ LOW: 0.8, MEDIUM: 1, HIGH: 1.25 });
  });

  it('rounds small sizes half away from zero', () => {
    expect(capabilityGap({ target: 3, current: 2.84, weight: 1, urgency: Urgency.MEDIUM })).toEqual({ size: 0.2, severity: 0.2 }); // 0.16
    expect(capabilityGap({ target: 3, current: 2.95, weight: 2, urgency: Urgency.MEDIUM })).toEqual({ size: 0.1, severity: 0.2 }); // 0.05
    expect(capabilityGap({ target: 3, current: 2.96, weight: 1, urgency: Urgency.MEDIUM })).toBeNull(); // 0.04 → 0.0
  });

  it('has no gap at or above the target, or without a current level', () => {
    expect(capabilityGap({ target: 3, current: 3, weight: 1, urgency: Urgency.HIGH })).toBeNull();
    expect(capabilityGap({ target: 3, current: 4.2, weight: 1, urgency: Urgency.HIGH })).toBeNull();
    expect(capabilityGap({ target: 3, current: null, weight: 1, urgency: Urgency.HIGH })).toBeNull();
  });
});

describe('scoreAssessment', () => {
  it('scores every capability in the order given, with its gap', () => {
    // C1: values 3 and 4 → current 3.5, spread 0.5, coverage 1, confidence 1 × 1 × (1 − 0.5/4) = 0.875 → 0.88;
    //     gap 4 − 3.5 = 0.5, severity 0.5 × 1 × 1.25 = 0.625 → 0.63
    // C2: values 5 and 3 → current 4, spread 1, confidence 0.75; target 2 → no gap
    const result = scoreAssessment({
      capabilities: [
        { id: 'C2', weight: 2, target: 2 },
        { id: 'C1', weight: 1, target: 4 },
      ],
      questions: [scale('q1', 1, 'C1'), choice('q2', 1, 'C2')],
      responses: [
        [s('q1', 3), pick('q2', 'c')],
        [s('q1', 4), pick('q2', 'b')],
      ],
      minRespondents: 2,
      urgency: Urgency.HIGH,
    });
    expect(result).toEqual([
      { capabilityId: 'C2', current: 4, respondentCount: 2, spread: 1, coverage: 1, confidence: 0.75, valuedAnswers: 2, target: 2, gap: null },
      { capabilityId: 'C1', current: 3.5, respondentCount: 2, spread: 0.5, coverage: 1, confidence: 0.88, valuedAnswers: 2, target: 4, gap: { size: 0.5, severity: 0.63 } },
    ]);
  });
});
