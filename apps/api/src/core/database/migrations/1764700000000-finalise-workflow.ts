import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What finalising an assessment produces: workflow runs people can watch, capability scores, gaps
 * with their evidence, ranked recommendations, the rendered report, drafted roles and in-app
 * notifications. Each step's output is keyed on its subject so a re-run replaces, never duplicates.
 */
export class FinaliseWorkflow1764700000000 implements MigrationInterface {
  name = 'FinaliseWorkflow1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assessment" ADD COLUMN "dueEventId" uuid`);
    await q.query(`ALTER TABLE "assessment" ADD COLUMN "scoredAt" timestamptz`);
    await q.query(`ALTER TABLE "assessment" ADD COLUMN "publishedAt" timestamptz`);
    await q.query(`
      CREATE TABLE "workflow_run" (
        "id" uuid NOT NULL,
        "kind" varchar(40) NOT NULL,
        "subjectType" varchar(40) NOT NULL,
        "subjectId" uuid NOT NULL,
        "clientId" uuid,
        "status" varchar(10) NOT NULL DEFAULT 'PENDING',
        "currentStep" varchar(40),
        "progress" smallint NOT NULL DEFAULT 0,
        "attempts" integer NOT NULL DEFAULT 0,
        "error" text,
        "startedAt" timestamptz,
        "finishedAt" timestamptz,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_workflow_run" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_workflow_run_status" CHECK ("status" IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED')),
        CONSTRAINT "CHK_workflow_run_progress" CHECK ("progress" BETWEEN 0 AND 100)
      )`);
    await q.query(`CREATE INDEX "IDX_workflow_run_subject" ON "workflow_run" ("subjectId", "createdAt")`);
    await q.query(`CREATE INDEX "IDX_workflow_run_status" ON "workflow_run" ("status", "createdAt")`);
    await q.query(`
      CREATE TABLE "capability_score" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "clientId" uuid NOT NULL,
        "assessmentId" uuid NOT NULL,
        "capabilityId" uuid NOT NULL,
        "current" numeric(3,2),
        "target" smallint NOT NULL,
        "respondentCount" integer NOT NULL,
        "spread" numeric(4,2),
        "coverage" numeric(3,2) NOT NULL,
        "confidence" numeric(3,2) NOT NULL,
        "byRole" jsonb NOT NULL DEFAULT '[]',
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_capability_score" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_capability_score_assessment_capability" UNIQUE ("assessmentId", "capabilityId"),
        CONSTRAINT "FK_capability_score_assessment" FOREIGN KEY ("assessmentId") REFERENCES "assessment"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_capability_score_capability" FOREIGN KEY ("capabilityId") REFERENCES "capability"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "IDX_capability_score_client" ON "capability_score" ("clientId")`);
    await q.query(`
      CREATE TABLE "capability_gap" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "clientId" uuid NOT NULL,
        "assessmentId" uuid NOT NULL,
        "engagementId" uuid NOT NULL,
        "capabilityId" uuid NOT NULL,
        "current" numeric(3,2) NOT NULL,
        "target" smallint NOT NULL,
        "size" numeric(3,1) NOT NULL,
        "severity" numeric(5,2) NOT NULL,
        "status" varchar(15) NOT NULL DEFAULT 'OPEN',
        "evidence" jsonb NOT NULL DEFAULT '[]',
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_capability_gap" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_capability_gap_assessment_capability" UNIQUE ("assessmentId", "capabilityId"),
        CONSTRAINT "CHK_capability_gap_status" CHECK ("status" IN ('OPEN', 'ADDRESSED', 'ACCEPTED_RISK')),
        CONSTRAINT "CHK_capability_gap_size" CHECK ("size" > 0),
        CONSTRAINT "FK_capability_gap_assessment" FOREIGN KEY ("assessmentId") REFERENCES "assessment"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_capability_gap_capability" FOREIGN KEY ("capabilityId") REFERENCES "capability"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "IDX_capability_gap_assessment_severity" ON "capability_gap" ("assessmentId", "severity" DESC)`);
    await q.query(`CREATE INDEX "IDX_capability_gap_engagement" ON "capability_gap" ("engagementId", "severity" DESC)`);
    await q.query(`CREATE INDEX "IDX_capability_gap_client" ON "capability_gap" ("clientId")`);
    await q.query(`
      CREATE TABLE "recommendation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "clientId" uuid NOT NULL,
        "assessmentId" uuid NOT NULL,
        "gapId" uuid NOT NULL,
        "option" varchar(20) NOT NULL,
        "score" smallint NOT NULL,
        "rank" smallint NOT NULL,
        "reasons" jsonb NOT NULL DEFAULT '[]',
        "state" varchar(12) NOT NULL DEFAULT 'PROPOSED',
        "rulesetVersion" varchar(40) NOT NULL,
        "decidedById" uuid,
        "decidedAt" timestamptz,
        "decisionNote" text,
        "decisionRecordId" uuid,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_recommendation" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_recommendation_gap_option" UNIQUE ("gapId", "option"),
        CONSTRAINT "CHK_recommendation_option" CHECK ("option" IN ('REVIEW', 'AUGMENTATION', 'HIRE', 'SPECIALIST_TEAM')),
        CONSTRAINT "CHK_recommendation_state" CHECK ("state" IN ('PROPOSED', 'ACCEPTED', 'REJECTED', 'OVERRIDDEN')),
        CONSTRAINT "CHK_recommendation_score" CHECK ("score" BETWEEN 0 AND 100),
        CONSTRAINT "FK_recommendation_gap" FOREIGN KEY ("gapId") REFERENCES "capability_gap"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_recommendation_assessment" FOREIGN KEY ("assessmentId") REFERENCES "assessment"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_recommendation_decided_by" FOREIGN KEY ("decidedById") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "FK_recommendation_decision" FOREIGN KEY ("decisionRecordId") REFERENCES "decision_record"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "IDX_recommendation_assessment" ON "recommendation" ("assessmentId", "gapId", "rank")`);
    await q.query(`
      CREATE TABLE "assessment_report" (
        "assessmentId" uuid NOT NULL,
        "clientId" uuid NOT NULL,
        "data" jsonb NOT NULL,
        "renderedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assessment_report" PRIMARY KEY ("assessmentId"),
        CONSTRAINT "FK_assessment_report_assessment" FOREIGN KEY ("assessmentId") REFERENCES "assessment"("id") ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE "role" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "clientId" uuid NOT NULL,
        "engagementId" uuid NOT NULL,
        "gapId" uuid,
        "recommendationId" uuid,
        "title" varchar(200) NOT NULL,
        "optionType" varchar(20) NOT NULL,
        "requiredSkills" jsonb NOT NULL DEFAULT '[]',
        "seniority" varchar(20) NOT NULL,
        "startDate" date,
        "permanent" boolean NOT NULL DEFAULT false,
        "durationWeeks" smallint,
        "allocation" smallint NOT NULL DEFAULT 100,
        "status" varchar(10) NOT NULL DEFAULT 'OPEN',
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_role" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_role_option" CHECK ("optionType" IN ('REVIEW', 'AUGMENTATION', 'HIRE', 'SPECIALIST_TEAM')),
        CONSTRAINT "CHK_role_status" CHECK ("status" IN ('OPEN', 'FILLED', 'CANCELLED')),
        CONSTRAINT "CHK_role_allocation" CHECK ("allocation" BETWEEN 1 AND 100),
        CONSTRAINT "FK_role_engagement" FOREIGN KEY ("engagementId") REFERENCES "engagement"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_role_gap" FOREIGN KEY ("gapId") REFERENCES "capability_gap"("id") ON DELETE SET NULL,
        CONSTRAINT "FK_role_recommendation" FOREIGN KEY ("recommendationId") REFERENCES "recommendation"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "IDX_role_engagement" ON "role" ("engagementId", "createdAt")`);
    await q.query(`CREATE INDEX "IDX_role_client_status" ON "role" ("clientId", "status")`);
    await q.query(`
      CREATE TABLE "notification" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "userId" uuid NOT NULL,
        "title" varchar(300) NOT NULL,
        "body" text NOT NULL DEFAULT '',
        "link" varchar(500),
        "sourceKey" varchar(200) NOT NULL,
        "readAt" timestamptz,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_notification" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_notification_user_source" UNIQUE ("userId", "sourceKey"),
        CONSTRAINT "FK_notification_user" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_notification_user_created" ON "notification" ("userId", "createdAt" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['notification', 'role', 'assessment_report', 'recommendation', 'capability_gap', 'capability_score', 'workflow_run']) {
      await q.query(`DROP TABLE "${table}"`);
    }
    await q.query(`ALTER TABLE "assessment" DROP COLUMN "publishedAt", DROP COLUMN "scoredAt", DROP COLUMN "dueEventId"`);
  }
}
