import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staffing plans (many roles, one pool), solved by the matching queue. */
export class StaffingPlan1766600000000 implements MigrationInterface {
  name = 'StaffingPlan1766600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "staffing_plan" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "status" varchar(10) NOT NULL,
        "roleIds" uuid[] NOT NULL,
        "candidatesPerRole" smallint NOT NULL,
        "pins" jsonb NOT NULL DEFAULT '{}',
        "excludedCandidateIds" uuid[] NOT NULL DEFAULT '{}',
        "budgetCapMinor" integer,
        "currency" char(3),
        "inputs" jsonb,
        "plan" jsonb,
        "greedy" jsonb,
        "solver" varchar(20),
        "solverVersion" varchar(40),
        "modelVersion" varchar(40),
        "candidateListMs" integer,
        "solverMs" integer,
        "error" text,
        "runId" uuid,
        "createdById" uuid,
        "acceptedById" uuid,
        "solvedAt" timestamptz,
        "acceptedAt" timestamptz,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_staffing_plan" PRIMARY KEY ("id"),
        CONSTRAINT "FK_staffing_plan_created_by" FOREIGN KEY ("createdById") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "FK_staffing_plan_accepted_by" FOREIGN KEY ("acceptedById") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "CHK_staffing_plan_status" CHECK ("status" IN ('PENDING', 'SOLVED', 'FAILED', 'ACCEPTED'))
      )`);
    await q.query(`CREATE INDEX "IDX_staffing_plan_created" ON "staffing_plan" ("createdAt")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "staffing_plan"`);
  }
}
