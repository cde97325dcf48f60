import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Keys that make domain mutations safe to retry (see IdempotencyService). */
export class IdempotencyKeys1764500000000 implements MigrationInterface {
  name = 'IdempotencyKeys1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "idempotency_key" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "userId" uuid NOT NULL,
        "key" varchar(200) NOT NULL,
        "operation" varchar(100) NOT NULL,
        "requestHash" char(64) NOT NULL,
        "resultId" uuid,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_idempotency_key_user_key" UNIQUE ("userId", "key"),
        CONSTRAINT "FK_idempotency_key_user" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "idempotency_key"`);
  }
}
