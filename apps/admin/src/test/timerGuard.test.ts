import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardTimers } from './timerGuard';

// The guard wraps Vitest's fake timers here (each host is made after faking), so the tests fire
// every timer there is at once, instead of waiting on the clock.
describe('guardTimers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs timers with their arguments until stopped, and clears them on request', () => {
    const host = { setTimeout, clearTimeout };
    guardTimers(host);
    const calls: string[] = [];
    host.setTimeout((label: string) => calls.push(label), 0, 'ran');
    const cleared = host.setTimeout(() => calls.push('cleared'), 0);
    host.clearTimeout(cleared);
    vi.runAllTimers();
    expect(calls).toEqual(['ran']);
  });

  it('after stop, neither a pending timer nor one set later runs', () => {
    const host = { setTimeout, clearTimeout };
    const guard = guardTimers(host);
    const calls: string[] = [];
    host.setTimeout(() => calls.push('pending'), 5);
    guard.stop();
    host.setTimeout(() => calls.push('later'), 0);
    vi.runAllTimers();
    expect(calls).toEqual([]);
  });
});
