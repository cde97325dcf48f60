import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';
import { clearAnsweredPermissions } from './stubs';
import { guardTimers } from './timerGuard';

// jsdom has no matchMedia; MUI's useMediaQuery needs one (desktop-sized answers).
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }) as MediaQueryList;

// A timer a test leaves behind must not fire once jsdom is torn down: react-admin's reference inputs
// apply their params on the next tick (`setTimeout(…, 0)` in useReferenceParams), and unmounting or a
// late promise (a stubbed request resolving, an input's debounce) can schedule one after the file's
// last test; firing then, it throws "window is not defined", an unhandled error that fails the run.
// So the file's timers are stopped after its last test (Vitest's own were taken before this ran).
const timers = guardTimers(globalThis);

afterEach(async () => {
  cleanup();
  clearAnsweredPermissions();
  // One turn of the timer queue lets what unmounting scheduled run while the next test is not yet
  // rendering (timers of the same delay fire in creation order).
  await new Promise((resolve) => timers.nativeSetTimeout(resolve, 0));
});

afterAll(() => timers.stop());

// findBy*/waitFor give up after 1 s by default, which a loaded machine overruns; they still
// return as soon as the element appears.
configure({ asyncUtilTimeout: 10_000 });
