import { describe, expect, it } from '@jest/globals';
import { JobName } from '@orchestra/shared';
import { UnrecoverableError } from 'bullmq';
import { AppError } from '../errors/app-error.js';
import { failOnceOnRefusal, payloadOf } from './job-payloads.js';

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

describe('failOnceOnRefusal', () => {
  it('turns a domain refusal of the subject into a final failure, and lets anything else be retried', async () => {
    await expect(failOnceOnRefusal(() => Promise.reject(AppError.conflict('Role “X” has a start date outside …')))).rejects.toEqual(new UnrecoverableError('Role “X” has a start date outside …'));
    await expect(failOnceOnRefusal(() => Promise.reject(new Error('connection reset')))).rejects.not.toBeInstanceOf(UnrecoverableError);
    await expect(failOnceOnRefusal(() => Promise.resolve(42))).resolves.toBe(42);
  });
});
