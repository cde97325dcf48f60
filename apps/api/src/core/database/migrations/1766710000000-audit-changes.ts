import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Audit rows keep each changed field's old and new value, and the request or job that made them. */
export class AuditChanges1766710000000 implements MigrationInterface {
  name = 'AuditChanges1766710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "audit_event" ADD "changes" jsonb, ADD "requestId" varchar(100)`);
    await q.query(`CREATE INDEX "IDX_audit_event_request" ON "audit_event" ("requestId") WHERE "requestId" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_audit_event_request"`);
    await q.query(`ALTER TABLE "audit_event" DROP COLUMN "requestId", DROP COLUMN "changes"`);
  }
}
