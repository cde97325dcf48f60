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

afterEach(() => {
  cleanup();
  clearAnsweredPermissions();
});

// findBy*/waitFor give up after 1 s by default, which a loaded machine overruns; they still
// return as soon as the element appears.
configure({ asyncUtilTimeout: 10_000 });
