/** A page read, optionally with the total of its list (undefined when the page cannot tell it). */
export interface PageRead<T> {
  rows: T[];
  total?: number;
}

interface Waiting<T> {
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

interface PageWaiting extends Waiting<unknown[]> {
  read: (withCount: boolean) => Promise<PageRead<unknown>>;
}

interface CountWaiting extends Waiting<number> {
  read: () => Promise<number>;
}

interface Pending {
  pages: PageWaiting[];
  counts: CountWaiting[];
}

/**
 * Per request: `allXs` and `_allXsMeta` of the same list (same resource, scope and filter) asked in
 * one operation are answered by one SQL statement, the page with its total. GraphQL starts a
 * query's root fields together and both pass the same guards, so they arrive here in the same turn
 * of the event loop; what arrived for a list is read at the end of that turn (setImmediate). A
 * field that never arrives (refused by a guard or a pipe) only means the other is read alone: no
 * one waits for anything but the end of the turn.
 */
export class ListBatch {
  private readonly pending = new Map<string, Pending>();

  /** A page of the list `key`; `read(true)` also returns the list's total when it can. */
  page<T>(key: string, read: (withCount: boolean) => Promise<PageRead<T>>): Promise<T[]> {
    return new Promise<T[]>((resolve, reject) => {
      this.entry(key).pages.push({ read, resolve: resolve as (rows: unknown[]) => void, reject });
    });
  }

  /** The total of the list `key`; read with a page of it when one is asked in the same turn. */
  count(key: string, read: () => Promise<number>): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.entry(key).counts.push({ read, resolve, reject });
    });
  }

  private entry(key: string): Pending {
    let entry = this.pending.get(key);
    if (!entry) {
      const created: Pending = { pages: [], counts: [] };
      this.pending.set(key, created);
      setImmediate(() => {
        this.pending.delete(key);
        this.flush(created);
      });
      entry = created;
    }
    return entry;
  }

  private flush({ pages, counts }: Pending): void {
    const [first, ...others] = pages;
    for (const p of others) settle(p, attempt(() => p.read(false)).then((r) => r.rows));
    if (!first) {
      settleAll(counts, attempt(counts[0]!.read));
      return;
    }
    if (!counts.length) {
      settle(first, attempt(() => first.read(false)).then((r) => r.rows));
      return;
    }
    // A page that fails (a refused sortField) leaves the count to be read on its own, as if alone.
    attempt(() => first.read(true)).then(
      ({ rows, total }) => {
        first.resolve(rows);
        settleAll(counts, total !== undefined ? Promise.resolve(total) : attempt(counts[0]!.read));
      },
      (e: unknown) => {
        first.reject(e);
        settleAll(counts, attempt(counts[0]!.read));
      },
    );
  }
}

/** `read()` as a promise, also when it throws before returning one. */
function attempt<T>(read: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve) => resolve(read()));
}

function settle<T>(w: Waiting<T>, value: Promise<T>): void {
  value.then(w.resolve, w.reject);
}

function settleAll<T>(ws: readonly Waiting<T>[], value: Promise<T>): void {
  value.then(
    (v) => ws.forEach((w) => w.resolve(v)),
    (e: unknown) => ws.forEach((w) => w.reject(e)),
  );
}
