import { describe, expect, it } from '@jest/globals';
import { SENIORITIES } from '@orchestra/shared';
import { createHash } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { SENIORITY_RANK, SENIORITY_VALUES, TalentPool1764900000000 } from './1764900000000-talent-pool.js';

/** Every statement the migration sends, in order. */
async function statements(direction: 'up' | 'down'): Promise<string[]> {
  const sent: string[] = [];
  const runner = { query: async (sql: string) => void sent.push(sql) } as unknown as QueryRunner;
  await new TalentPool1764900000000()[direction](runner);
  return sent;
}

const sha256 = (sql: string[]) => createHash('sha256').update(sql.join('\n;\n')).digest('hex');

describe('talent-pool migration: the seniority order comes from libs/shared', () => {
  it('sends byte for byte the SQL it sent when it shipped (databases that ran it must not differ from new ones)', async () => {
    // Recorded from the migration as first written, with the seniorities as literals. If this
    // fails, the migration (or SENIORITIES, or sql-enum.ts) changed: restore it and write a new
    // migration for the change instead.
    const up = await statements('up');
    expect(up).toHaveLength(48);
    expect(sha256(up)).toBe('2328c1e86fd4ed4e9c4b89d0a47ba293eee9fa3a8221e539b281fc0145bea2c3');
    expect(sha256(await statements('down'))).toBe('7155f2de2526215b0d0784463afa752bb2eb77eff929f479cd8c6cfc5d5277f0');
  });

  it('ranks each seniority by its position in SENIORITIES', async () => {
    expect(SENIORITY_RANK('seniority')).toBe(`(CASE "seniority" WHEN 'JUNIOR' THEN 0 WHEN 'MID' THEN 1 WHEN 'SENIOR' THEN 2 WHEN 'LEAD' THEN 3 ELSE 4 END)`);
    const rank = SENIORITY_RANK('seniority');
    const whens = [...rank.matchAll(/WHEN '([A-Z_]+)' THEN (\d+)/g)].map((m) => [m[1], Number(m[2])]);
    const otherwise = Number(/ELSE (\d+) END/.exec(rank)![1]);
    expect([...whens, [SENIORITIES.at(-1), otherwise]]).toEqual(SENIORITIES.map((s, i) => [s, i]));
    expect((await statements('up')).some((sql) => sql.includes(`"seniorityRank" smallint GENERATED ALWAYS AS ${rank} STORED`))).toBe(true);
  });

  it('checks candidates and roles against exactly the shared seniorities', async () => {
    expect(SENIORITY_VALUES).toBe(SENIORITIES.map((s) => `'${s}'`).join(', '));
    const checks = (await statements('up')).flatMap((sql) => [...sql.matchAll(/CONSTRAINT "(CHK_\w+_seniority)" CHECK \("seniority" IN \(([^)]*)\)\)/g)].map((m) => [m[1], m[2]]));
    expect(checks).toEqual([
      ['CHK_candidate_seniority', `'JUNIOR', 'MID', 'SENIOR', 'LEAD', 'PRINCIPAL'`],
      ['CHK_role_seniority', `'JUNIOR', 'MID', 'SENIOR', 'LEAD', 'PRINCIPAL'`],
    ]);
  });
});
