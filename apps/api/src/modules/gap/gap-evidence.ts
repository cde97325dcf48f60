import { answerValue, QuestionType, type QuestionOption, type ScoringQuestion } from '@orchestra/shared';
import type { ValueTransformer } from 'typeorm';
import type { SubmittedResponse } from '../scoring/scoring.service.js';
import type { GapEvidence } from './gap.entities.js';

/** A question as the gap's evidence quotes it. */
export interface EvidenceQuestion extends ScoringQuestion {
  prompt: string;
  options: QuestionOption[];
}

/**
 * The evidence as `capability_gap.evidence` stores it: each question once with its prompt, then its
 * answers in the order the responses were submitted (a quote only when there is one). Stored one
 * item per answer, every answer repeated its question's id and prompt: 34 kB of JSON a gap on the
 * finalise bench, against 12 kB like this, which the worker encodes and sends and PostgreSQL parses,
 * compresses and reads back on every run.
 */
export interface StoredGapEvidence {
  questionId: string;
  prompt: string;
  answers: { respondentRole: GapEvidence['respondentRole']; value: number | null; answer: string; quote?: string }[];
}

/** The answers behind a gap, question by question in the questionnaire's order; "don't know" says so. */
export function gapEvidence(questions: readonly EvidenceQuestion[], responses: readonly SubmittedResponse[]): GapEvidence[] {
  const items: GapEvidence[] = [];
  for (const q of questions) {
    for (const r of responses) {
      const a = r.answers.find((x) => x.questionId === q.id);
      if (!a) continue;
      const label = a.dontKnow
        ? "Don't know"
        : q.type === QuestionType.SCALE
          ? (q.options.find((o) => o.score === a.scale)?.label ?? String(a.scale ?? ''))
          : q.type === QuestionType.TEXT
            ? ''
            : (a.choices ?? []).map((k) => q.options.find((o) => o.key === k)?.label ?? k).join('; ');
      items.push({ questionId: q.id, prompt: q.prompt, respondentRole: r.respondentRole, value: answerValue(q, a), answer: label, quote: a.text?.trim() || null });
    }
  }
  return items;
}

/** Items grouped under their question, in the order each question first appears. */
export function storedEvidence(items: readonly GapEvidence[]): StoredGapEvidence[] {
  const byQuestion = new Map<string, StoredGapEvidence>();
  for (const { questionId, prompt, respondentRole, value, answer, quote } of items) {
    let group = byQuestion.get(questionId);
    if (!group) byQuestion.set(questionId, (group = { questionId, prompt, answers: [] }));
    group.answers.push(quote === null ? { respondentRole, value, answer } : { respondentRole, value, answer, quote });
  }
  return [...byQuestion.values()];
}

/**
 * One item per answer, lowest value first ("don't know" last); equal values keep the questionnaire's
 * order, then the responses'. Also reads the earlier one-item-per-answer shape as it is.
 */
export function evidenceItems(stored: readonly (StoredGapEvidence | GapEvidence)[]): GapEvidence[] {
  const items = stored.flatMap((q): GapEvidence[] =>
    'answers' in q ? q.answers.map((a) => ({ questionId: q.questionId, prompt: q.prompt, respondentRole: a.respondentRole, value: a.value, answer: a.answer, quote: a.quote ?? null })) : [q],
  );
  return items.sort((x, y) => (x.value ?? 6) - (y.value ?? 6));
}

/** `capability_gap.evidence`: read as one item per answer, stored grouped by question. */
export const gapEvidenceColumn: ValueTransformer = {
  to: (items: readonly GapEvidence[] | undefined) => (items === undefined ? undefined : storedEvidence(items)),
  from: (stored: readonly (StoredGapEvidence | GapEvidence)[] | null) => (stored === null ? null : evidenceItems(stored)),
};
