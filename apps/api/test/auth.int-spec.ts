import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { JwtService } from '@nestjs/jwt';
import { Role } from '@orchestra/shared';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { codeOf, TestApi, useTestApi } from './support/harness.js';
import { waitFor } from './support/worker-process.js';
import { DEMO_USERS } from '../src/seed/demo-data.js';
import { RefreshGrace } from '../src/core/identity/auth/refresh-grace.js';
import { hashToken, newSecureToken } from '../src/core/identity/auth/secure-token.js';
import { REDIS } from '../src/core/redis/redis.module.js';
import { APP_CONFIG } from '../src/core/config/config.js';
import { LOGGER } from '../src/core/logging/logging.module.js';
import { SessionRevocation } from '../src/core/identity/auth/session-revocation.js';
import { UserAccess } from '../src/core/identity/auth/user-access.js';

const admin = DEMO_USERS.find((u) => u.role === Role.ADMIN)!;
const ME = `{ me { id email role clientId } }`;
const REFRESH = `mutation { refreshSession { accessToken user { id } } }`;
const SIGNED_OUT = 'You were signed out of this session (sign-out, password change or a security check): sign in again.';

const cookieOf = (res: { cookies: { name: string; value: string }[] }) => res.cookies.find((c) => c.name === 'orchestra_refresh')!.value;
type Refreshed = { refreshSession: { accessToken: string; user: { id: string } } };

function decode(token: string): Record<string, unknown> {
  const [header, payload] = token.split('.');
  return { header: JSON.parse(Buffer.from(header!, 'base64url').toString()), ...JSON.parse(Buffer.from(payload!, 'base64url').toString()) };
}

