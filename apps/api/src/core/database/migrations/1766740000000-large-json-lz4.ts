import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The JSON each finalise run writes whole: every gap's evidence (~34 kB a gap) and the rendered report. */
export const LZ4_COLUMNS = [
  ['capability_gap', 'evidence'],
  ['assessment_report', 'data'],
] as const;

/**
 * Compresses those columns with lz4 instead of PostgreSQL's default pglz: on the finalise bench
 * the gaps' evidence then writes in about half the time (pglz was ~2 ms of PostgreSQL's CPU per
 * flow) and compresses as well. Only values written from now on change; a server built without
 * lz4 (some embedded builds) keeps pglz rather than failing the migration.
 */
export class LargeJsonLz41766740000000 implements MigrationInterface {
  name = 'LargeJsonLz41766740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        ${LZ4_COLUMNS.map(([table, column]) => `ALTER TABLE "${table}" ALTER COLUMN "${column}" SET COMPRESSION lz4;`).join('\n        ')}
      EXCEPTION WHEN feature_not_supported THEN
        RAISE NOTICE 'lz4 is not built into this server: large JSON stays compressed with pglz';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column] of LZ4_COLUMNS) await q.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" SET COMPRESSION DEFAULT`);
  }
}
