import { ErrorCode } from '@orchestra/shared';
import { useEffect, useState } from 'react';
import type { AnswerInput } from '../gql/graphql';
import { request } from '../providers/client';
import { errorCodeOf } from '../providers/graphql';
import { isFinalProblem, linkProblemOf, SaveResponseDraftDocument, type LinkProblem, type ResponseReceipt } from './api';

export type SaveState =
  /** Nothing changed on this visit; `savedAt` is the draft's, if any. */
  | { kind: 'idle'; savedAt: string | null }
  /** Changes are waiting for the debounce or on their way. */
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string }
  /** The last attempt failed for a passing reason (network, rate limit, server): it tries again by itself. */
  | { kind: 'retrying' }
  /** The API refused these answers: retrying the same ones cannot help; the next change or flush tries again. */
  | { kind: 'rejected'; message: string };

export const SAVE_DEBOUNCE_MS = 1000;
const MAX_RETRY_MS = 30_000;

interface DraftSaverOptions {
  send: (answers: AnswerInput[]) => Promise<ResponseReceipt>;
  report: (state: SaveState) => void;
  /** The link no longer works (expired, closed, submitted elsewhere…): saving stops. */
  onLinkProblem: (problem: LinkProblem, error: unknown) => void;
  debounceMs?: number;
}

/**
 * Sends the whole draft, debounced, one request at a time. Answers given while a save is in
 * flight are kept and sent when it returns, so the last state always wins; failures retry with
 * backoff. Plain object (no React) so the sequencing is easy to follow.
 */
export class DraftSaver {
  /** The newest answers not yet sent (null when the server has them or they are on their way). */
  private unsent: AnswerInput[] | null = null;
  private inFlight = false;
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;

  constructor(private readonly options: DraftSaverOptions) {}

  /** Changes to send after the debounce. */
  change(answers: AnswerInput[]): void {
    if (this.stopped) return;
    this.unsent = answers;
    this.options.report({ kind: 'saving' });
    this.schedule(this.options.debounceMs ?? SAVE_DEBOUNCE_MS);
  }

  /** Sends unsent changes now (leaving an area, hiding the page). A save in flight sends them when it returns. */
  flush(): void {
    this.clearTimer();
    if (this.stopped || this.inFlight || !this.unsent) return;
    void this.send(this.unsent);
  }

  /** Submitted (or the link is dead): nothing more is sent, late answers are ignored. */
  stop(): void {
    this.stopped = true;
    this.unsent = null;
    this.clearTimer();
  }

  get hasUnsavedChanges(): boolean {
    return !this.stopped && (this.unsent !== null || this.inFlight);
  }

  private async send(answers: AnswerInput[]): Promise<void> {
    this.unsent = null;
    this.inFlight = true;
    this.options.report({ kind: 'saving' });
    let receipt: ResponseReceipt;
    try {
      receipt = await this.options.send(answers);
    } catch (error) {
      this.inFlight = false;
      if (this.stopped) return;
      if (isFinalProblem(error)) {
        this.stop();
        this.options.onLinkProblem(linkProblemOf(error), error);
        return;
      }
      const newer = this.unsent !== null;
      this.unsent ??= answers; // newer answers, if any, replace the failed ones
      if (errorCodeOf(error) === ErrorCode.BAD_USER_INPUT) {
        this.options.report({ kind: 'rejected', message: error instanceof Error ? error.message : String(error) });
        // Resending the same answers would fail the same way; answers given since might not.
        if (newer && this.timer === undefined) this.flush();
        return;
      }
      this.failures += 1;
      this.options.report({ kind: 'retrying' });
      this.schedule(Math.min(MAX_RETRY_MS, 1000 * 2 ** this.failures));
      return;
    }
    this.inFlight = false;
    this.failures = 0;
    if (this.stopped) return;
    if (!this.unsent) this.options.report({ kind: 'saved', savedAt: receipt.savedAt });
    // Answers given meanwhile: their own debounce is still running, or it fired while this was in flight.
    else if (this.timer === undefined) this.flush();
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/**
 * The page's draft saver: one per page, flushed when the page is hidden (phones drop background
 * tabs) or the connection returns, and a leave warning while changes are unsaved.
 */
export function useAutosave(token: string, initialSavedAt: string | null, onLinkProblem: (problem: LinkProblem, error: unknown) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'idle', savedAt: initialSavedAt });
  const [saver] = useState(() => new DraftSaver({ send: async (answers) => (await request(SaveResponseDraftDocument, { token, answers }, { anonymous: true })).saveResponseDraft, report: setState, onLinkProblem }));

  useEffect(() => {
    const flush = () => saver.flush();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saver.flush();
    };
    const warn = (event: BeforeUnloadEvent) => {
      if (saver.hasUnsavedChanges) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('online', flush);
    window.addEventListener('beforeunload', warn);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('online', flush);
      window.removeEventListener('beforeunload', warn);
      saver.flush(); // leaving the page inside the app: send now rather than lose the debounce
    };
  }, [saver]);

  return { state, saver };
}
