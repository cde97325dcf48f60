import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { QueueName, Role } from '@orchestra/shared';
import { codeOf, useTestApi } from './support/harness.js';
import { FakeSmtp } from './support/fake-smtp.js';
import { clearMails, sentMails, waitFor, waitForNoPendingJobs, WorkerProcess } from './support/worker-process.js';

const CREATE = `mutation($email: String!) { createUser(email: $email, name: "New Person", role: RECRUITER) { id } }`;
const SET_PASSWORD = `mutation($token: String!, $password: String!) { setPassword(token: $token, password: $password) }`;

describe('worker process: outbox relay and the set-password e-mail', () => {
  const ctx = useTestApi();
  let worker: WorkerProcess | undefined;

  beforeEach(() => clearMails());
  afterEach(async () => {
    await worker?.stop('SIGKILL');
    worker = undefined;
  });

  const createUser = async (email: string) => {
    const res = await ctx.api.gql<{ createUser: { id: string } }>(CREATE, { email }, { as: Role.ADMIN });
    expect(res.errors).toBeUndefined();
    return res.data!.createUser.id;
  };
  const mailsTo = (email: string) => sentMails().filter((m) => m.to === email);
  const outboxRow = async (userId: string) =>
    (await ctx.api.dataSource.query(`SELECT "sentAt", "processedAt", "sendCount", "failedAt" FROM outbox_event WHERE payload->>'userId' = $1`, [userId]))[0] as {
      sentAt: Date | null;
      processedAt: Date | null;
      sendCount: number;
      failedAt: Date | null;
    };

  it('e-mails a single-use set-password link that lets the new user sign in', async () => {
    worker = await WorkerProcess.start();
    const userId = await createUser('new.person@example.com');
    const [mail] = await waitFor(() => (mailsTo('new.person@example.com').length ? mailsTo('new.person@example.com') : undefined), 'the e-mail');
    expect(mail!.subject).toBe('Set your Orchestra password');
    expect(mail!.link).toMatch(/^http:\/\/localhost:5173\/#\/set-password\?token=[A-Za-z0-9_-]{43}$/);
    const token = decodeURIComponent(new URL(mail!.link!.replace('/#/', '/')).searchParams.get('token')!);

    // The e-mail file is written just before delivery is recorded: wait for the record.
    await waitFor(async () => ((await outboxRow(userId)).processedAt ? true : undefined), 'the event to be processed');
    // The token is stored only as its hash.
    const [stored] = await ctx.api.dataSource.query(`SELECT "tokenHash", "emailedAt" FROM password_token WHERE "userId" = $1`, [userId]);
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.emailedAt).not.toBeNull();
    expect((await outboxRow(userId)).processedAt).not.toBeNull();

    const weak = await ctx.api.gql(SET_PASSWORD, { token, password: 'short' });
    expect(weak.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { password: 'must be at least 12 characters' } });

    expect((await ctx.api.gql(SET_PASSWORD, { token, password: 'correct horse battery' })).data).toEqual({ setPassword: true });
    const login = await ctx.api.login('new.person@example.com', 'correct horse battery');
    expect(login.data!.login.user).toMatchObject({ id: userId, role: 'RECRUITER' });

    const [audit] = await ctx.api.dataSource.query(`SELECT "actorId" FROM audit_event WHERE action = 'user.set_password'`);
    expect(audit.actorId).toBe(userId);

    const reuse = await ctx.api.gql(SET_PASSWORD, { token, password: 'another good password' });
    expect(reuse.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { token: 'is invalid, already used or expired: ask for a new one with "Forgot password?" on the sign-in page' },
    });
    expect(mailsTo('new.person@example.com')).toHaveLength(1);
  });

  it('refuses an expired link', async () => {
    worker = await WorkerProcess.start();
    const userId = await createUser('late@example.com');
    const [mail] = await waitFor(() => (mailsTo('late@example.com').length ? mailsTo('late@example.com') : undefined), 'the e-mail');
    await ctx.api.dataSource.query(`UPDATE password_token SET "expiresAt" = now() - interval '1 minute' WHERE "userId" = $1`, [userId]);
    const token = new URL(mail!.link!.replace('/#/', '/')).searchParams.get('token')!;
    expect(codeOf(await ctx.api.gql(SET_PASSWORD, { token, password: 'correct horse battery' }))).toBe('BAD_USER_INPUT');
  });

  it('still sends the e-mail exactly once when the worker is killed between the commit and the relay', async () => {
    worker = await WorkerProcess.start();
    await worker.stop('SIGKILL');
    const userId = await createUser('after.crash@example.com');
    // No worker runs, so nothing can relay it yet: the API only writes the outbox row.
    expect((await outboxRow(userId)).sentAt).toBeNull();
    expect(mailsTo('after.crash@example.com')).toHaveLength(0);

    worker = await WorkerProcess.start();
    await waitFor(async () => ((await outboxRow(userId)).processedAt ? true : undefined), 'the event to be processed');
    await waitForNoPendingJobs([QueueName.NOTIFICATION], userId, 'the e-mail jobs to finish');
    expect(mailsTo('after.crash@example.com')).toHaveLength(1);
    expect((await outboxRow(userId)).sendCount).toBe(1);
  });

  it('does not send twice when the relay re-sends an event it had already enqueued (crash before marking it sent)', async () => {
    worker = await WorkerProcess.start();
    const userId = await createUser('twice@example.com');
    await waitFor(async () => ((await outboxRow(userId)).processedAt ? true : undefined), 'the event to be processed');
    // As if the relay died after queue.add() but before its UPDATE committed.
    await ctx.api.dataSource.query(`UPDATE outbox_event SET "sentAt" = NULL, "processedAt" = NULL WHERE payload->>'userId' = $1`, [userId]);
    await waitFor(async () => ((await outboxRow(userId)).sentAt ? true : undefined), 'the re-send');
    await waitForNoPendingJobs([QueueName.NOTIFICATION], userId, 'the e-mail jobs to finish');
    expect(mailsTo('twice@example.com')).toHaveLength(1);
  });

  it('re-sends, through the reconciler, an event whose job was lost with Redis', async () => {
    worker = await WorkerProcess.start({ OUTBOX_RECONCILE_EVERY_MS: '1000', OUTBOX_RECONCILE_AFTER_SECONDS: '1' });
    const stopped = await worker.stop('SIGTERM');
    // The signal and the worker's last lines, should it ever end otherwise.
    expect({ ...stopped, logs: stopped.code === 0 ? '' : worker.logs.slice(-3000) }).toEqual({ code: 0, signal: null, logs: '' });
    expect(worker.logs).toContain('Worker stopped');
    const userId = await createUser('lost@example.com');
    // As if the relay had enqueued it and Redis then lost the job.
    await ctx.api.dataSource.query(`UPDATE outbox_event SET "sentAt" = now() - interval '1 hour', "sendCount" = 1 WHERE payload->>'userId' = $1`, [userId]);

    worker = await WorkerProcess.start({ OUTBOX_RECONCILE_EVERY_MS: '1000', OUTBOX_RECONCILE_AFTER_SECONDS: '1' });
    await waitFor(() => (mailsTo('lost@example.com').length ? true : undefined), 'the reconciled e-mail');
    await waitFor(async () => ((await outboxRow(userId)).processedAt ? true : undefined), 'the event to be processed');
    expect((await outboxRow(userId)).sendCount).toBe(2);
    expect(worker.logs).toContain('Outbox reconciler re-sent events whose jobs were missing');
    await waitForNoPendingJobs([QueueName.NOTIFICATION], userId, 'the e-mail jobs to finish');
    expect(mailsTo('lost@example.com')).toHaveLength(1);
  });

  it('parks an event with no route and an event whose job fails for good, and keeps relaying the rest', async () => {
    await ctx.api.dataSource.query(`INSERT INTO outbox_event (type, payload) VALUES ('bogus.event', '{}'), ('user.invited', '{}')`);
    worker = await WorkerProcess.start();
    const userId = await createUser('after.bogus@example.com');
    await waitFor(() => (mailsTo('after.bogus@example.com').length ? true : undefined), 'the e-mail after the bad events');
    const parked = await waitFor(async () => {
      const rows: { type: string; error: string | null }[] = await ctx.api.dataSource.query(
        `SELECT type, error FROM outbox_event WHERE "failedAt" IS NOT NULL ORDER BY type`,
      );
      return rows.length === 2 ? rows : undefined;
    }, 'both bad events to be parked');
    expect(parked).toEqual([
      { type: 'bogus.event', error: 'No queue route for event type bogus.event' },
      { type: 'user.invited', error: 'send-set-password-email has bad data: userId is missing.' },
    ]);
    expect((await outboxRow(userId)).failedAt).toBeNull();
  });

  it('on SIGTERM finishes the job in progress (an SMTP delivery), then stops with exit code 0', async () => {
    const smtp = await FakeSmtp.start({ greetingDelayMs: 1500 });
    try {
      worker = await WorkerProcess.start({ SMTP_URL: smtp.url });
      const userId = await createUser('mid.flight@example.com');
      await waitFor(() => (smtp.connections > 0 ? true : undefined), 'the worker to connect to SMTP');
      const result = await worker.stop('SIGTERM');
      expect(result).toEqual({ code: 0, signal: null });
      expect(smtp.received.map((m) => m.to)).toEqual([['mid.flight@example.com']]);
      expect((await outboxRow(userId)).processedAt).not.toBeNull();
      const logs = worker.logs;
      expect(logs.indexOf('Worker stopped')).toBeGreaterThan(logs.indexOf('Worker shutting down'));
      expect(sentMails()).toEqual([]); // SMTP, not files
    } finally {
      await smtp.close();
    }
  });
});
