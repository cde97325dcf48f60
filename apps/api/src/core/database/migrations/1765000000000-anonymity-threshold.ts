import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Respondent anonymity: no breakdown or quote from fewer than k respondents reaches the client. */
export class AnonymityThreshold1765000000000 implements MigrationInterface {
  name = 'AnonymityThreshold1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assessment" ADD "anonymityThreshold" smallint NOT NULL DEFAULT 3`);
    await q.query(`ALTER TABLE "assessment" ADD CONSTRAINT "CHK_assessment_anonymity_threshold" CHECK ("anonymityThreshold" BETWEEN 2 AND 20)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assessment" DROP COLUMN "anonymityThreshold"`);
  }
}
