import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roles drafted from an accepted option start as DRAFT, for a recruiter to review and open: not
 * matched, not counted as open. Sort order: open, draft, filled, cancelled.
 */
export class RoleDraftStatus1766400000000 implements MigrationInterface {
  name = 'RoleDraftStatus1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "role" DROP CONSTRAINT "CHK_role_status"`);
    await q.query(`ALTER TABLE "role" ADD CONSTRAINT "CHK_role_status" CHECK ("status" IN ('DRAFT', 'OPEN', 'FILLED', 'CANCELLED'))`);
    // A generated column's expression cannot be altered on PostgreSQL 15: drop it (and its index) and add it again.
    await q.query(`ALTER TABLE "role" DROP COLUMN "statusRank"`);
    await q.query(
      `ALTER TABLE "role" ADD "statusRank" smallint GENERATED ALWAYS AS (CASE "status" WHEN 'OPEN' THEN 0 WHEN 'DRAFT' THEN 1 WHEN 'FILLED' THEN 2 ELSE 3 END) STORED`,
    );
    await q.query(`CREATE INDEX "IDX_role_status_rank" ON "role" ("statusRank", "createdAt")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "role" SET "status" = 'CANCELLED' WHERE "status" = 'DRAFT'`);
    await q.query(`ALTER TABLE "role" DROP CONSTRAINT "CHK_role_status"`);
    await q.query(`ALTER TABLE "role" ADD CONSTRAINT "CHK_role_status" CHECK ("status" IN ('OPEN', 'FILLED', 'CANCELLED'))`);
    await q.query(`ALTER TABLE "role" DROP COLUMN "statusRank"`);
    await q.query(`ALTER TABLE "role" ADD "statusRank" smallint GENERATED ALWAYS AS (CASE "status" WHEN 'OPEN' THEN 0 WHEN 'FILLED' THEN 1 ELSE 2 END) STORED`);
    await q.query(`CREATE INDEX "IDX_role_status_rank" ON "role" ("statusRank", "createdAt")`);
  }
}
