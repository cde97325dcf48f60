import { describe, expect, it } from '@jest/globals';
import { CAPABILITY_NATURES, CapabilityNature, LEVEL_NAMES, MAX_LEVEL, MIN_LEVEL, QUESTION_TYPES, QuestionType } from '@orchestra/shared';
import { ENGINEERING_ORCHESTRATION_V1 as framework } from './engineering-orchestration-v1.js';
import { type CapabilityDefinition, allCapabilities, allQuestions } from './framework-definition.js';

const capabilities = allCapabilities(framework);
const questions = allQuestions(framework);
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** The text a capability is recognised by, for the topic table below. */
function haystack(c: CapabilityDefinition): string {
  return `${c.key} ${c.name} ${c.description}`.toLowerCase();
}

/**
 * Every topic the default framework must cover: each needs a capability whose key, name or
 * description matches all of its patterns (and, where given, has that nature).
 */
const TOPICS: { topic: string; patterns: RegExp[]; nature?: CapabilityNature }[] = [
  { topic: 'technical direction', patterns: [/technical direction/] },
  { topic: 'alignment with the business need', patterns: [/business/, /align/] },
  { topic: 'architecture decision-making', patterns: [/architecture/, /decision/], nature: CapabilityNature.JUDGEMENT },
  { topic: 'decision records', patterns: [/decision record/] },
  { topic: 'reversibility', patterns: [/reversib/] },
  { topic: 'technical debt', patterns: [/technical debt/] },
  { topic: 'problem framing before building', patterns: [/problem/, /before/], nature: CapabilityNature.JUDGEMENT },
  { topic: 'delivery flow', patterns: [/flow/] },
  { topic: 'release practice', patterns: [/release/], nature: CapabilityNature.PRACTICE },
  { topic: 'team structure fit', patterns: [/team/, /structure|boundar/] },
  { topic: 'senior coverage', patterns: [/senior|experienced/], nature: CapabilityNature.CAPACITY },
  { topic: 'quality (testing)', patterns: [/test/], nature: CapabilityNature.PRACTICE },
  { topic: 'operability (running in production)', patterns: [/production/, /incident|monitor|observab/] },
  { topic: 'AI adoption readiness of the workflow', patterns: [/\bai\b/, /adopt|readiness/, /workflow/] },
  { topic: 'review of AI-generated output', patterns: [/\bai\b/, /review/], nature: CapabilityNature.PRACTICE },
  { topic: 'AI governance and risk', patterns: [/\bai\b/, /governance/, /risk/], nature: CapabilityNature.JUDGEMENT },
  { topic: 'platform and cloud capacity', patterns: [/platform/, /cloud/], nature: CapabilityNature.CAPACITY },
  { topic: 'data capacity', patterns: [/\bdata\b/], nature: CapabilityNature.CAPACITY },
  { topic: 'security capacity', patterns: [/security/], nature: CapabilityNature.CAPACITY },
];

