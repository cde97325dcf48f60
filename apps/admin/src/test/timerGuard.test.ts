import { describe, expect, it } from 'vitest';
import { guardTimers } from './timerGuard';

// Timers of the same delay fire in the order they were set: a timer set last, straight through the
// unguarded setTimeout, fires after every earlier one of that delay or less has fired or been dropped.
const afterTimersOf = (delay: number) => new Promise((resolve) => setTimeout(resolve, delay));

describe('guardTimers', () => {
  it('runs timers with their arguments until stopped, and clears them on request', async () => {
    const host = { setTimeout, clearTimeout };
    guardTimers(host);
    const calls: string[] = [];
    host.setTimeout((label: string) => calls.push(label), 0, 'ran');
    const cleared = host.setTimeout(() => calls.push('cleared'), 0);
    host.clearTimeout(cleared);
    await afterTimersOf(0);
    expect(calls).toEqual(['ran']);
  });

  it('after stop, neither a pending timer nor one set later runs', async () => {
    const host = { setTimeout, clearTimeout };
    const guard = guardTimers(host);
    const calls: string[] = [];
    host.setTimeout(() => calls.push('pending'), 5);
    guard.stop();
    host.setTimeout(() => calls.push('later'), 0);
    await afterTimersOf(5);
    expect(calls).toEqual([]);
  });
});
