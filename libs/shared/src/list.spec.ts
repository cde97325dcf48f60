import { describe, expect, it } from '@jest/globals';
import { passwordProblem, resourceOperations, revisitRunAt } from './index.js';

describe('resourceOperations', () => {
  it('names operations the way ra-data-graphql-simple does', () => {
    expect(resourceOperations('User')).toEqual({
      one: 'User',
      list: 'allUsers',
      meta: '_allUsersMeta',
      create: 'createUser',
      update: 'updateUser',
      remove: 'deleteUser',
    });
    expect(resourceOperations('Capability').list).toBe('allCapabilities');
    expect(resourceOperations('Person').meta).toBe('_allPeopleMeta');
  });
});

describe('passwordProblem', () => {
  it('accepts 12 characters and refuses 11', () => {
    expect(passwordProblem('a'.repeat(12))).toBeNull();
    expect(passwordProblem('a'.repeat(11))).toBe('must be at least 12 characters');
    expect(passwordProblem('a'.repeat(129))).toBe('must be at most 128 characters');
    expect(passwordProblem(' abcdefghijklm')).toBe('must not start or end with spaces');
  });
});

describe('revisitRunAt', () => {
  it('is the revisit date at the given hour, UTC', () => {
    expect(revisitRunAt('2026-12-01', 8)).toBe('2026-12-01T08:00:00.000Z');
    expect(revisitRunAt('2026-12-01', 0)).toBe('2026-12-01T00:00:00.000Z');
  });
});
