import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The decision log of each engagement, with an optional revisit date (a delayed reminder). */
export class DecisionRecords1764300000000 implements MigrationInterface {
  name = 'DecisionRecords1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "decision_record" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "clientId" uuid NOT NULL,
        "engagementId" uuid NOT NULL,
        "title" varchar(200) NOT NULL,
        "context" text NOT NULL,
        "decision" text NOT NULL,
        "alternatives" text,
        "reversibility" varchar(10) NOT NULL,
        "decidedById" uuid,
        "decidedAt" timestamptz NOT NULL DEFAULT now(),
        "revisitDate" date,
        "revisitEventId" uuid,
        "revisitNotifiedAt" timestamptz,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_decision_record" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_decision_record_title" CHECK (length(btrim("title")) > 0),
        CONSTRAINT "CHK_decision_record_reversibility" CHECK ("reversibility" IN ('ONE_WAY', 'TWO_WAY')),
        CONSTRAINT "FK_decision_record_client" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_decision_record_engagement" FOREIGN KEY ("engagementId") REFERENCES "engagement"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_decision_record_decided_by" FOREIGN KEY ("decidedById") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "IDX_decision_record_client" ON "decision_record" ("clientId", "decidedAt")`);
    await q.query(`CREATE INDEX "IDX_decision_record_engagement" ON "decision_record" ("engagementId", "decidedAt")`);
    await q.query(`CREATE INDEX "IDX_decision_record_revisit" ON "decision_record" ("revisitDate") WHERE "revisitDate" IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_decision_record_title" ON "decision_record" ("title")`);
    await q.query(`CREATE INDEX "IDX_decision_record_search_trgm" ON "decision_record" USING gin (("title" || ' ' || "decision") gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "decision_record"`);
  }
}
