import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the client reads about a decision is its own text: `noteToClient` on decision records and on
 * decided recommendations. The reason written for the decision log stays internal.
 */
export class NoteToClient1766410000000 implements MigrationInterface {
  name = 'NoteToClient1766410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "decision_record" ADD "noteToClient" text`);
    await q.query(`ALTER TABLE "recommendation" ADD "noteToClient" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "recommendation" DROP COLUMN "noteToClient"`);
    await q.query(`ALTER TABLE "decision_record" DROP COLUMN "noteToClient"`);
  }
}
