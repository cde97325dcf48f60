import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { Role } from '@orchestra/shared';
import { codeOf, TestApi, useTestApi } from './support/harness.js';
import { DEMO_USERS } from '../src/core/database/demo-data.js';

const admin = DEMO_USERS.find((u) => u.role === Role.ADMIN)!;
const ME = `{ me { id email role clientId } }`;

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
    const sign = (payload: object, opts: { secret?: string; issuer?: string; audience?: string; expiresIn?: number; algorithm?: 'HS256' | 'HS512' } = {}) =>
      new JwtService().sign(payload, {
        secret: opts.secret ?? ctx.api.config.JWT_SECRET,
        algorithm: opts.algorithm ?? 'HS256',
        issuer: opts.issuer ?? 'orchestra-api',
        audience: opts.audience ?? 'orchestra',
        expiresIn: opts.expiresIn ?? 60,
      });

    it('accepts a correctly signed token', async () => {
      const res = await ctx.api.gql(ME, {}, { token: sign({ sub: ctx.seeded.users.ADMIN, role: 'ADMIN' }) });
      expect(res.data).toMatchObject({ me: { id: ctx.seeded.users.ADMIN } });
    });

    it('refuses an expired token and says to refresh', async () => {
      const res = await ctx.api.gql(ME, {}, { token: sign({ sub: ctx.seeded.users.ADMIN, role: 'ADMIN' }, { expiresIn: -10 }) });
      expect(res.errors![0]).toMatchObject({ message: 'Your access token expired: call refreshSession or sign in again.', extensions: { code: 'UNAUTHENTICATED' } });
    });

    it.each([
      ['signed with another secret', { secret: 'another-secret-another-secret-another-secret' }],
      ['from another issuer', { issuer: 'evil' }],
      ['for another audience', { audience: 'other-app' }],
      ['with another algorithm', { algorithm: 'HS512' as const }],
    ])('refuses a token %s', async (_label, opts) => {
      const res = await ctx.api.gql(ME, {}, { token: sign({ sub: ctx.seeded.users.ADMIN, role: 'ADMIN' }, opts) });
      expect(res.errors![0]).toMatchObject({ message: 'Your access token is invalid: sign in again.', extensions: { code: 'UNAUTHENTICATED' } });
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
    const REFRESH = `mutation { refreshSession { accessToken user { id } } }`;
    const cookieOf = (res: { cookies: { name: string; value: string }[] }) => res.cookies.find((c) => c.name === 'orchestra_refresh')!.value;

    it('rotates the refresh token and issues a new access token', async () => {
      const first = cookieOf(await ctx.api.login(admin.email, admin.password));
      const res = await ctx.api.gql<{ refreshSession: { accessToken: string; user: { id: string } } }>(REFRESH, {}, { cookies: { orchestra_refresh: first } });
      expect(res.data!.refreshSession.user.id).toBe(ctx.seeded.users.ADMIN);
      const second = cookieOf(res);
      expect(second).not.toBe(first);
      const me = await ctx.api.gql(ME, {}, { token: res.data!.refreshSession.accessToken });
      expect(me.data).toMatchObject({ me: { id: ctx.seeded.users.ADMIN } });
      const rows = await ctx.api.dataSource.query(`SELECT count(DISTINCT "familyId")::int AS families, count(*)::int AS tokens FROM refresh_token`);
      expect(rows).toEqual([{ families: 1, tokens: 2 }]);
    });

    it('revokes the whole family when an already-rotated token is presented again', async () => {
      const first = cookieOf(await ctx.api.login(admin.email, admin.password));
      const second = cookieOf(await ctx.api.gql(REFRESH, {}, { cookies: { orchestra_refresh: first } }));
      const replay = await ctx.api.gql(REFRESH, {}, { cookies: { orchestra_refresh: first } });
      expect(replay.errors![0]).toMatchObject({
        message: 'This session was signed out because an old refresh token was reused: sign in again.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      // The legitimate holder of the newest token is signed out too.
      expect(codeOf(await ctx.api.gql(REFRESH, {}, { cookies: { orchestra_refresh: second } }))).toBe('UNAUTHENTICATED');
      const [row] = await ctx.api.dataSource.query(`SELECT count(*)::int AS live FROM refresh_token WHERE "revokedAt" IS NULL`);
      expect(row.live).toBe(0);
      const [audit] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.refresh_reuse_detected'`);
      expect(audit.n).toBe(1);
    });

    it('leaves other sign-ins of the same user alone when one family is revoked', async () => {
      const laptop = cookieOf(await ctx.api.login(admin.email, admin.password));
      const phone = cookieOf(await ctx.api.login(admin.email, admin.password));
      await ctx.api.gql(REFRESH, {}, { cookies: { orchestra_refresh: laptop } });
      await ctx.api.gql(REFRESH, {}, { cookies: { orchestra_refresh: laptop } }); // replay: laptop family revoked
      expect((await ctx.api.gql(REFRESH, {}, { cookies: { orchestra_refresh: phone } })).data).not.toBeNull();
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
});

describe('login rate limiting (Redis-backed)', () => {
  let a: TestApi;
  let b: TestApi;

  beforeAll(async () => {
    // Two API instances sharing Redis, as in a scaled-out deployment.
    a = await TestApi.start({ LOGIN_MAX_PER_EMAIL: '5', LOGIN_MAX_PER_IP: '8' });
    b = await TestApi.start({ LOGIN_MAX_PER_EMAIL: '5', LOGIN_MAX_PER_IP: '8' });
    await a.resetDb();
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('blocks an e-mail after 5 failures across instances, even with the right password', async () => {
    const email = 'consultant@orchestra.local';
    for (let i = 0; i < 3; i++) expect(codeOf(await a.login(email, 'wrong-password'))).toBe('UNAUTHENTICATED');
    for (let i = 0; i < 2; i++) expect(codeOf(await b.login(email, 'wrong-password'))).toBe('UNAUTHENTICATED');
    const blocked = await a.login(email, 'orchestra-consultant-demo');
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors![0]!.message).toMatch(/^Too many attempts: wait \d+ seconds before trying again\.$/);
    // Another account is not affected.
    expect((await b.login('recruiter@orchestra.local', 'orchestra-recruiter-demo')).data).not.toBeNull();
  });

  it('counts parallel guesses before checking them: 10 at once, at most 5 are tried', async () => {
    const email = 'cto@northwind.example';
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).login(email, `guess-${i}`)));
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(5);
  });

  it('ignores a forged X-Forwarded-For when no proxy is trusted', async () => {
    const ip = '192.0.2.90';
    for (let i = 0; i < 8; i++) {
      const res = await a.gql(`mutation { login(email: "x${i}@example.com", password: "x-password") { accessToken } }`, {}, { ip, headers: { 'x-forwarded-for': `198.51.100.${i}` } });
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    }
    const res = await a.gql(`mutation { login(email: "y@example.com", password: "x-password") { accessToken } }`, {}, { ip, headers: { 'x-forwarded-for': '198.51.100.200' } });
    expect(codeOf(res)).toBe('RATE_LIMITED');
  });

  it('blocks an IP after 8 attempts, whatever the e-mail', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 4; i++) expect(codeOf(await a.login(`someone${i}@example.com`, 'x-password', ip))).toBe('UNAUTHENTICATED');
    for (let i = 4; i < 8; i++) expect(codeOf(await b.login(`someone${i}@example.com`, 'x-password', ip))).toBe('UNAUTHENTICATED');
    expect(codeOf(await a.login('recruiter@orchestra.local', 'orchestra-recruiter-demo', ip))).toBe('RATE_LIMITED');
    expect((await a.login('recruiter@orchestra.local', 'orchestra-recruiter-demo', '192.0.2.78')).data).not.toBeNull();
  });
});
