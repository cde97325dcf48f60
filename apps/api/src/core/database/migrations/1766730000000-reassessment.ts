import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Re-assessment on a cadence. An engagement may schedule the next assessment every N days and/or
 * when it closes; the outbox event of the scheduled job is kept so a change can cancel it. A
 * drafted re-assessment names the assessment it repeats and the first of its line (the baseline),
 * and the period it was drafted for: one per period, whatever the job does twice.
 */
export class Reassessment1766730000000 implements MigrationInterface {
  name = 'Reassessment1766730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "engagement"
        ADD "reassessEveryDays" smallint,
        ADD "reassessOnClose" boolean NOT NULL DEFAULT false,
        ADD "reassessNextDueAt" timestamptz,
        ADD "reassessEventId" uuid,
        ADD CONSTRAINT "CHK_engagement_reassess_every" CHECK ("reassessEveryDays" IS NULL OR "reassessEveryDays" BETWEEN 7 AND 730)`);
    await q.query(`
      ALTER TABLE "assessment"
        ADD "previousAssessmentId" uuid,
        ADD "baselineAssessmentId" uuid,
        ADD "reassessmentIndex" smallint NOT NULL DEFAULT 0,
        ADD "reassessPeriod" varchar(40),
        ADD CONSTRAINT "FK_assessment_previous" FOREIGN KEY ("previousAssessmentId") REFERENCES "assessment"("id") ON DELETE SET NULL,
        ADD CONSTRAINT "FK_assessment_baseline" FOREIGN KEY ("baselineAssessmentId") REFERENCES "assessment"("id") ON DELETE SET NULL`);
    await q.query(`CREATE UNIQUE INDEX "UQ_assessment_reassess_period" ON "assessment" ("engagementId", "reassessPeriod") WHERE "reassessPeriod" IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_assessment_previous" ON "assessment" ("previousAssessmentId") WHERE "previousAssessmentId" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_assessment_previous"`);
    await q.query(`DROP INDEX "UQ_assessment_reassess_period"`);
    await q.query(`
      ALTER TABLE "assessment" DROP CONSTRAINT "FK_assessment_baseline", DROP CONSTRAINT "FK_assessment_previous",
        DROP COLUMN "reassessPeriod", DROP COLUMN "reassessmentIndex", DROP COLUMN "baselineAssessmentId", DROP COLUMN "previousAssessmentId"`);
    await q.query(`
      ALTER TABLE "engagement" DROP CONSTRAINT "CHK_engagement_reassess_every",
        DROP COLUMN "reassessEventId", DROP COLUMN "reassessNextDueAt", DROP COLUMN "reassessOnClose", DROP COLUMN "reassessEveryDays"`);
  }
}
