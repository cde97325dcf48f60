import { canAccessResource, ErrorCode, isRole, type Role } from '@orchestra/shared';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { graphql } from '../gql';
import type { AuthPayloadFieldsFragment } from '../gql/graphql';
import { request } from './client';
import { errorCodeOf } from './graphql';

// Sign-in, refresh and sign-out run anonymously: they carry the refresh cookie, not an access token.
export const AuthPayloadFields = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    expiresIn
    user {
      id
      email
      name
      role
      clientId
    }
  }
`);

const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...AuthPayloadFields
    }
  }
`);

const RefreshSessionDocument = graphql(`
  mutation RefreshSession {
    refreshSession {
      ...AuthPayloadFields
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

/** `expiresIn`: seconds until the access token expires. */
type AuthPayload = AuthPayloadFieldsFragment;
/** The signed-in user as the API returns it in AuthPayload. */
export type SessionUser = AuthPayload['user'];

/** Only the identity is kept in sessionStorage (per tab); the access token lives in memory only. */
const IDENTITY_KEY = 'orchestra.identity';
/**
 * Set while this browser holds a session (any tab), so a first visit shows the sign-in form at
 * once instead of first asking the API to refresh a session that cannot exist. Not a secret: the
 * refresh cookie (HttpOnly) is what signs in; a stale flag only costs the refresh it would have made.
 */
const SESSION_HINT_KEY = 'orchestra.signed-in';
/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_SECONDS = 60;
/** When a silent refresh fails for a reason other than the session ending, try again after this. */
const REFRESH_RETRY_MS = 15_000;
/** A data call whose token expires within this is preceded by a refresh. */
const ALMOST_EXPIRED_MS = 5_000;

let accessToken: string | null = null;
let expiresAt = 0;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<void> | null = null;
let user: SessionUser | null = readStoredUser();
/** Why this tab's session ended (the API's message), shown on the login page. */
let signOutReason: string | null = null;

function readStoredUser(): SessionUser | null {
  try {
    const raw = sessionStorage.getItem(IDENTITY_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<SessionUser>;
    if (typeof parsed.id !== 'string' || typeof parsed.name !== 'string' || !isRole(parsed.role)) return null;
    return { id: parsed.id, name: parsed.name, email: parsed.email ?? '', role: parsed.role, clientId: parsed.clientId ?? null };
  } catch {
    return null;
  }
}

function startSession(payload: AuthPayload): void {
  signOutReason = null;
  accessToken = payload.accessToken;
  expiresAt = Date.now() + payload.expiresIn * 1000;
  user = payload.user;
  try {
    sessionStorage.setItem(IDENTITY_KEY, JSON.stringify(payload.user));
    localStorage.setItem(SESSION_HINT_KEY, '1');
  } catch {
    // Storage can be unavailable (private mode); the in-memory identity is enough.
  }
  const seconds = Math.max(payload.expiresIn - REFRESH_MARGIN_SECONDS, payload.expiresIn / 2);
  scheduleRefresh(seconds * 1000);
}

function clearSession(): void {
  accessToken = null;
  expiresAt = 0;
  user = null;
  clearTimeout(refreshTimer);
  refreshTimer = undefined;
  try {
    sessionStorage.removeItem(IDENTITY_KEY);
    localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // ignore, see startSession
  }
}

/**
 * False only when this browser is known to hold no session: no flag and no identity in this tab
 * (a tab that had a session always tries, e.g. one signed in before the flag existed); true when
 * storage cannot tell.
 */
function mayHoldSession(): boolean {
  try {
    return user !== null || localStorage.getItem(SESSION_HINT_KEY) !== null;
  } catch {
    return true;
  }
}

function scheduleRefresh(delayMs: number): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => {
    refreshAccessToken().catch(() => {
      // The session ended (cleared by refreshAccessToken): the next API call or route change
      // sends the user to the login page. Otherwise retry while the token is still valid.
      if (accessToken && expiresAt > Date.now()) scheduleRefresh(REFRESH_RETRY_MS);
    });
  }, delayMs);
}

/**
 * Refresh tokens rotate and a replayed one revokes the session, so two refreshes must never
 * carry the same cookie: one at a time in this tab (a shared promise) and, where the Web Locks
 * API exists, one at a time across the tabs sharing the cookie.
 */
function oneRefreshAtATime<T>(run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request('orchestra-refresh-session', run) : run();
}

/** Exchanges the refresh cookie for a new access token (and a rotated cookie). */
export function refreshAccessToken(): Promise<void> {
  refreshing ??= oneRefreshAtATime(() => request(RefreshSessionDocument, {}, { anonymous: true }))
    .then((data) => startSession(data.refreshSession))
    .catch((error: unknown) => {
      if (errorCodeOf(error) === ErrorCode.UNAUTHENTICATED) {
        // A first visit has nothing to explain; a session that existed in this tab says why it ended.
        if ((accessToken !== null || user !== null) && error instanceof Error) signOutReason = error.message;
        clearSession();
      }
      throw error;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** The current access token (memory only), or null when signed out. */
export function getAccessToken(): string | null {
  return accessToken;
}

/** A token good for the next request: refreshes first when it is missing or about to expire. */
export async function getFreshAccessToken(): Promise<string | null> {
  if (refreshing) await refreshing.catch(() => undefined);
  if (accessToken && expiresAt - Date.now() < ALMOST_EXPIRED_MS) await refreshAccessToken().catch(() => undefined);
  return accessToken;
}

export function getRole(): Role | null {
  return user?.role ?? null;
}

/** The API's message for a session that ended by itself (expired, revoked…), else null. */
export function getSignOutReason(): string | null {
  return signOutReason;
}

export const authProvider: AuthProvider = {
  async login(params: { username?: string; email?: string; password?: string }) {
    const email = (params.username ?? params.email ?? '').trim();
    const data = await request(LoginDocument, { email, password: params.password ?? '' }, { anonymous: true });
    startSession(data.login);
  },

  async logout() {
    // Only a tab that held a session ends it on the server: the cookie is shared by the tabs.
    const hadSession = accessToken !== null || user !== null;
    // Signing out on purpose (with a live token) needs no explanation on the login page.
    if (accessToken !== null) signOutReason = null;
    clearSession();
    if (hadSession) {
      try {
        await request(LogoutDocument, {}, { anonymous: true });
      } catch {
        // Signing out locally is what matters; the refresh token expires anyway.
      }
    }
  },

  async checkAuth() {
    if (accessToken) return;
    // Never signed in from this browser (or signed out since): nothing to refresh.
    if (!mayHoldSession()) throw { message: false };
    // A reload loses the in-memory token: the HttpOnly cookie gets a new one.
    try {
      await refreshAccessToken();
    } catch {
      // No notification: the login page shows getSignOutReason() when there is one to give.
      throw { message: false };
    }
  },

  async checkError(error: unknown) {
    const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
    if (errorCodeOf(error) === ErrorCode.UNAUTHENTICATED || status === 401) {
      // The data provider already tried one refresh before giving up. react-admin notifies only
      // while checkAuth still passes, so the reason is shown by the login page instead.
      signOutReason ??= error instanceof Error && error.message ? error.message : 'Your session has ended: sign in again.';
      clearSession();
      throw { message: false, logoutUser: true };
    }
    // FORBIDDEN and the others are shown as notifications; the session stays.
  },

  async getIdentity(): Promise<UserIdentity> {
    if (!user) throw new Error('Not signed in.');
    return { id: user.id, fullName: user.name, role: user.role, email: user.email, clientId: user.clientId };
  },

  async getPermissions() {
    return getRole();
  },

  async canAccess({ resource, action }: { resource: string; action: string }) {
    const role = getRole();
    return role !== null && canAccessResource(role, resource, action);
  },
};
