import { describe, expect, it } from '@jest/globals';
import { waitAfterFailure } from './login-rate-limiter.js';

describe('waitAfterFailure', () => {
  it('is free for the first failures, then doubles from 2 seconds', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => waitAfterFailure(n, 5, 900))).toEqual([0, 0, 0, 0, 2, 4, 8, 16]);
  });

  it('stops at the cap (15 minutes by default), however many failures', () => {
    expect(waitAfterFailure(13, 5, 900)).toBe(512);
    expect(waitAfterFailure(14, 5, 900)).toBe(900);
    expect(waitAfterFailure(5000, 5, 900)).toBe(900);
  });
});
