type Timer = ReturnType<typeof setTimeout>;
interface TimerHost {
  setTimeout: typeof setTimeout;
  clearTimeout: typeof clearTimeout;
}

/**
 * Wraps a host's setTimeout so that the timers set through it can all be stopped at once: `stop()`
 * clears the pending ones, and a timer set later, or already due, then does nothing. The test setup
 * stops a file's timers after its last test, so that none fires once jsdom is torn down.
 */
export function guardTimers(host: TimerHost): { stop: () => void; nativeSetTimeout: typeof setTimeout } {
  const nativeSetTimeout = host.setTimeout;
  const nativeClearTimeout = host.clearTimeout;
  const pending = new Set<Timer>();
  let stopped = false;
  host.setTimeout = ((callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    const timer = nativeSetTimeout(() => {
      pending.delete(timer);
      if (!stopped) callback(...args);
    }, delay);
    pending.add(timer);
    return timer;
  }) as typeof setTimeout;
  host.clearTimeout = ((timer?: Timer) => {
    if (timer !== undefined) pending.delete(timer);
    nativeClearTimeout(timer);
  }) as typeof clearTimeout;
  return {
    nativeSetTimeout,
    stop: () => {
      stopped = true;
      for (const timer of pending) nativeClearTimeout(timer);
      pending.clear();
    },
  };
}
