import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../../config/config.js';
import type { AuthUser } from './auth-user.js';
import { JwtStrategy } from './jwt.strategy.js';
import type { UserAccess } from './user-access.js';

const config = { JWT_SECRET: 'unit-test-secret-unit-test-secret-unit-test-secret', JWT_ISSUER: 'orchestra-api', JWT_AUDIENCE: 'orchestra', ACCESS_TOKEN_TTL_SECONDS: 900 } as AppConfig;
const EXPIRED = 'Your access token expired: call refreshSession or sign in again.';
const INVALID = 'Your access token is invalid: sign in again.';

/** The access check itself is tested against PostgreSQL and Redis (auth.int-spec.ts); here it answers the token's user. */
const access = { check: async (_sid: string, sub: string): Promise<AuthUser> => ({ id: sub, role: 'ADMIN', clientId: null }) } as unknown as UserAccess;

type Outcome = { user?: AuthUser; failure?: string; error?: unknown };

/** Runs the strategy as passport does (success, fail and error added to a copy of it) and says how it ended. */
function authenticate(strategy: JwtStrategy, authorization: string | undefined): Promise<Outcome> {
  return new Promise((resolve) => {
    const run = Object.assign(Object.create(strategy) as JwtStrategy, {
      success: (user: AuthUser) => resolve({ user }),
      fail: (info: { message: string }) => resolve({ failure: info.message }),
      error: (error: unknown) => resolve({ error }),
    });
    run.authenticate({ headers: authorization === undefined ? {} : { authorization } });
  });
}

const sign = (sub: string, expiresIn: number) =>
  new JwtService().sign({ sub, sid: randomUUID() }, { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, expiresIn });

describe('JwtStrategy', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('accepts a verified token until its exp, then refuses it as expired (a verified token is remembered only that long)', async () => {
    // Only the clock is faked: the strategy's promises and callbacks run as usual.
    jest.useFakeTimers({ now: new Date('2026-12-05T09:00:00Z'), doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
    const strategy = new JwtStrategy(config, access);
    const sub = randomUUID();
    const token = sign(sub, 60);
    expect(await authenticate(strategy, `Bearer ${token}`)).toEqual({ user: { id: sub, role: 'ADMIN', clientId: null } });
    jest.setSystemTime(new Date('2026-12-05T09:00:59Z'));
    expect(await authenticate(strategy, `bearer  ${token}`)).toEqual({ user: { id: sub, role: 'ADMIN', clientId: null } });
    jest.setSystemTime(new Date('2026-12-05T09:01:01Z'));
    expect(await authenticate(strategy, `Bearer ${token}`)).toEqual({ failure: EXPIRED });
  });

  it('refuses a remembered token whose signature was changed, and says what is missing without a bearer token', async () => {
    const strategy = new JwtStrategy(config, access);
    const token = sign(randomUUID(), 60);
    expect((await authenticate(strategy, `Bearer ${token}`)).user).toBeDefined();
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    expect(await authenticate(strategy, `Bearer ${tampered}`)).toEqual({ failure: INVALID });
    for (const header of [undefined, '', 'Bearer', `Basic ${token}`, `Bearer ${token} extra`]) {
      expect(await authenticate(strategy, header)).toEqual({ failure: 'Sign in first: send "Authorization: Bearer <access token>".' });
    }
  });
});
