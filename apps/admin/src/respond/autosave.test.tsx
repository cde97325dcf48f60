import { HttpError } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerInput } from '../gql/graphql';
import { httpErrorFromGraphQL, networkError } from '../providers/graphql';
import type { ResponseReceipt } from './api';
import { DraftSaver, type SaveState } from './autosave';

// (A .tsx name only because the admin's vitest picks up *.test.tsx.)

const receipt: ResponseReceipt = { status: 'STARTED', answered: 1, questionCount: 4, savedAt: '2031-03-02T09:15:00.000Z', submittedAt: null };
const a = (scale: number): AnswerInput[] => [{ questionId: 'q1', scale }];

function saverWith(send: (answers: AnswerInput[]) => Promise<ResponseReceipt>) {
  const states: SaveState['kind'][] = [];
  const problems: string[] = [];
  const saver = new DraftSaver({ send, report: (s) => states.push(s.kind), onLinkProblem: (p) => problems.push(p) });
  return { saver, states, problems };
}

describe('DraftSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends only the last of quick changes, after the debounce', async () => {
    const send = vi.fn(() => Promise.resolve(receipt));
    const { saver, states } = saverWith(send);
    saver.change(a(1));
    await vi.advanceTimersByTimeAsync(500);
    saver.change(a(2));
    await vi.advanceTimersByTimeAsync(999);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledExactlyOnceWith(a(2));
    expect(states.at(-1)).toBe('saved');
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('retries after a network failure with backoff, and gives newer answers priority', async () => {
    const send = vi.fn<(answers: AnswerInput[]) => Promise<ResponseReceipt>>().mockRejectedValueOnce(networkError()).mockResolvedValue(receipt);
    const { saver, states } = saverWith(send);
    saver.change(a(1));
    saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('retrying');
    expect(saver.hasUnsavedChanges).toBe(true);
    saver.change(a(3));
    await vi.advanceTimersByTimeAsync(2000);
    expect(send).toHaveBeenLastCalledWith(a(3));
    expect(states.at(-1)).toBe('saved');
  });

  it('does not resend answers the API refused until something changes', async () => {
    const refused = httpErrorFromGraphQL({ message: 'Invalid input: answers.x.q1 scale must be…', extensions: { code: 'BAD_USER_INPUT', fields: { 'answers.x.q1': 'scale must be…' } } });
    const send = vi.fn<(answers: AnswerInput[]) => Promise<ResponseReceipt>>().mockRejectedValueOnce(refused).mockResolvedValue(receipt);
    const { saver, states } = saverWith(send);
    saver.change(a(9));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toBe('rejected');
    saver.change(a(2));
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenLastCalledWith(a(2));
  });

  it('stops for good when the link stops working', async () => {
    const expired = new HttpError('expired', 403, { code: 'FORBIDDEN', reason: 'TOKEN_EXPIRED' });
    const send = vi.fn(() => Promise.reject(expired));
    const { saver, problems } = saverWith(send);
    saver.change(a(1));
    await vi.advanceTimersByTimeAsync(1000);
    expect(problems).toEqual(['EXPIRED']);
    saver.change(a(2));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(saver.hasUnsavedChanges).toBe(false);
  });
});
