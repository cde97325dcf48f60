import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Submitting a match to the client records on the match whom it went to and with what note
 * (`submitToClient`), beside the stage change in its history. "My pipeline" finds the matches a
 * user moved through their stage changes: an index leading with the user.
 */
export class MatchSubmission1766420000000 implements MigrationInterface {
  name = 'MatchSubmission1766420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "match" ADD "submittedContactIds" uuid[] NOT NULL DEFAULT '{}', ADD "submissionNote" text, ADD "submittedAt" timestamptz`);
    await q.query(`CREATE INDEX "IDX_match_stage_change_user" ON "match_stage_change" ("changedById", "matchId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_match_stage_change_user"`);
    await q.query(`ALTER TABLE "match" DROP COLUMN "submittedAt", DROP COLUMN "submissionNote", DROP COLUMN "submittedContactIds"`);
  }
}
