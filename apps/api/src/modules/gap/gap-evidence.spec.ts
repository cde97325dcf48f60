import { describe, expect, it } from '@jest/globals';
import { QuestionType, RespondentRole } from '@orchestra/shared';
import { evidenceItems, gapEvidence, gapEvidenceColumn, storedEvidence, type EvidenceQuestion } from './gap-evidence.js';

const scale = (id: string, prompt: string): EvidenceQuestion => ({
  id,
  capabilityId: 'c1',
  type: QuestionType.SCALE,
  weight: 1,
  prompt,
  options: [1, 2, 3, 4, 5].map((score) => ({ key: `s${score}`, label: `Level ${score}`, score })),
});
const q1 = scale('q1', 'How often does a release fail?');
const q2 = scale('q2', 'Who decides a rollback?');
const responses = [
  { respondentRole: RespondentRole.CTO, answers: [{ questionId: 'q1', scale: 3 }, { questionId: 'q2', scale: 1 }] },
  { respondentRole: RespondentRole.ENGINEER, answers: [{ questionId: 'q1', scale: 1, text: '  Nobody owns it ' }, { questionId: 'q2', dontKnow: true }] },
  { respondentRole: RespondentRole.PRODUCT, answers: [{ questionId: 'q2', scale: 3 }] },
];

describe('gap evidence', () => {
  it('is stored grouped by question, each prompt once, answers in response order and a quote only when there is one', () => {
    expect(storedEvidence(gapEvidence([q1, q2], responses))).toEqual([
      {
        questionId: 'q1',
        prompt: 'How often does a release fail?',
        answers: [
          { respondentRole: 'CTO', value: 3, answer: 'Level 3' },
          { respondentRole: 'ENGINEER', value: 1, answer: 'Level 1', quote: 'Nobody owns it' },
        ],
      },
      {
        questionId: 'q2',
        prompt: 'Who decides a rollback?',
        answers: [
          { respondentRole: 'CTO', value: 1, answer: 'Level 1' },
          { respondentRole: 'ENGINEER', value: null, answer: "Don't know" },
          { respondentRole: 'PRODUCT', value: 3, answer: 'Level 3' },
        ],
      },
    ]);
  });

  it('reads back one item per answer, lowest value first, ties in questionnaire then response order, "don\'t know" last', () => {
    const read = gapEvidenceColumn.from(JSON.parse(JSON.stringify(gapEvidenceColumn.to(gapEvidence([q1, q2], responses)))));
    expect(read.map((e: { questionId: string; respondentRole: string; value: number | null; quote: string | null }) => [e.questionId, e.respondentRole, e.value, e.quote])).toEqual([
      ['q1', 'ENGINEER', 1, 'Nobody owns it'],
      ['q2', 'CTO', 1, null],
      ['q1', 'CTO', 3, null],
      ['q2', 'PRODUCT', 3, null],
      ['q2', 'ENGINEER', null, null],
    ]);
    expect(read[0]).toEqual({ questionId: 'q1', prompt: 'How often does a release fail?', respondentRole: 'ENGINEER', value: 1, answer: 'Level 1', quote: 'Nobody owns it' });
  });

  it('reads an earlier run\'s one-item-per-answer evidence as it is, sorted the same way', () => {
    const flat = { questionId: 'q9', prompt: 'Is there a runbook?', respondentRole: RespondentRole.CTO, answer: 'Level 4', quote: null };
    expect(evidenceItems([{ ...flat, value: 4 }, { ...flat, value: 2 }]).map((e) => e.value)).toEqual([2, 4]);
    expect(gapEvidenceColumn.from(null)).toBeNull();
  });
});
