import { describe, expect, it } from '@jest/globals';
import { JobName } from '@orchestra/shared';
import { UnrecoverableError } from 'bullmq';
import { AppError } from '../errors/app-error.js';
import { payloadOf, runJob } from './job-payloads.js';
import { currentRequestId } from '../request-context/request-context.js';

const ID = '660241B5-3D1E-4C7A-9F10-AB12CD34EF56';

describe('payloadOf', () => {
  it('returns the checked data, ids lower-cased', () => {
    expect(payloadOf({ name: JobName.RECOMPUTE_ROLE_MATCHES, data: { roleId: ID } }, JobName.RECOMPUTE_ROLE_MATCHES)).toEqual({ roleId: ID.toLowerCase() });
    expect(payloadOf({ name: JobName.CANDIDATE_RETENTION, data: {} }, JobName.CANDIDATE_RETENTION)).toEqual({});
  });

  it('fails a job whose data names no valid subject once, saying what is wrong', () => {
    const bad = () => payloadOf({ name: JobName.SEND_INVITATION_EMAIL, data: { outboxEventId: ID, invitationId: 'x', rotate: 'yes' } }, JobName.SEND_INVITATION_EMAIL);
    expect(bad).toThrow(UnrecoverableError);
    expect(bad).toThrow(/^send-invitation-email has bad data: invitationId: Invalid .*; rotate: Invalid .*\.$/);
    expect(() => payloadOf({ name: JobName.SEND_SET_PASSWORD_EMAIL, data: { outboxEventId: ID } }, JobName.SEND_SET_PASSWORD_EMAIL)).toThrow(
      'send-set-password-email has bad data: userId is missing.',
    );
    expect(() => payloadOf({ name: JobName.RECOMPUTE_ROLE_MATCHES, data: null }, JobName.RECOMPUTE_ROLE_MATCHES)).toThrow(UnrecoverableError);
  });
});

describe('runJob', () => {
  const job = { queueName: 'matching', id: '17' };
  it('turns a domain refusal of the subject into a final failure, and lets anything else be retried', async () => {
    await expect(runJob(job, () => Promise.reject(AppError.conflict('Role “X” has a start date outside …')))).rejects.toEqual(new UnrecoverableError('Role “X” has a start date outside …'));
    await expect(runJob(job, () => Promise.reject(new Error('connection reset')))).rejects.not.toBeInstanceOf(UnrecoverableError);
    await expect(runJob(job, () => Promise.resolve(42))).resolves.toBe(42);
  });

  it('runs the work as job:<queue>:<id>, so its audit rows say which job made them', async () => {
    const seen = await runJob(job, async () => {
      await new Promise((r) => setImmediate(r));
      return currentRequestId();
    });
    expect(seen).toBe('job:matching:17');
    expect(currentRequestId()).toBeNull();
  });
});
