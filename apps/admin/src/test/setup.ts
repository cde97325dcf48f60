import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';
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

afterEach(() => {
  cleanup();
  clearAnsweredPermissions();
});

// react-admin debounces some state updates (a reference input's filter, by 500 ms) and does not
// cancel them on unmount: one that fires after a file's last test finds jsdom torn down ("window is
// not defined", an unhandled error that fails the run). Before the environment goes, let timers
// left by the components run out: at most 600 ms, and not at all when none is pending.
const pendingTimeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
const timeoutsAtStart = pendingTimeouts();
afterAll(async () => {
  const until = Date.now() + 600;
  while (pendingTimeouts() > timeoutsAtStart && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
});

// findBy*/waitFor give up after 1 s by default, which a loaded machine overruns; they still
// return as soon as the element appears.
configure({ asyncUtilTimeout: 10_000 });
