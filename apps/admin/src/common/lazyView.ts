import { lazy, type ComponentType } from 'react';

/**
 * A screen loaded with its first visit, not with the sign-in page: `lazyView(() => import('./X'), 'X')`
 * for a module's named export. react-admin's layout shows its loader while the chunk arrives.
 */
export function lazyView<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  // Under vitest a module is transformed on its first import: start it now, as the static imports
  // did, so that a test's first findBy waits for rendering and not for compiling a whole screen.
  if (import.meta.env.MODE === 'test') void load().catch(() => undefined);
  return lazy(async () => ({ default: (await load())[name] as ComponentType<unknown> })) as M[K];
}
