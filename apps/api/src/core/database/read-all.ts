import type { EntityManager } from 'typeorm';

type Reads = readonly (() => Promise<unknown>)[];
type Results<R extends Reads> = { -readonly [K in keyof R]: Awaited<ReturnType<R[K]>> };

/**
 * Runs independent reads on `m`: at once when `m` is the pool's manager (each takes its own
 * connection), one after another when `m` is bound to one connection (a transaction's manager).
 * A connection runs one statement at a time anyway; handing pg a second while the first runs is
 * deprecated and refused from pg 9 ("Calling client.query() when the client is already executing
 * a query"). Pass functions, not promises: a started read could not be held back.
 */
export async function readAll<R extends Reads>(m: EntityManager, reads: readonly [...R]): Promise<Results<R>> {
  if (!m.queryRunner) return (await Promise.all(reads.map((read) => read()))) as Results<R>;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as Results<R>;
}
