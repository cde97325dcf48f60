import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { readAll } from './read-all.js';

/** A read that notes when it starts and ends, and ends only when the test lets it. */
function read(name: string, log: string[]) {
  let finish!: () => void;
  const done = new Promise<void>((r) => (finish = r));
  const start = async () => {
    log.push(`${name} starts`);
    await done;
    log.push(`${name} ends`);
    return name;
  };
  return { start, finish };
}

const pool = {} as EntityManager;
const transaction = { queryRunner: {} } as EntityManager;

describe('readAll', () => {
  it('starts every read at once on the pool, each on its own connection', async () => {
    const log: string[] = [];
    const a = read('a', log);
    const b = read('b', log);
    const all = readAll(pool, [a.start, b.start]);
    await Promise.resolve();
    expect(log).toEqual(['a starts', 'b starts']);
    b.finish();
    a.finish();
    expect(await all).toEqual(['a', 'b']);
  });

  it('on a transaction starts each read once the one before has ended, and answers in order', async () => {
    const log: string[] = [];
    const a = read('a', log);
    const b = read('b', log);
    const all = readAll(transaction, [a.start, b.start]);
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(['a starts']);
    a.finish();
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(['a starts', 'a ends', 'b starts']);
    b.finish();
    expect(await all).toEqual(['a', 'b']);
  });
});
