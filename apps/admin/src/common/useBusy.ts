import { useCallback, useRef, useState } from 'react';

/**
 * Busy from the click until the answer: `run(action)` sets `busy` within the click's own render
 * and ignores a second call while the first is pending (a double click sends once).
 */
export function useBusy(): { busy: boolean; run: <T>(action: () => Promise<T>) => Promise<T | undefined> } {
  const [busy, setBusy] = useState(false);
  // The state reaches the button on the next render; the ref closes the gap before it.
  const pending = useRef(false);
  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    if (pending.current) return undefined;
    pending.current = true;
    setBusy(true);
    try {
      return await action();
    } finally {
      pending.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
