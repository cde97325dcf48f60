import { describe, expect, it } from '@jest/globals';
import { closedInvitationNote, closeOutstanding, recipientsSentence } from './client-side.js';

describe('closeOutstanding', () => {
  it('names drafts in progress and invitations not started', () => {
    // 5 invited: 2 submitted, 2 started, so 1 never started.
    expect(closeOutstanding({ invited: 5, started: 2, submitted: 2 })).toEqual(['2 drafts in progress will not be counted.', '1 invitation was not started.']);
    expect(closeOutstanding({ invited: 2, started: 1, submitted: 0 })).toEqual(['1 draft in progress will not be counted.', '1 invitation was not started.']);
    expect(closeOutstanding({ invited: 3, started: 0, submitted: 3 })).toEqual([]);
  });
});

describe('closedInvitationNote', () => {
  const closedAt = '2026-12-04T15:00:00.000Z';
  it('says when it closed and whether a draft was lost', () => {
    expect(closedInvitationNote({ status: 'EXPIRED', assessmentStatus: 'CLOSED', closedAt, startedAt: '2026-12-01T10:00:00.000Z' })).toBe(
      'Closed on 4 December 2026 before your draft was submitted: it was not counted.',
    );
    expect(closedInvitationNote({ status: 'EXPIRED', assessmentStatus: 'PUBLISHED', closedAt, startedAt: null })).toBe('Closed on 4 December 2026 — you had not started.');
  });
  it('says nothing while open or once submitted', () => {
    expect(closedInvitationNote({ status: 'STARTED', assessmentStatus: 'OPEN', closedAt: null, startedAt: closedAt })).toBeNull();
    expect(closedInvitationNote({ status: 'SUBMITTED', assessmentStatus: 'SCORED', closedAt, startedAt: closedAt })).toBeNull();
  });
});

describe('recipientsSentence', () => {
  it('counts and names who is notified', () => {
    expect(recipientsSentence([{ name: 'Ada' }])).toBe('1 person at the client will get an e-mail and a notification: Ada.');
    expect(recipientsSentence([{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }, { name: 'E' }])).toBe(
      '5 people at the client will get an e-mail and a notification: A, B, C and 2 more.',
    );
    expect(recipientsSentence([])).toMatch(/^Nobody is notified/);
  });
});
