import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '@orchestra/shared';
import { hashToken } from '../src/core/identity/auth/secure-token.js';
import { codeOf, TestApi, useTestApi } from './support/harness.js';
import { clearMails, sentMails, waitFor, WorkerProcess } from './support/worker-process.js';

const RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const SET_PASSWORD = `mutation($token: String!, $password: String!) { setPassword(token: $token, password: $password) }`;
const RESEND = `mutation($id: ID!) { resendUserInvitation(id: $id) { user { id email } sentAt repeated } }`;
const CREATE = `mutation($email: String!) { createUser(email: $email, name: "Ines Invited", role: CONSULTANT) { id } }`;
const INVALID_LINK = 'is invalid, already used or expired: ask for a new one with "Forgot password?" on the sign-in page';

const mailsTo = (email: string) => sentMails().filter((m) => m.to === email);
const tokenOf = (link: string) => new URL(link.replace('/#/', '/')).searchParams.get('token')!;

describe('forgot password', () => {
  const ctx = useTestApi();
  let worker: WorkerProcess | undefined;
  beforeEach(() => clearMails());
  afterEach(async () => {
    await worker?.stop('SIGKILL');
    worker = undefined;
  });

  const resetEvents = () =>
    ctx.api.dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'user.password-reset-requested' ORDER BY "createdAt"`) as Promise<{ payload: unknown }[]>;

  it('e-mails an active user one single-use reset link per request, valid 60 minutes; it replaces the password and ends the sessions', async () => {
    const before = (await ctx.api.login('recruiter@orchestra.local', 'orchestra-recruiter-demo')).data!.login.accessToken;
    worker = await WorkerProcess.start();
    // Two requests (the address is written as the person typed it): two e-mails, one per request.
    for (const email of ['Recruiter@Orchestra.local', 'recruiter@orchestra.local']) {
      expect(await ctx.api.gql(RESET, { email }, { ip: ctx.api.nextIp() })).toMatchObject({ data: { requestPasswordReset: true } });
    }
    expect(await resetEvents()).toEqual([
      { payload: { userId: ctx.seeded.users.RECRUITER, reset: true } },
      { payload: { userId: ctx.seeded.users.RECRUITER, reset: true } },
    ]);
    const mails = await waitFor(() => (mailsTo('recruiter@orchestra.local').length === 2 ? mailsTo('recruiter@orchestra.local') : undefined), 'two reset e-mails');
    for (const mail of mails) {
      expect(mail.subject).toBe('Reset your Orchestra password');
      expect(mail.link).toMatch(/^http:\/\/localhost:5173\/#\/set-password\?token=[A-Za-z0-9_-]{43}&reset=1$/);
    }
    const [first, second] = mails.map((m) => tokenOf(m.link!));
    // Each token lives 60 minutes (PASSWORD_RESET_TTL_MINUTES), within a minute of slack for the run.
    const lives: { minutes: number }[] = await ctx.api.dataSource.query(
      `SELECT round(extract(epoch FROM "expiresAt" - "createdAt") / 60)::int AS minutes FROM password_token WHERE "userId" = $1`,
      [ctx.seeded.users.RECRUITER],
    );
    expect(lives).toEqual([{ minutes: 60 }, { minutes: 60 }]);

    // An expired link is refused.
    await ctx.api.dataSource.query(`UPDATE password_token SET "expiresAt" = now() - interval '1 second' WHERE "tokenHash" = $1`, [hashToken(first!)]);
    const expired = await ctx.api.gql(SET_PASSWORD, { token: first, password: 'a brand new recruiter phrase' });
    expect(expired.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { token: INVALID_LINK } });
    const working = second!;

    expect((await ctx.api.gql(SET_PASSWORD, { token: working, password: 'a brand new recruiter phrase' })).data).toEqual({ setPassword: true });
    expect(codeOf(await ctx.api.login('recruiter@orchestra.local', 'orchestra-recruiter-demo'))).toBe('UNAUTHENTICATED');
    expect((await ctx.api.login('recruiter@orchestra.local', 'a brand new recruiter phrase')).data!.login.user.id).toBe(ctx.seeded.users.RECRUITER);
    // The session from before the reset is over.
    expect(codeOf(await ctx.api.gql(`{ me { id } }`, {}, { token: before }))).toBe('UNAUTHENTICATED');
    // Single use.
    const again = await ctx.api.gql(SET_PASSWORD, { token: working, password: 'yet another good phrase' });
    expect(again.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { token: INVALID_LINK } });
    expect(mailsTo('recruiter@orchestra.local')).toHaveLength(2);
  });

  it('answers an unknown and a deactivated address exactly like a known one, and queues nothing for them', async () => {
    await ctx.api.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [ctx.seeded.users.CLIENT]);
    const known = await ctx.api.gql(RESET, { email: 'consultant@orchestra.local' }, { ip: ctx.api.nextIp() });
    const unknown = await ctx.api.gql(RESET, { email: 'nobody@example.com' }, { ip: ctx.api.nextIp() });
    const inactive = await ctx.api.gql(RESET, { email: 'cto@northwind.example' }, { ip: ctx.api.nextIp() });
    for (const res of [known, unknown, inactive]) {
      expect({ status: res.status, data: res.data, errors: res.errors }).toEqual({ status: 200, data: { requestPasswordReset: true }, errors: undefined });
    }
    expect(await resetEvents()).toEqual([{ payload: { userId: ctx.seeded.users.CONSULTANT, reset: true } }]);
    const audits = await ctx.api.dataSource.query(`SELECT "actorId", "targetId" FROM audit_event WHERE action = 'auth.password_reset_requested'`);
    expect(audits).toEqual([{ actorId: null, targetId: ctx.seeded.users.CONSULTANT }]);
  });

  it('refuses an address that is not one, naming the field', async () => {
    const res = await ctx.api.gql(RESET, { email: 'not an address' });
    expect(res.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { email: 'must be an e-mail address, such as name@example.com' } });
    expect(await resetEvents()).toEqual([]);
  });
});

describe('forgot password: throttling', () => {
  let api: TestApi;
  let recruiterId: string;
  beforeAll(async () => {
    api = await TestApi.start({ LOGIN_MAX_PER_IP: '3', PASSWORD_RESET_MAX_PER_EMAIL: '2' });
    recruiterId = (await api.resetDb()).users.RECRUITER;
  });
  afterAll(() => api.close());

  it('refuses a fourth request from one network within the window (LOGIN_MAX_PER_IP = 3), whatever the address', async () => {
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
      expect((await api.gql(RESET, { email }, { ip: '10.9.9.9' })).data).toEqual({ requestPasswordReset: true });
    }
    const fourth = await api.gql(RESET, { email: 'd@example.com' }, { ip: '10.9.9.9' });
    expect(fourth.errors![0]).toMatchObject({
      message: 'Too many requests from your network: wait 15 minutes before trying again.',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 900 },
    });
  });

  it('sends an address at most PASSWORD_RESET_MAX_PER_EMAIL (2) e-mails an hour, answering every request the same', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await api.gql(RESET, { email: 'recruiter@orchestra.local' }, { ip: api.nextIp() })).data).toEqual({ requestPasswordReset: true });
    }
    const [row] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'user.password-reset-requested' AND payload->>'userId' = $1`,
      [recruiterId],
    );
    expect(row.n).toBe(2);
  });
});

