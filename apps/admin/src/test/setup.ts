import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { clearAnsweredPermissions } from './stubs';

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

// react-admin's reference inputs apply their params on the next tick (`setTimeout(…, 0)` in
// useReferenceParams), and unmounting can schedule one: after the last test of a file it would fire
// once jsdom is torn down ("window is not defined", an unhandled error that fails the run). One turn
// of the timer queue after cleanup runs it first: timers of the same delay fire in creation order.
afterEach(async () => {
  cleanup();
  clearAnsweredPermissions();
  await new Promise((resolve) => setTimeout(resolve, 0));
});

// findBy*/waitFor give up after 1 s by default, which a loaded machine overruns; they still
// return as soon as the element appears.
configure({ asyncUtilTimeout: 10_000 });
