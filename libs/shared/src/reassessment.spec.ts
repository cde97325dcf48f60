import { describe, expect, it } from '@jest/globals';
import { compareReassessment, movementOf, reassessmentTitle, type CapabilityReading } from './reassessment.js';

const reading = (key: string, name: string, current: number | null, spread: number | null): CapabilityReading => ({ key, name, areaName: 'Delivery', current, spread, target: 4 });

describe('re-assessment', () => {
  it('calls a change within the combined spread noise', () => {
    // √(0.3² + 0.4²) = 0.5: a rise of 0.4 is noise, 0.6 is not.
    expect(movementOf(reading('a', 'A', 2.4, 0.3), reading('a', 'A', 2.0, 0.4))).toEqual({ movement: 'WITHIN_NOISE', change: 0.4, noise: 0.5 });
    expect(movementOf(reading('a', 'A', 2.6, 0.3), reading('a', 'A', 2.0, 0.4))).toEqual({ movement: 'ROSE', change: 0.6, noise: 0.5 });
    expect(movementOf(reading('a', 'A', 1.4, 0.3), reading('a', 'A', 2.0, 0.4))).toEqual({ movement: 'FELL', change: -0.6, noise: 0.5 });
    expect(movementOf(reading('a', 'A', 2.6, null), reading('a', 'A', 2.0, null))).toEqual({ movement: 'ROSE', change: 0.6, noise: 0 });
    expect(movementOf(reading('a', 'A', 2.6, 0.3), undefined)).toEqual({ movement: 'NO_BASELINE', change: null, noise: null });
    expect(movementOf(reading('a', 'A', null, null), reading('a', 'A', 2, 0.1))).toEqual({ movement: 'NOT_SCORED', change: null, noise: null });
  });

  it('ties each moved capability to what was done about it, and says which moved alone', () => {
    const result = compareReassessment({
      baseline: [reading('delivery', 'Delivery predictability', 1.8, 0.5), reading('testing', 'Testing', 2.0, 0.4)],
      previous: [reading('delivery', 'Delivery predictability', 2.1, 0.4), reading('testing', 'Testing', 2.2, 0.3), reading('oncall', 'On-call', 3.0, 0.2)],
      current: [
        reading('delivery', 'Delivery predictability', 3.4, 0.3),
        reading('testing', 'Testing', 2.3, 0.3),
        reading('oncall', 'On-call', 2.2, 0.2),
        reading('security', 'Security', 2.5, 0.5),
      ],
      interventions: [
        { capabilityKey: 'delivery', kind: 'PLACEMENT', label: "Ana Principal's placement as Delivery lead", on: '2027-01-18' },
        { capabilityKey: 'delivery', kind: 'OPTION', label: 'the accepted augmentation', on: '2027-01-05' },
      ],
    });
    const delivery = result.capabilities.find((c) => c.key === 'delivery')!;
    // 3.4 − 2.1 = 1.3 against √(0.3² + 0.4²) = 0.5; 3.4 − 1.8 = 1.6 from the baseline.
    expect(delivery).toMatchObject({ previous: 2.1, baseline: 1.8, change: 1.3, changeFromBaseline: 1.6, noise: 0.5, movement: 'ROSE' });
    expect(delivery.interventions.map((i) => i.on)).toEqual(['2027-01-05', '2027-01-18']);
    // On-call fell 0.8 against √(0.2² + 0.2²) = 0.28, with nothing done; Testing moved 0.1 (noise 0.42).
    expect(result.capabilities.find((c) => c.key === 'oncall')).toMatchObject({ change: -0.8, noise: 0.28, movement: 'FELL', baseline: null });
    expect(result.capabilities.find((c) => c.key === 'testing')).toMatchObject({ change: 0.1, noise: 0.42, movement: 'WITHIN_NOISE' });
    expect(result.capabilities.find((c) => c.key === 'security')).toMatchObject({ movement: 'NO_BASELINE', previous: null, baseline: null });
    expect(result.movedWithoutIntervention).toEqual(['On-call']);
    expect(result.summary).toBe(
      'Delivery predictability rose from 2.1 to 3.4 after the accepted augmentation and Ana Principal\'s placement as Delivery lead in January 2027; On-call fell from 3.0 to 2.2 with no intervention recorded; Testing did not move and had no intervention.',
    );
  });

  it('keeps the summary short and points to the table for the rest', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f'].map((k, i) => reading(k, k.toUpperCase(), 3 + i * 0.1, 0));
    const before = many.map((r) => ({ ...r, current: 2 }));
    const { summary } = compareReassessment({ current: many, previous: before, baseline: null, interventions: [] });
    expect(summary).toBe(
      'F rose from 2.0 to 3.5 with no intervention recorded; E rose from 2.0 to 3.4 with no intervention recorded; D rose from 2.0 to 3.3 with no intervention recorded; C rose from 2.0 to 3.2 with no intervention recorded; 2 more capabilities in the table below.',
    );
  });

  it('numbers the re-assessments of a line', () => {
    expect(reassessmentTitle('Platform baseline', 1)).toBe('Platform baseline — re-assessment 1');
    expect(reassessmentTitle('Platform baseline — re-assessment 1', 2)).toBe('Platform baseline — re-assessment 2');
  });
});
