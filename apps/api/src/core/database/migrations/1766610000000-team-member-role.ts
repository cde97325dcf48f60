import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Roles drafted for the members of an accepted specialist team, told apart from the team request's. */
export class TeamMemberRole1766610000000 implements MigrationInterface {
  name = 'TeamMemberRole1766610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "role" ADD "teamMember" boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "role" DROP COLUMN "teamMember"`);
  }
}