describe('Engineering Orchestration v1', () => {
  it('is version 1 of "Engineering Orchestration", with a template', () => {
    expect(framework.name).toBe('Engineering Orchestration');
    expect(framework.version).toBe(1);
    for (const text of [framework.description, framework.templateName, framework.templateDescription]) {
      expect(text.trim().length).toBeGreaterThan(0);
    }
  });

  it('has at least 7 areas, 22 capabilities and 50 questions', () => {
    expect(framework.areas.length).toBeGreaterThanOrEqual(7);
    expect(capabilities.length).toBeGreaterThanOrEqual(22);
    expect(questions.length).toBeGreaterThanOrEqual(50);
  });

  it('estimates 25 to 35 seconds a question', () => {
    expect(Number.isInteger(framework.estimatedMinutes)).toBe(true);
    expect(framework.estimatedMinutes).toBeGreaterThanOrEqual(Math.floor((questions.length * 25) / 60));
    expect(framework.estimatedMinutes).toBeLessThanOrEqual(Math.ceil((questions.length * 35) / 60));
  });

  it('has unique kebab-case keys for areas and capabilities, and unique question keys within their capability', () => {
    const areaKeys = framework.areas.map((a) => a.key);
    const capabilityKeys = capabilities.map((c) => c.key);
    expect(duplicates(areaKeys)).toEqual([]);
    expect(duplicates(capabilityKeys)).toEqual([]);
    expect(duplicates(questions.map((q) => q.key))).toEqual([]);
    for (const key of [...areaKeys, ...capabilityKeys]) expect(key).toMatch(KEBAB);
    for (const c of capabilities) {
      for (const q of c.questions) expect(q.key).toMatch(new RegExp(`^${c.key}\\.q\\d+$`));
    }
  });

  it('gives every area a name, a description and at least two capabilities', () => {
    for (const area of framework.areas) {
      expect(area.name.trim()).not.toBe('');
      expect(area.description.trim()).not.toBe('');
      expect(area.capabilities.length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(capabilities.map((c) => [c.key, c] as const))('capability %s is complete', (_key, c) => {
    expect(c.name.trim()).not.toBe('');
    expect(c.description.trim()).not.toBe('');
    expect(CAPABILITY_NATURES).toContain(c.nature);
    expect([0.75, 1, 1.5]).toContain(c.weight);
    // Five non-empty, distinct descriptors, one per level name.
    expect(c.levels).toHaveLength(LEVEL_NAMES.length);
    for (const level of c.levels) expect(level.trim()).not.toBe('');
    expect(new Set(c.levels.map((l) => l.trim())).size).toBe(c.levels.length);
    expect(c.skills.length).toBeGreaterThanOrEqual(1);
    expect(c.skills.length).toBeLessThanOrEqual(5);
    for (const skill of c.skills) expect(skill.trim()).not.toBe('');
    expect(duplicates(c.skills)).toEqual([]);
    expect(Number.isInteger(c.defaultTarget)).toBe(true);
    expect(c.defaultTarget).toBeGreaterThanOrEqual(MIN_LEVEL);
    expect(c.defaultTarget).toBeLessThanOrEqual(MAX_LEVEL);
    expect(c.questions.length).toBeGreaterThanOrEqual(2);
    // TEXT answers carry no value, so every capability needs at least one question that scores.
    expect(c.questions.some((q) => q.type !== QuestionType.TEXT)).toBe(true);
  });

  it.each(questions.map((q) => [q.key, q] as const))('question %s is well formed', (_key, q) => {
    expect(q.prompt.trim()).not.toBe('');
    expect(QUESTION_TYPES).toContain(q.type);
    expect([1, 1.5]).toContain(q.weight);
    expect(typeof q.allowsDontKnow).toBe('boolean');
    for (const o of q.options) expect(o.label.trim()).not.toBe('');
    switch (q.type) {
      case QuestionType.SCALE:
        expect(q.options.map((o) => [o.key, o.score])).toEqual([
          ['1', 1],
          ['2', 2],
          ['3', 3],
          ['4', 4],
          ['5', 5],
        ]);
        break;
      case QuestionType.CHOICE:
      case QuestionType.MULTI: {
        expect(q.options.length).toBeGreaterThanOrEqual(2);
        expect(duplicates(q.options.map((o) => o.key))).toEqual([]);
        const scores = q.options.map((o) => o.score);
        for (const o of q.options) {
          expect(o.key).toMatch(KEBAB);
          expect(Number.isInteger(o.score)).toBe(true);
          expect(o.score).toBeGreaterThanOrEqual(MIN_LEVEL);
          expect(o.score).toBeLessThanOrEqual(MAX_LEVEL);
        }
        // Listed from least to most mature.
        expect(scores).toEqual([...scores].sort((a, b) => a - b));
        break;
      }
      case QuestionType.TEXT:
        expect(q.options).toEqual([]);
        break;
    }
  });

  it('mixes question types: mostly SCALE, some CHOICE and MULTI, and at least four TEXT', () => {
    const count = (type: QuestionType) => questions.filter((q) => q.type === type).length;
    expect(count(QuestionType.SCALE)).toBeGreaterThan(questions.length / 2);
    expect(count(QuestionType.CHOICE)).toBeGreaterThanOrEqual(1);
    expect(count(QuestionType.MULTI)).toBeGreaterThanOrEqual(1);
    expect(count(QuestionType.TEXT)).toBeGreaterThanOrEqual(4);
  });

  it('uses every capability nature', () => {
    expect(new Set(capabilities.map((c) => c.nature))).toEqual(new Set(CAPABILITY_NATURES));
  });

  it.each(TOPICS.map((t) => [t.topic, t] as const))('covers %s', (_topic, { patterns, nature }) => {
    const covering = capabilities.filter((c) => patterns.every((p) => p.test(haystack(c))) && (!nature || c.nature === nature));
    expect(covering.map((c) => c.key)).not.toEqual([]);
  });
});
