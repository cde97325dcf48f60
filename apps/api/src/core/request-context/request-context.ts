import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What started the work in progress: an HTTP request (its x-request-id) or a queue job
 * (`job:<queue>:<id>`). Audit rows carry it so that every change one request or job made can be
 * found together, and matched to the request's log line. It also counts the audit rows written
 * and the writes declared "nothing changed" (a replayed idempotent call), so that a mutation that
 * changed data without an audit row is caught (AuditedMutations).
 */
interface RequestStore {
  readonly requestId: string;
  audited: number;
  unchanged: number;
}

const storage = new AsyncLocalStorage<RequestStore>();

/** Runs `work` with `requestId` as the current request id (for everything it awaits). */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId, audited: 0, unchanged: 0 }, work);
}

/** The current request's or job's id; null outside both (a script, a test calling a service). */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}

/** Called by the audit trail for each row it writes. */
export function noteAudited(): void {
  const store = storage.getStore();
  if (store) store.audited += 1;
}

/** A write that found nothing to change (a replay, an unknown address): it owes no audit row. */
export function noteUnchanged(): void {
  const store = storage.getStore();
  if (store) store.unchanged += 1;
}

/** Counters so far in this request; compare before and after one operation. */
export function requestTally(): { audited: number; unchanged: number } | null {
  const store = storage.getStore();
  return store ? { audited: store.audited, unchanged: store.unchanged } : null;
}

/** A caller's x-request-id is kept when it is a plain token (so a proxy's id threads through); otherwise a fresh one. */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

export function acceptedRequestId(header: string | string[] | undefined): string | null {
  return typeof header === 'string' && ACCEPTED_REQUEST_ID.test(header) ? header : null;
}