describe('authentication', () => {
  const ctx = useTestApi();

  it('logs in with the right password: a 15-minute HS256 token with iss, aud and exp, and an HttpOnly refresh cookie', async () => {
    const res = await ctx.api.login(admin.email.toUpperCase(), admin.password);
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.expiresIn).toBe(900);
    expect(res.data!.login.user).toMatchObject({ id: ctx.seeded.users.ADMIN, role: 'ADMIN' });
    const claims = decode(res.data!.login.accessToken);
    expect(claims['header']).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(claims).toMatchObject({ sub: ctx.seeded.users.ADMIN, iss: 'orchestra-api', aud: 'orchestra' });
    expect((claims['exp'] as number) - (claims['iat'] as number)).toBe(900);
    // The session id is the refresh-token family, so ending the family ends this token too.
    const [family] = await ctx.api.dataSource.query(`SELECT "familyId" FROM refresh_token WHERE "userId" = $1`, [ctx.seeded.users.ADMIN]);
    expect(claims['sid']).toBe(family.familyId);
    const cookie = res.cookies.find((c) => c.name === 'orchestra_refresh')!;
    expect(cookie).toMatchObject({ httpOnly: true, path: '/graphql', sameSite: 'Strict' });
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const me = await ctx.api.gql(ME, {}, { token: res.data!.login.accessToken });
    expect(me.data).toEqual({ me: { id: ctx.seeded.users.ADMIN, email: admin.email, role: 'ADMIN', clientId: null } });
    const [row] = await ctx.api.dataSource.query(`SELECT "lastLoginAt" FROM app_user WHERE id = $1`, [ctx.seeded.users.ADMIN]);
    expect(row.lastLoginAt).not.toBeNull();
  });

  it('refuses a wrong password and an unknown e-mail with the same message, and audits both', async () => {
    const wrong = await ctx.api.login(admin.email, 'not-the-password');
    const unknown = await ctx.api.login('nobody@example.com', 'not-the-password');
    for (const res of [wrong, unknown]) {
      expect(res.data).toBeNull();
      expect(res.errors![0]).toMatchObject({ message: 'E-mail or password is incorrect.', extensions: { code: 'UNAUTHENTICATED' } });
      expect(res.cookies).toEqual([]);
    }
    const audits = await ctx.api.dataSource.query(`SELECT "targetId" FROM audit_event WHERE action = 'auth.login_failed' ORDER BY "createdAt"`);
    expect(audits).toEqual([{ targetId: ctx.seeded.users.ADMIN }, { targetId: null }]);
  });

  it('refuses a CLIENT user whose account was deactivated, even with a valid token', async () => {
    const token = await ctx.api.tokenFor(Role.CLIENT);
    await ctx.api.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [ctx.seeded.users.CLIENT]);
    const res = await ctx.api.gql(ME, {}, { token });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    const again = await ctx.api.login('cto@northwind.example', 'orchestra-client-demo');
    expect(codeOf(again)).toBe('UNAUTHENTICATED');
  });

  describe('the cached user check (UserAccess)', () => {
    /** What UserAccess.changed() in another API process does: a separate instance, same Redis. */
    const otherProcess = () => {
      const a = ctx.api.app;
      return new UserAccess(a.get(REDIS), a.get(APP_CONFIG), a.get(LOGGER), ctx.api.dataSource, a.get(SessionRevocation));
    };

    it('refuses a user deactivated and announced by another API process on the very next request', async () => {
      const token = await ctx.api.tokenFor(Role.CLIENT);
      expect((await ctx.api.gql(ME, {}, { token })).data).toMatchObject({ me: { id: ctx.seeded.users.CLIENT } });
      await ctx.api.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [ctx.seeded.users.CLIENT]);
      await otherProcess().changed(ctx.seeded.users.CLIENT);
      expect((await ctx.api.gql(ME, {}, { token })).errors![0]).toMatchObject({ message: 'Your account is no longer active: contact an administrator.' });
    });

    it('answers `me` from the profile its access check read when asked only for that, and reads the row for sign-in times', async () => {
      const token = (await ctx.api.login(admin.email, admin.password)).data!.login.accessToken;
      await ctx.api.gql(ME, {}, { token });
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      const userReads = () => spy.mock.calls.filter(([sql]) => String(sql).includes('app_user')).length;
      const profile = await ctx.api.gql(`{ me { __typename id email name role clientId active } }`, {}, { token });
      const profileReads = userReads();
      const withTimes = await ctx.api.gql<{ me: { name: string; lastLoginAt: string | null } }>(`{ me { name lastLoginAt } }`, {}, { token });
      const timesReads = userReads() - profileReads;
      spy.mockRestore();
      expect(profile.data).toEqual({ me: { __typename: 'User', id: ctx.seeded.users.ADMIN, email: admin.email, name: admin.name, role: 'ADMIN', clientId: null, active: true } });
      expect(profileReads).toBe(0);
      expect(withTimes.data!.me).toMatchObject({ name: admin.name, lastLoginAt: expect.any(String) });
      expect(timesReads).toBe(1);
    });

    it('shows a name or e-mail change announced by another API process in `me` on the very next request', async () => {
      const token = await ctx.api.tokenFor(Role.CLIENT);
      const PROFILE = `{ me { name email } }`;
      expect((await ctx.api.gql(PROFILE, {}, { token })).data).toEqual({ me: { name: 'Nora Northwind (CTO)', email: 'cto@northwind.example' } });
      await ctx.api.dataSource.query(`UPDATE app_user SET name = 'Renamed Person', email = 'renamed@northwind.example' WHERE id = $1`, [ctx.seeded.users.CLIENT]);
      await otherProcess().changed(ctx.seeded.users.CLIENT);
      expect((await ctx.api.gql(PROFILE, {}, { token })).data).toEqual({ me: { name: 'Renamed Person', email: 'renamed@northwind.example' } });
    });

    it('shows a rename through updateUser in that user\'s `me` on their next request', async () => {
      const [adminToken, token] = [await ctx.api.tokenFor(Role.ADMIN), await ctx.api.tokenFor(Role.RECRUITER)];
      const PROFILE = `{ me { name email } }`;
      expect((await ctx.api.gql(PROFILE, {}, { token })).data).toEqual({ me: { name: 'Rita Recruiter', email: 'recruiter@orchestra.local' } });
      const renamed = await ctx.api.gql(`mutation($id: ID!) { updateUser(id: $id, name: "Rita Renamed", email: "rita@orchestra.local") { id } }`, { id: ctx.seeded.users.RECRUITER }, { token: adminToken });
      expect(renamed.errors).toBeUndefined();
      expect((await ctx.api.gql(PROFILE, {}, { token })).data).toEqual({ me: { name: 'Rita Renamed', email: 'rita@orchestra.local' } });
    });

    it('applies a role or client change announced by another API process on the very next request', async () => {
      const token = await ctx.api.tokenFor(Role.CONSULTANT);
      const CREATE_CLIENT = `mutation { createClient(name: "Cache Co") { id } }`;
      expect(codeOf(await ctx.api.gql(`{ allUsers { id } }`, {}, { token }))).toBe('FORBIDDEN');
      await ctx.api.dataSource.query(`UPDATE app_user SET role = 'ADMIN' WHERE id = $1`, [ctx.seeded.users.CONSULTANT]);
      await otherProcess().changed(ctx.seeded.users.CONSULTANT);
      expect((await ctx.api.gql(`{ allUsers { id } }`, {}, { token })).errors).toBeUndefined();
      const [client] = await ctx.api.dataSource.query(`SELECT id FROM client LIMIT 1`);
      await ctx.api.dataSource.query(`UPDATE app_user SET role = 'CLIENT', "clientId" = $1 WHERE id = $2`, [client.id, ctx.seeded.users.CONSULTANT]);
      await otherProcess().changed(ctx.seeded.users.CONSULTANT);
      expect(codeOf(await ctx.api.gql(CREATE_CLIENT, {}, { token }))).toBe('FORBIDDEN');
      expect((await ctx.api.gql(ME, {}, { token })).data).toMatchObject({ me: { role: 'CLIENT', clientId: client.id } });
    });

    it('checks the user once per request, however many top-level fields it asks for', async () => {
      // A fresh sign-in: nothing cached yet, so the check reads the user from the database once.
      const token = (await ctx.api.login(admin.email, admin.password)).data!.login.accessToken;
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      const res = await ctx.api.gql(`{ allUsers { id } _allUsersMeta { count } me { id } }`, {}, { token });
      const checks = spy.mock.calls.filter(([sql]) => String(sql).includes('SELECT id, role, "clientId", active, email, name FROM app_user')).length;
      spy.mockRestore();
      expect(res.errors).toBeUndefined();
      expect(checks).toBe(1);
    });
  });

  it('resolves nested fields of the login payload as the user who just signed in', async () => {
    const res = await ctx.api.gql<{ login: { user: { client: { name: string } } } }>(
      `mutation { login(email: "cto@northwind.example", password: "orchestra-client-demo") { user { client { name } } } }`,
      {},
      { ip: ctx.api.nextIp() },
    );
    expect(res.data).toEqual({ login: { user: { client: { name: 'Northwind Logistics' } } } });
  });

  it('validates login arguments', async () => {
    const res = await ctx.api.gql(`mutation { login(email: "", password: "") { accessToken } }`);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.fields).toEqual({ email: 'must not be empty', password: 'must not be empty' });
    expect(res.errors![0]!.message).toBe('Invalid input: email must not be empty; password must not be empty.');
  });

  describe('tokens', () => {
    type SignOpts = { secret?: string; issuer?: string; audience?: string; expiresIn?: number | null; algorithm?: 'HS256' | 'HS512'; noTimestamp?: boolean };
    const sign = (payload: object, opts: SignOpts = {}) =>
      new JwtService().sign(
        { sid: randomUUID(), ...payload },
        {
          secret: opts.secret ?? ctx.api.config.JWT_SECRET,
          algorithm: opts.algorithm ?? 'HS256',
          issuer: opts.issuer ?? 'orchestra-api',
          audience: opts.audience ?? 'orchestra',
          noTimestamp: opts.noTimestamp ?? false,
          ...(opts.expiresIn === null ? {} : { expiresIn: opts.expiresIn ?? 60 }),
        },
      );
    const INVALID = { message: 'Your access token is invalid: sign in again.', extensions: { code: 'UNAUTHENTICATED' } };

    it('accepts a correctly signed token', async () => {
      const res = await ctx.api.gql(ME, {}, { token: sign({ sub: ctx.seeded.users.ADMIN }) });
      expect(res.data).toMatchObject({ me: { id: ctx.seeded.users.ADMIN } });
    });

    it('refuses an expired token and says to refresh', async () => {
      const res = await ctx.api.gql(ME, {}, { token: sign({ sub: ctx.seeded.users.ADMIN }, { expiresIn: -10 }) });
      expect(res.errors![0]).toMatchObject({ message: 'Your access token expired: call refreshSession or sign in again.', extensions: { code: 'UNAUTHENTICATED' } });
    });

    it.each([
      ['signed with another secret', { secret: 'another-secret-another-secret-another-secret' }],
      ['from another issuer', { issuer: 'evil' }],
      ['for another audience', { audience: 'other-app' }],
      ['with another algorithm', { algorithm: 'HS512' as const }],
      ['without exp', { expiresIn: null }],
      ['living longer than ACCESS_TOKEN_TTL_SECONDS (901 s)', { expiresIn: 901 }],
      ['without iat', { noTimestamp: true }],
    ])('refuses a token %s', async (_label, opts) => {
      const res = await ctx.api.gql(ME, {}, { token: sign({ sub: ctx.seeded.users.ADMIN }, opts) });
      expect(res.errors![0]).toMatchObject(INVALID);
    });

    it('refuses a token issued in the future (it would outlive its exp − iat), one without sid, and a sub that is not a uuid', async () => {
      const now = Math.floor(Date.now() / 1000);
      const future = sign({ sub: ctx.seeded.users.ADMIN, iat: now + 3600 }, { expiresIn: 600 });
      const noSid = new JwtService().sign({ sub: ctx.seeded.users.ADMIN }, { secret: ctx.api.config.JWT_SECRET, issuer: 'orchestra-api', audience: 'orchestra', expiresIn: 60 });
      // Before this check, such a sub reached PostgreSQL and came back as a uuid syntax error.
      const notUuid = sign({ sub: "1' OR '1'='1" });
      for (const token of [future, noSid, notUuid]) expect((await ctx.api.gql(ME, {}, { token })).errors![0]).toMatchObject(INVALID);
    });

    it('refuses an unsigned (alg none) token and a missing token', async () => {
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const body = Buffer.from(JSON.stringify({ sub: ctx.seeded.users.ADMIN, iss: 'orchestra-api', aud: 'orchestra', exp: 9_999_999_999 })).toString('base64url');
      expect(codeOf(await ctx.api.gql(ME, {}, { token: `${header}.${body}.` }))).toBe('UNAUTHENTICATED');
      const none = await ctx.api.gql(ME);
      expect(none.errors![0]!.message).toBe('Sign in first: send "Authorization: Bearer <access token>".');
    });
  });

  describe('refresh tokens', () => {
    /** The grace window is a Redis key that expires; ending it early stands for "later". */
    const endGraceWindow = async (cookie: string) => {
      const key = ctx.api.app.get(RefreshGrace).keyOf(hashToken(cookie));
      expect(await ctx.api.app.get<Redis>(REDIS).del(key)).toBe(1);
    };

    it('rotates the refresh token and issues a new access token', async () => {
      const first = cookieOf(await ctx.api.login(admin.email, admin.password));
      const res = await ctx.api.gql<Refreshed>(REFRESH, {}, { cookies: { orchestra_refresh: first } });
      expect(res.data!.refreshSession.user.id).toBe(ctx.seeded.users.ADMIN);
      const second = cookieOf(res);
      expect(second).not.toBe(first);
      const me = await ctx.api.gql(ME, {}, { token: res.data!.refreshSession.accessToken });
      expect(me.data).toMatchObject({ me: { id: ctx.seeded.users.ADMIN } });
      const rows = await ctx.api.dataSource.query(`SELECT count(DISTINCT "familyId")::int AS families, count(*)::int AS tokens FROM refresh_token`);
      expect(rows).toEqual([{ families: 1, tokens: 2 }]);
    });

    it('keeps the successor only encrypted in Redis, never the token itself', async () => {
      const first = cookieOf(await ctx.api.login(admin.email, admin.password));
      const second = cookieOf(await ctx.api.gql(REFRESH, {}, { cookies: { orchestra_refresh: first } }));
      const stored = await ctx.api.app.get<Redis>(REDIS).get(ctx.api.app.get(RefreshGrace).keyOf(hashToken(first)));
      expect(stored).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(stored!, 'base64url').toString('latin1')).not.toContain(second);
      expect(stored).not.toContain(second);
    });

    it('revokes the whole family when an already-rotated token is presented again after the grace window', async () => {
      const login = await ctx.api.login(admin.email, admin.password);
      const first = cookieOf(login);
      const rotated = await ctx.api.gql<Refreshed>(REFRESH, {}, { cookies: { orchestra_refresh: first } });
      const second = cookieOf(rotated);
      await endGraceWindow(first);
      const replay = await ctx.api.gql(REFRESH, {}, { cookies: { orchestra_refresh: first } });
      expect(replay.errors![0]).toMatchObject({
        message: 'This session was signed out because an old refresh token was reused: sign in again.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      // The legitimate holder of the newest token is signed out too, and at once: its access tokens as well.
      expect(codeOf(await ctx.api.gql(REFRESH, {}, { cookies: { orchestra_refresh: second } }))).toBe('UNAUTHENTICATED');
      for (const token of [login.data!.login.accessToken, rotated.data!.refreshSession.accessToken]) {
        expect((await ctx.api.gql(ME, {}, { token })).errors![0]).toMatchObject({ message: SIGNED_OUT, extensions: { code: 'UNAUTHENTICATED' } });
      }
      const [row] = await ctx.api.dataSource.query(`SELECT count(*)::int AS live FROM refresh_token WHERE "revokedAt" IS NULL`);
      expect(row.live).toBe(0);
      const [audit] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.refresh_reuse_detected'`);
      expect(audit.n).toBe(1);
    });

    it('leaves other sign-ins of the same user alone when one family is revoked', async () => {
      const laptop = cookieOf(await ctx.api.login(admin.email, admin.password));
      const phoneLogin = await ctx.api.login(admin.email, admin.password);
      await ctx.api.gql(REFRESH, {}, { cookies: { orchestra_refresh: laptop } });
      await endGraceWindow(laptop);
      await ctx.api.gql(REFRESH, {}, { cookies: { orchestra_refresh: laptop } }); // replay: laptop family revoked
      expect((await ctx.api.gql(REFRESH, {}, { cookies: { orchestra_refresh: cookieOf(phoneLogin) } })).data).not.toBeNull();
      expect((await ctx.api.gql(ME, {}, { token: phoneLogin.data!.login.accessToken })).data).toMatchObject({ me: { id: ctx.seeded.users.ADMIN } });
    });

    it('logout revokes the session and clears the cookie', async () => {
      const cookie = cookieOf(await ctx.api.login(admin.email, admin.password));
      const out = await ctx.api.gql(`mutation { logout }`, {}, { cookies: { orchestra_refresh: cookie } });
      expect(out.data).toEqual({ logout: true });
      expect(out.cookies.find((c) => c.name === 'orchestra_refresh')!.value).toBe('');
      expect(codeOf(await ctx.api.gql(REFRESH, {}, { cookies: { orchestra_refresh: cookie } }))).toBe('UNAUTHENTICATED');
      const audit = await ctx.api.dataSource.query(`SELECT "actorId" FROM audit_event WHERE action = 'auth.logout'`);
      expect(audit).toEqual([{ actorId: ctx.seeded.users.ADMIN }]);
    });

    it('refuses a refresh without a cookie or with an unknown one', async () => {
      expect((await ctx.api.gql(REFRESH)).errors![0]!.message).toBe('No session cookie: sign in again.');
      expect(codeOf(await ctx.api.gql(REFRESH, {}, { cookies: { orchestra_refresh: 'made-up' } }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('ending sessions ends their access tokens at once', () => {
    const SET_PASSWORD = `mutation($token: String!, $password: String!) { setPassword(token: $token, password: $password) }`;

    it('after logout, the access token of that sign-in is refused; another sign-in keeps working', async () => {
      const laptop = await ctx.api.login(admin.email, admin.password);
      const phone = await ctx.api.login(admin.email, admin.password);
      const token = laptop.data!.login.accessToken;
      expect((await ctx.api.gql(ME, {}, { token })).data).toMatchObject({ me: { id: ctx.seeded.users.ADMIN } });
      await ctx.api.gql(`mutation { logout }`, {}, { cookies: { orchestra_refresh: cookieOf(laptop) } });
      expect((await ctx.api.gql(ME, {}, { token })).errors![0]).toMatchObject({ message: SIGNED_OUT, extensions: { code: 'UNAUTHENTICATED' } });
      expect((await ctx.api.gql(ME, {}, { token: phone.data!.login.accessToken })).data).toMatchObject({ me: { id: ctx.seeded.users.ADMIN } });
    });

    it('after a password is set, every earlier access token of the user is refused, and signing in again at once works', async () => {
      const before = [(await ctx.api.login(admin.email, admin.password)).data!.login.accessToken, (await ctx.api.login(admin.email, admin.password)).data!.login.accessToken];
      const { token, hash } = newSecureToken();
      await ctx.api.dataSource.query(`INSERT INTO password_token ("userId", "tokenHash", "expiresAt") VALUES ($1, $2, now() + interval '1 hour')`, [ctx.seeded.users.ADMIN, hash]);
      expect((await ctx.api.gql(SET_PASSWORD, { token, password: 'a brand new passphrase' })).data).toEqual({ setPassword: true });
      for (const old of before) expect((await ctx.api.gql(ME, {}, { token: old })).errors![0]).toMatchObject({ message: SIGNED_OUT, extensions: { code: 'UNAUTHENTICATED' } });
      // Most likely within the same second as the revocation: a new sign-in is a new session, not refused.
      const again = await ctx.api.login(admin.email, 'a brand new passphrase');
      expect((await ctx.api.gql(ME, {}, { token: again.data!.login.accessToken })).data).toMatchObject({ me: { id: ctx.seeded.users.ADMIN } });
    });

    it('after an administrator changes a user\'s access, that user\'s earlier access tokens are refused', async () => {
      const token = (await ctx.api.login('recruiter@orchestra.local', 'orchestra-recruiter-demo')).data!.login.accessToken;
      const UPDATE = `mutation($id: ID!, $active: Boolean) { updateUser(id: $id, active: $active) { id active } }`;
      await ctx.api.gql(UPDATE, { id: ctx.seeded.users.RECRUITER, active: false }, { as: Role.ADMIN });
      await ctx.api.gql(UPDATE, { id: ctx.seeded.users.RECRUITER, active: true }, { as: Role.ADMIN });
      // Active again, but the session that existed before the change stays ended.
      expect((await ctx.api.gql(ME, {}, { token })).errors![0]).toMatchObject({ message: SIGNED_OUT });
    });

    it('asks the database when Redis cannot answer: a revoked session stays refused, a live one still works', async () => {
      const ended = await ctx.api.login(admin.email, admin.password);
      const live = await ctx.api.login(admin.email, admin.password);
      await ctx.api.gql(`mutation { logout }`, {}, { cookies: { orchestra_refresh: cookieOf(ended) } });
      const redis = ctx.api.app.get<Redis>(REDIS);
      redis.disconnect();
      try {
        expect((await ctx.api.gql(ME, {}, { token: ended.data!.login.accessToken })).errors![0]).toMatchObject({ message: SIGNED_OUT });
        expect((await ctx.api.gql(ME, {}, { token: live.data!.login.accessToken })).data).toMatchObject({ me: { id: ctx.seeded.users.ADMIN } });
      } finally {
        await redis.connect();
      }
    });
  });
});

describe('refresh grace window', () => {
  let api: TestApi;
  let adminId: string;
  beforeAll(async () => {
    api = await TestApi.start({ REFRESH_GRACE_SECONDS: '1' });
    adminId = (await api.resetDb()).users.ADMIN;
  });
  afterAll(() => api.close());

  it('gives two refreshes at once with the same cookie the same successor; after the window, the replay revokes the family', async () => {
    const first = cookieOf(await api.login(admin.email, admin.password));
    // Two tabs (or a retry): the second waits on the row lock, then finds the rotation's successor.
    const both = await Promise.all([0, 1].map(() => api.gql<Refreshed>(REFRESH, {}, { cookies: { orchestra_refresh: first } })));
    for (const res of both) expect(res.errors).toBeUndefined();
    const [a, b] = both.map(cookieOf);
    expect(a).toBe(b);
    expect(a).not.toBe(first);
    for (const res of both) expect((await api.gql(ME, {}, { token: res.data!.refreshSession.accessToken })).data).toMatchObject({ me: { id: adminId } });
    const [rows] = await api.dataSource.query(`SELECT count(*)::int AS tokens, count(*) FILTER (WHERE "revokedAt" IS NULL)::int AS live FROM refresh_token`);
    expect(rows).toEqual({ tokens: 2, live: 2 });

    const redis = api.app.get<Redis>(REDIS);
    const key = api.app.get(RefreshGrace).keyOf(hashToken(first));
    await waitFor(async () => ((await redis.exists(key)) === 0 ? true : undefined), 'the 1 s grace window to end', 5_000);

    const late = await api.gql(REFRESH, {}, { cookies: { orchestra_refresh: first } });
    expect(late.errors![0]!.message).toBe('This session was signed out because an old refresh token was reused: sign in again.');
    expect(codeOf(await api.gql(REFRESH, {}, { cookies: { orchestra_refresh: a! } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(ME, {}, { token: both[0]!.data!.refreshSession.accessToken }))).toBe('UNAUTHENTICATED');
  });
});

describe('sign-in throttling (Redis-backed)', () => {
  let a: TestApi;
  let b: TestApi;
  let redis: Redis;
  const RIGHT = 'orchestra-consultant-demo';
  const delayKey = (email: string, ip: string) => `${a.config.QUEUE_PREFIX}:rl:login:delay:${email}|${ip}`;
  const waitForDelayToEnd = (email: string, ip: string) =>
    waitFor(async () => ((await redis.exists(delayKey(email, ip))) === 0 ? true : undefined), `the sign-in delay of ${email} from ${ip} to end`, 10_000);
  const failedAudits = async (userId: string) =>
    ((await a.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.login_failed' AND "targetId" = $1`, [userId])) as { n: number }[])[0]!.n;
  let users: Record<Role, string>;

  beforeAll(async () => {
    // Two API instances sharing Redis, as in a scaled-out deployment.
    const limits = { LOGIN_FREE_FAILURES: '5', LOGIN_MAX_PER_IP: '12' };
    a = await TestApi.start(limits);
    b = await TestApi.start(limits);
    users = (await a.resetDb()).users;
    redis = a.app.get<Redis>(REDIS);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('slows down a stranger guessing from one IP, across instances, while the owner signs in from another IP', async () => {
    const email = 'consultant@orchestra.local';
    const stranger = '192.0.2.10';
    for (let i = 0; i < 3; i++) expect(codeOf(await a.login(email, 'wrong-password', stranger))).toBe('UNAUTHENTICATED');
    for (let i = 0; i < 2; i++) expect(codeOf(await b.login(email, 'wrong-password', stranger))).toBe('UNAUTHENTICATED');
    // The sixth attempt from there waits, even with the right password; so do repeated ones.
    for (const api of [a, b, a]) {
      const held = await api.login(email, RIGHT, stranger);
      expect(held.errors![0]).toMatchObject({
        message: 'Too many failed sign-ins for this e-mail address from your network: wait 2 seconds before trying again.',
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 2 },
      });
    }
    // Refused attempts never reached the password check (it audits every failure it makes).
    expect(await failedAudits(users.CONSULTANT)).toBe(5);
    // The owner, elsewhere, is not locked out, and even has their own free failures.
    expect(codeOf(await b.login(email, 'typo-password', '198.51.100.20'))).toBe('UNAUTHENTICATED');
    expect((await b.login(email, RIGHT, '198.51.100.20')).data!.login.user.id).toBe(users.CONSULTANT);
  });

  it('doubles the wait with each further failure, and a success clears it', async () => {
    const email = 'recruiter@orchestra.local';
    const ip = '192.0.2.11';
    for (let i = 0; i < 5; i++) expect(codeOf(await a.login(email, 'wrong-password', ip))).toBe('UNAUTHENTICATED');
    expect((await a.login(email, 'wrong-password', ip)).errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 2 });
    await waitForDelayToEnd(email, ip);
    expect(codeOf(await b.login(email, 'wrong-password', ip))).toBe('UNAUTHENTICATED');
    expect((await a.login(email, 'wrong-password', ip)).errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 4 });
    await waitForDelayToEnd(email, ip);
    expect((await a.login(email, 'orchestra-recruiter-demo', ip)).data!.login.user.id).toBe(users.RECRUITER);
    // Cleared: failures are free again.
    for (let i = 0; i < 2; i++) expect(codeOf(await a.login(email, 'wrong-password', ip))).toBe('UNAUTHENTICATED');
  });

  it('counts parallel guesses before checking them: 10 at once from one IP, 5 are tried', async () => {
    const email = 'cto@northwind.example';
    const ip = '192.0.2.12';
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).login(email, `guess-${i}`, ip)));
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(5);
    expect(await failedAudits(users.CLIENT)).toBe(5);
  });

  it('ignores a forged X-Forwarded-For when no proxy is trusted', async () => {
    const ip = '192.0.2.90';
    for (let i = 0; i < 12; i++) {
      const res = await a.gql(`mutation { login(email: "x${i}@example.com", password: "x-password") { accessToken } }`, {}, { ip, headers: { 'x-forwarded-for': `198.51.100.${i}` } });
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    }
    const res = await a.gql(`mutation { login(email: "y@example.com", password: "x-password") { accessToken } }`, {}, { ip, headers: { 'x-forwarded-for': '198.51.100.200' } });
    expect(codeOf(res)).toBe('RATE_LIMITED');
  });

  it('blocks an IP after 12 failures, whatever the e-mail (password spraying)', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 6; i++) expect(codeOf(await a.login(`someone${i}@example.com`, 'x-password', ip))).toBe('UNAUTHENTICATED');
    for (let i = 6; i < 12; i++) expect(codeOf(await b.login(`someone${i}@example.com`, 'x-password', ip))).toBe('UNAUTHENTICATED');
    const blocked = await a.login('recruiter@orchestra.local', 'orchestra-recruiter-demo', ip);
    expect(blocked.errors![0]!.message).toMatch(/^Too many failed sign-ins from your network: wait \d+ (seconds|minutes) before trying again\.$/);
    expect((await a.login('recruiter@orchestra.local', 'orchestra-recruiter-demo', '192.0.2.78')).data).not.toBeNull();
  });

  it('does not count successful sign-ins against the IP (an office behind one address)', async () => {
    const ip = '192.0.2.79';
    for (let i = 0; i < 13; i++) expect((await (i % 2 ? a : b).login('recruiter@orchestra.local', 'orchestra-recruiter-demo', ip)).errors).toBeUndefined();
  });
});

describe('sign-in ceiling per e-mail (an attack from many IPs)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start({ LOGIN_MAX_FAILURES_PER_EMAIL: '4' });
    await api.resetDb();
  });
  afterAll(() => api.close());

  it('refuses the e-mail from every IP once its failures reach the ceiling, even with the right password; other e-mails are unaffected', async () => {
    for (let i = 0; i < 4; i++) expect(codeOf(await api.login(admin.email, 'wrong-password', `203.0.113.${i}`))).toBe('UNAUTHENTICATED');
    const owner = await api.login(admin.email, admin.password, '198.51.100.50');
    expect(owner.errors![0]).toMatchObject({
      message: expect.stringMatching(/^Too many failed sign-ins for this e-mail address: wait (60|59) minutes before trying again\.$/),
      extensions: { code: 'RATE_LIMITED' },
    });
    expect((await api.login('consultant@orchestra.local', 'orchestra-consultant-demo', '198.51.100.50')).data).not.toBeNull();
  });

  it('counts parallel guesses from many IPs before checking them: 10 at once, 4 are tried', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => api.login('recruiter@orchestra.local', `guess-${i}`, `203.0.113.${100 + i}`)));
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(4);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(6);
  });
});
