import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, minimal clients, sessions, set-password tokens, outbox and audit log. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE "client" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" varchar(200) NOT NULL,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_client" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_client_name" CHECK (length(btrim("name")) > 0)
      )`);
    await q.query(`CREATE INDEX "IDX_client_name" ON "client" ("name")`);
    await q.query(`CREATE INDEX "IDX_client_name_trgm" ON "client" USING gin ("name" gin_trgm_ops)`);
    await q.query(`CREATE INDEX "IDX_client_created" ON "client" ("createdAt")`);

    await q.query(`
      CREATE TABLE "app_user" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" varchar(320) NOT NULL,
        "name" varchar(200) NOT NULL,
        "role" varchar(20) NOT NULL,
        "clientId" uuid,
        "passwordHash" text,
        "active" boolean NOT NULL DEFAULT true,
        "lastLoginAt" timestamptz,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_app_user" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_app_user_role" CHECK ("role" IN ('ADMIN', 'CONSULTANT', 'RECRUITER', 'CLIENT')),
        CONSTRAINT "CHK_app_user_email_lower" CHECK ("email" = lower("email")),
        CONSTRAINT "CHK_app_user_client_only_for_client_role" CHECK (("role" = 'CLIENT') = ("clientId" IS NOT NULL)),
        CONSTRAINT "FK_app_user_client" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_app_user_email" ON "app_user" ("email")`);
    await q.query(`CREATE INDEX "IDX_app_user_role" ON "app_user" ("role")`);
    await q.query(`CREATE INDEX "IDX_app_user_client" ON "app_user" ("clientId")`);
    await q.query(`CREATE INDEX "IDX_app_user_name" ON "app_user" ("name")`);
    await q.query(`CREATE INDEX "IDX_app_user_created" ON "app_user" ("createdAt")`);
    await q.query(`CREATE INDEX "IDX_app_user_last_login" ON "app_user" ("lastLoginAt")`);
    await q.query(`CREATE INDEX "IDX_app_user_search_trgm" ON "app_user" USING gin (("name" || ' ' || "email") gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE "refresh_token" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "userId" uuid NOT NULL,
        "familyId" uuid NOT NULL,
        "tokenHash" char(64) NOT NULL,
        "expiresAt" timestamptz NOT NULL,
        "rotatedAt" timestamptz,
        "revokedAt" timestamptz,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_refresh_token" PRIMARY KEY ("id"),
        CONSTRAINT "FK_refresh_token_user" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_refresh_token_hash" ON "refresh_token" ("tokenHash")`);
    await q.query(`CREATE INDEX "IDX_refresh_token_user" ON "refresh_token" ("userId")`);
    await q.query(`CREATE INDEX "IDX_refresh_token_family" ON "refresh_token" ("familyId")`);

    await q.query(`
      CREATE TABLE "password_token" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "userId" uuid NOT NULL,
        "outboxEventId" uuid,
        "tokenHash" char(64) NOT NULL,
        "expiresAt" timestamptz NOT NULL,
        "emailedAt" timestamptz,
        "usedAt" timestamptz,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_password_token" PRIMARY KEY ("id"),
        CONSTRAINT "FK_password_token_user" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_password_token_hash" ON "password_token" ("tokenHash")`);
    await q.query(`CREATE INDEX "IDX_password_token_event" ON "password_token" ("outboxEventId")`);
    await q.query(`CREATE INDEX "IDX_password_token_user" ON "password_token" ("userId")`);

    await q.query(`
      CREATE TABLE "outbox_event" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "type" varchar(100) NOT NULL,
        "payload" jsonb NOT NULL,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "sentAt" timestamptz,
        "processedAt" timestamptz,
        "sendCount" integer NOT NULL DEFAULT 0,
        "failedAt" timestamptz,
        "error" text,
        CONSTRAINT "PK_outbox_event" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "IDX_outbox_event_unsent" ON "outbox_event" ("createdAt") WHERE "sentAt" IS NULL AND "failedAt" IS NULL`);
    await q.query(
      `CREATE INDEX "IDX_outbox_event_unprocessed" ON "outbox_event" ("sentAt") WHERE "sentAt" IS NOT NULL AND "processedAt" IS NULL AND "failedAt" IS NULL`,
    );

    await q.query(`
      CREATE TABLE "audit_event" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "actorId" uuid,
        "action" varchar(100) NOT NULL,
        "targetType" varchar(100) NOT NULL,
        "targetId" uuid,
        "changedFields" text[] NOT NULL DEFAULT '{}',
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_audit_event" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "IDX_audit_event_target" ON "audit_event" ("targetType", "targetId", "createdAt")`);
    await q.query(`CREATE INDEX "IDX_audit_event_actor" ON "audit_event" ("actorId", "createdAt")`);
    await q.query(`CREATE INDEX "IDX_audit_event_created" ON "audit_event" ("createdAt")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['audit_event', 'outbox_event', 'password_token', 'refresh_token', 'app_user', 'client']) {
      await q.query(`DROP TABLE IF EXISTS "${t}"`);
    }
  }
}
