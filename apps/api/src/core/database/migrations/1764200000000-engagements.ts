import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Engagements with their stage history; full-text search over title and business need. */
export class Engagements1764200000000 implements MigrationInterface {
  name = 'Engagements1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "engagement" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "clientId" uuid NOT NULL,
        "ownerId" uuid NOT NULL,
        "title" varchar(200) NOT NULL,
        "businessNeed" text NOT NULL,
        "stage" varchar(20) NOT NULL DEFAULT 'LEAD',
        "horizon" varchar(20) NOT NULL DEFAULT 'UNKNOWN',
        "urgency" varchar(20) NOT NULL DEFAULT 'MEDIUM',
        "budgetBand" varchar(30) NOT NULL DEFAULT 'UNKNOWN',
        "startDate" date,
        "endDate" date,
        "search" tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("businessNeed", '')), 'B')
        ) STORED,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_engagement" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_engagement_title" CHECK (length(btrim("title")) > 0),
        CONSTRAINT "CHK_engagement_business_need" CHECK (length(btrim("businessNeed")) > 0),
        CONSTRAINT "CHK_engagement_stage" CHECK ("stage" IN ('LEAD', 'DISCOVERY', 'ASSESSING', 'PROPOSING', 'ACTIVE', 'CLOSED', 'LOST')),
        CONSTRAINT "CHK_engagement_horizon" CHECK ("horizon" IN ('TEMPORARY', 'PERMANENT', 'UNKNOWN')),
        CONSTRAINT "CHK_engagement_urgency" CHECK ("urgency" IN ('LOW', 'MEDIUM', 'HIGH')),
        CONSTRAINT "CHK_engagement_budget_band" CHECK ("budgetBand" IN ('UNDER_50K', 'FROM_50K_TO_150K', 'FROM_150K_TO_500K', 'OVER_500K', 'UNKNOWN')),
        CONSTRAINT "CHK_engagement_dates" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "endDate" >= "startDate"),
        -- Engagements hold history: deleting their client must be refused, never cascaded.
        CONSTRAINT "FK_engagement_client" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_engagement_owner" FOREIGN KEY ("ownerId") REFERENCES "app_user"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "IDX_engagement_client_created" ON "engagement" ("clientId", "createdAt")`);
    await q.query(`CREATE INDEX "IDX_engagement_owner_stage" ON "engagement" ("ownerId", "stage")`);
    await q.query(`CREATE INDEX "IDX_engagement_stage" ON "engagement" ("stage")`);
    await q.query(`CREATE INDEX "IDX_engagement_urgency" ON "engagement" ("urgency")`);
    await q.query(`CREATE INDEX "IDX_engagement_horizon" ON "engagement" ("horizon")`);
    await q.query(`CREATE INDEX "IDX_engagement_start_date" ON "engagement" ("startDate")`);
    await q.query(`CREATE INDEX "IDX_engagement_end_date" ON "engagement" ("endDate")`);
    await q.query(`CREATE INDEX "IDX_engagement_title" ON "engagement" ("title")`);
    await q.query(`CREATE INDEX "IDX_engagement_created" ON "engagement" ("createdAt")`);
    await q.query(`CREATE INDEX "IDX_engagement_search" ON "engagement" USING gin ("search")`);

    await q.query(`
      CREATE TABLE "engagement_stage_change" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "engagementId" uuid NOT NULL,
        "fromStage" varchar(20),
        "toStage" varchar(20) NOT NULL,
        "note" text,
        "changedById" uuid,
        "changedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_engagement_stage_change" PRIMARY KEY ("id"),
        CONSTRAINT "FK_engagement_stage_change_engagement" FOREIGN KEY ("engagementId") REFERENCES "engagement"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_engagement_stage_change_user" FOREIGN KEY ("changedById") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "IDX_engagement_stage_change_engagement" ON "engagement_stage_change" ("engagementId", "changedAt")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "engagement_stage_change"`);
    await q.query(`DROP TABLE "engagement"`);
  }
}
