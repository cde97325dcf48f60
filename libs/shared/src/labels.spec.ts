import { describe, expect, it } from '@jest/globals';
import { CANDIDATE_KINDS } from './talent.js';
import { ENGAGEMENT_STAGES } from './engagement.js';
import { ENUM_LABELS, auditActionLabel, enumChoices, enumLabel, typeNameLabel, wordList } from './labels.js';

describe('enum labels', () => {
  it('names values in words', () => {
    expect(enumLabel('Reversibility', 'ONE_WAY')).toBe('One-way door');
    expect(enumLabel('Urgency', 'HIGH')).toBe('High urgency');
    expect(enumLabel('CandidateKind', 'BENCH')).toBe('Bench');
    expect(enumLabel('CandidateKind', 'PERMANENT_SEEKER')).toBe('Permanent seeker');
    expect(enumLabel('InvitationStatus', 'PENDING')).toBe('Not started');
  });

  it('shows an unknown value in sentence case and nothing for none', () => {
    expect(enumLabel('MatchStage', 'ON_HOLD')).toBe('On hold');
    expect(enumLabel('MatchStage', null)).toBe('');
  });

  it('labels a value named like an object property as text, not with the property', () => {
    expect(enumLabel('MatchStage', 'constructor')).toBe('constructor');
    expect(enumLabel('Urgency', 'toString')).toBe('tostring');
  });

  it('gives choices in the enum order', () => {
    expect(enumChoices('EngagementStage').map((c) => c.id)).toEqual([...ENGAGEMENT_STAGES]);
    expect(enumChoices('CandidateKind')).toEqual(CANDIDATE_KINDS.map((id) => ({ id, name: ENUM_LABELS.CandidateKind[id] })));
  });

  it('never labels a value with its own code', () => {
    for (const [kind, labels] of Object.entries(ENUM_LABELS)) {
      for (const [code, label] of Object.entries(labels)) {
        if (code.length > 3) expect(`${kind}.${label}`).not.toBe(`${kind}.${code}`);
      }
    }
  });

  it('joins words for a sentence', () => {
    expect(wordList([])).toBe('');
    expect(wordList(['Open'])).toBe('Open');
    expect(wordList(['Open', 'Cancelled'])).toBe('Open or Cancelled');
    expect(wordList(['a', 'b', 'c'], 'and')).toBe('a, b and c');
  });
});

describe('audit words', () => {
  it('says type names and actions in words', () => {
    expect(typeNameLabel('DecisionRecord')).toBe('Decision record');
    expect(typeNameLabel('Role')).toBe('Role');
    expect(auditActionLabel('staffing_plan.accept')).toBe('Staffing plan: accept');
    expect(auditActionLabel('engagement.move_stage')).toBe('Engagement: move stage');
    expect(auditActionLabel('auth.login_failed')).toBe('Sign-in: login failed');
  });
});
