import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Capability frameworks and their questionnaires, assessments of an engagement with targets,
 * invitations (tokens stored only as hashes) and responses.
 */
export class CapabilityAssessments1764600000000 implements MigrationInterface {
  name = 'CapabilityAssessments1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "capability_framework" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" varchar(200) NOT NULL,
        "version" integer NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "status" varchar(10) NOT NULL DEFAULT 'DRAFT',
        "publishedAt" timestamptz,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_capability_framework" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_capability_framework_name_version" UNIQUE ("name", "version"),
        CONSTRAINT "CHK_capability_framework_status" CHECK ("status" IN ('DRAFT', 'PUBLISHED')),
        CONSTRAINT "CHK_capability_framework_version" CHECK ("version" >= 1)
      )`);
    await q.query(`
      CREATE TABLE "capability_area" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "frameworkId" uuid NOT NULL,
        "key" varchar(80) NOT NULL,
        "name" varchar(200) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "position" integer NOT NULL DEFAULT 0,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_capability_area" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_capability_area_framework_key" UNIQUE ("frameworkId", "key"),
        CONSTRAINT "FK_capability_area_framework" FOREIGN KEY ("frameworkId") REFERENCES "capability_framework"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_capability_area_framework_position" ON "capability_area" ("frameworkId", "position")`);
    await q.query(`
      CREATE TABLE "capability" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "frameworkId" uuid NOT NULL,
        "areaId" uuid NOT NULL,
        "key" varchar(80) NOT NULL,
        "name" varchar(200) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "nature" varchar(12) NOT NULL,
        "weight" numeric(4,2) NOT NULL DEFAULT 1,
        "levels" text[] NOT NULL,
        "skills" text[] NOT NULL DEFAULT '{}',
        "defaultTarget" smallint NOT NULL DEFAULT 3,
        "position" integer NOT NULL DEFAULT 0,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_capability" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_capability_framework_key" UNIQUE ("frameworkId", "key"),
        CONSTRAINT "CHK_capability_nature" CHECK ("nature" IN ('JUDGEMENT', 'PRACTICE', 'CAPACITY')),
        CONSTRAINT "CHK_capability_levels" CHECK (cardinality("levels") = 5),
        CONSTRAINT "CHK_capability_weight" CHECK ("weight" > 0),
        CONSTRAINT "CHK_capability_default_target" CHECK ("defaultTarget" BETWEEN 1 AND 5),
        CONSTRAINT "FK_capability_framework" FOREIGN KEY ("frameworkId") REFERENCES "capability_framework"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_capability_area" FOREIGN KEY ("areaId") REFERENCES "capability_area"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_capability_area_position" ON "capability" ("areaId", "position")`);
    await q.query(`
      CREATE TABLE "assessment_template" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "frameworkId" uuid NOT NULL,
        "name" varchar(200) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "estimatedMinutes" integer NOT NULL DEFAULT 20,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assessment_template" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_assessment_template_framework_name" UNIQUE ("frameworkId", "name"),
        CONSTRAINT "FK_assessment_template_framework" FOREIGN KEY ("frameworkId") REFERENCES "capability_framework"("id") ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE "question" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "templateId" uuid NOT NULL,
        "capabilityId" uuid NOT NULL,
        "key" varchar(120) NOT NULL,
        "prompt" text NOT NULL,
        "helpText" text,
        "type" varchar(10) NOT NULL,
        "options" jsonb NOT NULL DEFAULT '[]',
        "weight" numeric(4,2) NOT NULL DEFAULT 1,
        "allowsDontKnow" boolean NOT NULL DEFAULT true,
        "position" integer NOT NULL DEFAULT 0,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_question" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_question_template_key" UNIQUE ("templateId", "key"),
        CONSTRAINT "CHK_question_type" CHECK ("type" IN ('SCALE', 'CHOICE', 'MULTI', 'TEXT')),
        CONSTRAINT "CHK_question_weight" CHECK ("weight" > 0),
        CONSTRAINT "FK_question_template" FOREIGN KEY ("templateId") REFERENCES "assessment_template"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_question_capability" FOREIGN KEY ("capabilityId") REFERENCES "capability"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_question_template_position" ON "question" ("templateId", "position")`);
    await q.query(`CREATE INDEX "IDX_question_capability" ON "question" ("capabilityId")`);

    await q.query(`
      CREATE TABLE "assessment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "clientId" uuid NOT NULL,
        "engagementId" uuid NOT NULL,
        "templateId" uuid NOT NULL,
        "title" varchar(200) NOT NULL,
        "status" varchar(10) NOT NULL DEFAULT 'DRAFT',
        "dueDate" date NOT NULL,
        "minRespondents" smallint NOT NULL DEFAULT 3,
        "openedAt" timestamptz,
        "closedAt" timestamptz,
        "closeReason" text,
        "reminderEventIds" uuid[] NOT NULL DEFAULT '{}',
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_assessment" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_assessment_status" CHECK ("status" IN ('DRAFT', 'OPEN', 'CLOSED', 'SCORED', 'PUBLISHED')),
        CONSTRAINT "CHK_assessment_min_respondents" CHECK ("minRespondents" BETWEEN 1 AND 500),
        CONSTRAINT "FK_assessment_client" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assessment_engagement" FOREIGN KEY ("engagementId") REFERENCES "engagement"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_assessment_template" FOREIGN KEY ("templateId") REFERENCES "assessment_template"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "IDX_assessment_client_created" ON "assessment" ("clientId", "createdAt")`);
    await q.query(`CREATE INDEX "IDX_assessment_engagement" ON "assessment" ("engagementId", "createdAt")`);
    await q.query(`CREATE INDEX "IDX_assessment_status_due" ON "assessment" ("status", "dueDate")`);
    await q.query(`CREATE INDEX "IDX_assessment_template" ON "assessment" ("templateId")`);
    await q.query(`
      CREATE TABLE "assessment_target" (
        "assessmentId" uuid NOT NULL,
        "capabilityId" uuid NOT NULL,
        "target" smallint NOT NULL,
        CONSTRAINT "PK_assessment_target" PRIMARY KEY ("assessmentId", "capabilityId"),
        CONSTRAINT "CHK_assessment_target_level" CHECK ("target" BETWEEN 1 AND 5),
        CONSTRAINT "FK_assessment_target_assessment" FOREIGN KEY ("assessmentId") REFERENCES "assessment"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_assessment_target_capability" FOREIGN KEY ("capabilityId") REFERENCES "capability"("id") ON DELETE RESTRICT
      )`);
    await q.query(`
      CREATE TABLE "invitation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "clientId" uuid NOT NULL,
        "assessmentId" uuid NOT NULL,
        "contactId" uuid,
        "email" varchar(320) NOT NULL,
        "name" varchar(200),
        "respondentRole" varchar(30) NOT NULL,
        "status" varchar(10) NOT NULL DEFAULT 'PENDING',
        "sentAt" timestamptz,
        "startedAt" timestamptz,
        "submittedAt" timestamptz,
        "remindersSent" smallint NOT NULL DEFAULT 0,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_invitation" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_invitation_status" CHECK ("status" IN ('PENDING', 'STARTED', 'SUBMITTED', 'EXPIRED')),
        CONSTRAINT "CHK_invitation_role" CHECK ("respondentRole" IN ('CTO', 'ENGINEERING_MANAGER', 'ENGINEER', 'PRODUCT', 'OTHER')),
        CONSTRAINT "FK_invitation_client" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_invitation_assessment" FOREIGN KEY ("assessmentId") REFERENCES "assessment"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_invitation_contact" FOREIGN KEY ("contactId") REFERENCES "contact"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_invitation_assessment_email" ON "invitation" ("assessmentId", lower("email"))`);
    await q.query(`CREATE INDEX "IDX_invitation_client_email" ON "invitation" ("clientId", lower("email"))`);
    await q.query(`CREATE INDEX "IDX_invitation_assessment_status" ON "invitation" ("assessmentId", "status")`);
    await q.query(`
      CREATE TABLE "invitation_token" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "invitationId" uuid NOT NULL,
        "tokenHash" char(64) NOT NULL,
        "expiresAt" timestamptz NOT NULL,
        "revokedAt" timestamptz,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_invitation_token" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_invitation_token_hash" UNIQUE ("tokenHash"),
        CONSTRAINT "FK_invitation_token_invitation" FOREIGN KEY ("invitationId") REFERENCES "invitation"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_invitation_token_invitation" ON "invitation_token" ("invitationId")`);
    await q.query(`
      CREATE TABLE "response" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "clientId" uuid NOT NULL,
        "invitationId" uuid NOT NULL,
        "answers" jsonb NOT NULL DEFAULT '[]',
        "submittedAt" timestamptz,
        "submitKey" varchar(200),
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_response" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_response_invitation" UNIQUE ("invitationId"),
        CONSTRAINT "FK_response_client" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_response_invitation" FOREIGN KEY ("invitationId") REFERENCES "invitation"("id") ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['response', 'invitation_token', 'invitation', 'assessment_target', 'assessment', 'question', 'assessment_template', 'capability', 'capability_area', 'capability_framework']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
