import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('writes the noun in the singular for exactly one, and adds "s" otherwise', () => {
    expect(plural(1, 'role')).toBe('1 role');
    expect(plural(0, 'role')).toBe('0 roles');
    expect(plural(3, 'eligible candidate')).toBe('3 eligible candidates');
    expect(plural(2.5, 'hour')).toBe('2.5 hours');
  });

  it('takes the plural it is given where adding "s" is wrong', () => {
    expect(plural(2, 'capability', 'capabilities')).toBe('2 capabilities');
    expect(plural(1, 'capability', 'capabilities')).toBe('1 capability');
  });
});
