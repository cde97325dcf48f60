import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, ok, stubGraphQL } from '../test/stubGraphQL';

const USER = { id: 'u1', email: 'rita@orchestra.local', name: 'Rita Recruiter', role: 'RECRUITER', clientId: null };
const SESSION = { accessToken: 'token', expiresIn: 900, user: USER };

/** A fresh module per test: the session lives in module state. */
async function freshAuthProvider() {
  vi.resetModules();
  return (await import('./authProvider')).authProvider;
}

describe('authProvider.checkAuth on a first visit', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends a browser that never signed in to the sign-in form without asking the API', async () => {
    const api = stubGraphQL({});
    const auth = await freshAuthProvider();
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    expect(api.calls).toEqual([]);
  });

  it('restores the session from the refresh cookie once this browser has signed in', async () => {
    const api = stubGraphQL({ Login: () => ok({ login: SESSION }), RefreshSession: () => ok({ refreshSession: SESSION }) });
    await (await freshAuthProvider()).login({ username: USER.email, password: 'pw' });
    sessionStorage.clear(); // another tab, or the identity gone: the flag in localStorage remains
    const auth = await freshAuthProvider();
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    expect(api.of('RefreshSession')).toHaveLength(1);
  });

  it('forgets the flag when the session ends, so the next first visit asks nothing', async () => {
    const api = stubGraphQL({
      Login: () => ok({ login: SESSION }),
      RefreshSession: () => apiError('UNAUTHENTICATED', 'Your session has ended: sign in again.'),
    });
    await (await freshAuthProvider()).login({ username: USER.email, password: 'pw' });
    sessionStorage.clear();
    await expect((await freshAuthProvider()).checkAuth({})).rejects.toEqual({ message: false });
    await expect((await freshAuthProvider()).checkAuth({})).rejects.toEqual({ message: false });
    expect(api.of('RefreshSession')).toHaveLength(1);
  });
});
