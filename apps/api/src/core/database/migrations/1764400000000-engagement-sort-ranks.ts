import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sorting by stage or urgency follows their meaning (LEAD … LOST, LOW < MEDIUM < HIGH), not the
 * alphabet: generated rank columns, indexed. The orders match ENGAGEMENT_STAGES and URGENCIES in
 * libs/shared; a migration spells them out because it must not change when the code does.
 */
export class EngagementSortRanks1764400000000 implements MigrationInterface {
  name = 'EngagementSortRanks1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "engagement"
        ADD COLUMN "stageRank" smallint GENERATED ALWAYS AS (
          CASE "stage" WHEN 'LEAD' THEN 1 WHEN 'DISCOVERY' THEN 2 WHEN 'ASSESSING' THEN 3 WHEN 'PROPOSING' THEN 4
                       WHEN 'ACTIVE' THEN 5 WHEN 'CLOSED' THEN 6 WHEN 'LOST' THEN 7 END) STORED,
        ADD COLUMN "urgencyRank" smallint GENERATED ALWAYS AS (
          CASE "urgency" WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2 WHEN 'HIGH' THEN 3 END) STORED`);
    await q.query(`CREATE INDEX "IDX_engagement_stage_rank" ON "engagement" ("stageRank", "id")`);
    await q.query(`CREATE INDEX "IDX_engagement_urgency_rank" ON "engagement" ("urgencyRank", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "engagement" DROP COLUMN "urgencyRank", DROP COLUMN "stageRank"`);
  }
}
