import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHECK_MESSAGES, FOREIGN_KEY_SUBJECTS, UNIQUE_MESSAGES } from './constraint-messages.js';

const MIGRATIONS = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Every constraint and unique index the migrations create, by kind. */
function migrationConstraints(): Record<'UQ' | 'FK' | 'CHK', Set<string>> {
  const found = { UQ: new Set<string>(), FK: new Set<string>(), CHK: new Set<string>() };
  for (const file of readdirSync(MIGRATIONS).filter((f) => /^\d+-.*\.ts$/.test(f))) {
    const sql = readFileSync(MIGRATIONS + file, 'utf8');
    for (const m of sql.matchAll(/(?:CONSTRAINT|UNIQUE INDEX) "((UQ|FK|CHK)_[a-z_]+)"/g)) found[m[2] as 'UQ' | 'FK' | 'CHK'].add(m[1]!);
  }
  return found;
}

describe('constraint messages', () => {
  const constraints = migrationConstraints();

  it('finds the constraints of the migrations', () => {
    expect(constraints.UQ.size).toBeGreaterThan(20);
    expect(constraints.FK.size).toBeGreaterThan(50);
    expect(constraints.CHK.size).toBeGreaterThan(50);
  });

  it('says in words what every unique, foreign-key and check constraint means', () => {
    expect([...constraints.UQ].filter((c) => !UNIQUE_MESSAGES[c])).toEqual([]);
    expect([...constraints.FK].filter((c) => !FOREIGN_KEY_SUBJECTS[c])).toEqual([]);
    expect([...constraints.CHK].filter((c) => !CHECK_MESSAGES[c])).toEqual([]);
  });

  it('never repeats a constraint name or SQL in its words', () => {
    const words = [...Object.values(UNIQUE_MESSAGES), ...Object.values(FOREIGN_KEY_SUBJECTS).flat(), ...Object.values(CHECK_MESSAGES)];
    for (const w of words) expect(w).not.toMatch(/\b(UQ|FK|CHK|PK)_|constraint|violates|"/);
  });
});