describe('resendUserInvitation', () => {
  const ctx = useTestApi();

  const invite = async (email = 'ines@example.com') => {
    const res = await ctx.api.gql<{ createUser: { id: string } }>(CREATE, { email }, { as: Role.ADMIN });
    expect(res.errors).toBeUndefined();
    return res.data!.createUser.id;
  };
  const invitations = async (userId: string) =>
    ((await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'user.invited' AND payload->>'userId' = $1`, [userId]))[0] as { n: number }).n;
  /** Stands for "the last invitation went out three minutes ago" (the window is two). */
  const ageInvitations = (userId: string) =>
    ctx.api.dataSource.query(`UPDATE audit_event SET "createdAt" = "createdAt" - interval '3 minutes' WHERE "targetId" = $1`, [userId]);

  it('sends a never-signed-in user a new link and ends the earlier ones; a repeat within two minutes sends nothing', async () => {
    const id = await invite();
    const [early] = await ctx.api.dataSource.query(
      `INSERT INTO password_token ("userId", "tokenHash", "expiresAt") VALUES ($1, repeat('a', 64), now() + interval '1 day') RETURNING id`,
      [id],
    );
    // Just invited: the repeat answers the creation's invitation and queues nothing.
    const soon = await ctx.api.gql<{ resendUserInvitation: { repeated: boolean; sentAt: string } }>(RESEND, { id }, { as: Role.ADMIN });
    expect(soon.data!.resendUserInvitation).toMatchObject({ user: { id, email: 'ines@example.com' }, repeated: true });
    expect(await invitations(id)).toBe(1);

    await ageInvitations(id);
    const res = await ctx.api.gql<{ resendUserInvitation: { repeated: boolean; sentAt: string } }>(RESEND, { id }, { as: Role.ADMIN });
    expect(res.errors).toBeUndefined();
    expect(res.data!.resendUserInvitation).toMatchObject({ user: { id, email: 'ines@example.com' }, repeated: false });
    expect(Math.abs(Date.parse(res.data!.resendUserInvitation.sentAt) - Date.now())).toBeLessThan(5_000);
    expect(await invitations(id)).toBe(2);
    const [token] = await ctx.api.dataSource.query(`SELECT "usedAt" FROM password_token WHERE id = $1`, [early.id]);
    expect(token.usedAt).not.toBeNull();
    const audits = await ctx.api.dataSource.query(`SELECT "actorId" FROM audit_event WHERE action = 'user.invitation_resent' AND "targetId" = $1`, [id]);
    expect(audits).toEqual([{ actorId: ctx.seeded.users.ADMIN }]);

    // A double click right after: the same answer, nothing new.
    const twice = await ctx.api.gql<{ resendUserInvitation: { repeated: boolean; sentAt: string } }>(RESEND, { id }, { as: Role.ADMIN });
    expect(twice.data!.resendUserInvitation).toMatchObject({ repeated: true, sentAt: res.data!.resendUserInvitation.sentAt });
    expect(await invitations(id)).toBe(2);
  });

  it('refuses a user who has signed in, one who has set a password, and a deactivated one, in words', async () => {
    await ctx.api.login('recruiter@orchestra.local', 'orchestra-recruiter-demo');
    const signedIn = await ctx.api.gql(RESEND, { id: ctx.seeded.users.RECRUITER }, { as: Role.ADMIN });
    expect(signedIn.errors![0]).toMatchObject({
      message: 'Rita Recruiter has already signed in, so there is no invitation to resend: they can use "Forgot password?" on the sign-in page.',
      extensions: { code: 'CONFLICT' },
    });
    // The consultant has a password (seeded) but has never signed in.
    await ctx.api.dataSource.query(`UPDATE app_user SET "lastLoginAt" = NULL WHERE id = $1`, [ctx.seeded.users.CONSULTANT]);
    const withPassword = await ctx.api.gql(RESEND, { id: ctx.seeded.users.CONSULTANT }, { as: Role.ADMIN });
    expect(withPassword.errors![0]!.message).toBe(
      'Colin Consultant has already set a password, so there is no invitation to resend: they can use "Forgot password?" on the sign-in page.',
    );
    const id = await invite('off@example.com');
    await ctx.api.gql(`mutation($id: ID!) { updateUser(id: $id, active: false) { id } }`, { id }, { as: Role.ADMIN });
    await ageInvitations(id);
    const inactive = await ctx.api.gql(RESEND, { id }, { as: Role.ADMIN });
    expect(inactive.errors![0]).toMatchObject({
      message: 'Ines Invited is deactivated: activate the account before resending the invitation.',
      extensions: { code: 'CONFLICT' },
    });
    expect(await invitations(id)).toBe(1);
  });

  it('is for ADMINs only: other roles FORBIDDEN in words, anonymous UNAUTHENTICATED, nothing queued', async () => {
    const id = await invite();
    await ageInvitations(id);
    const words = { CONSULTANT: 'Consultant', RECRUITER: 'Recruiter', CLIENT: 'Client' } as const;
    for (const role of [Role.CONSULTANT, Role.RECRUITER, Role.CLIENT] as const) {
      const res = await ctx.api.gql(RESEND, { id }, { as: role });
      expect([role, res.errors![0]]).toMatchObject([
        role,
        { message: `As a ${words[role]} you cannot manage user accounts: ask an administrator if you need to.`, extensions: { code: 'FORBIDDEN' } },
      ]);
    }
    expect(codeOf(await ctx.api.gql(RESEND, { id }))).toBe('UNAUTHENTICATED');
    expect(await invitations(id)).toBe(1);
  });

  it('answers NOT_FOUND for an unknown user and BAD_USER_INPUT for an id that is not one', async () => {
    expect(codeOf(await ctx.api.gql(RESEND, { id: '00000000-0000-4000-8000-000000000000' }, { as: Role.ADMIN }))).toBe('NOT_FOUND');
    const bad = await ctx.api.gql(RESEND, { id: 'nope' }, { as: Role.ADMIN });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.errors![0]!.extensions.fields ?? {})).toEqual(['id']);
  });
});
