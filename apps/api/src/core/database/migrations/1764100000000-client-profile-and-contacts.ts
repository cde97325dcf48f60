import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The client profile (industry, size, region, time zone, core hours, notes) and client contacts. */
export class ClientProfileAndContacts1764100000000 implements MigrationInterface {
  name = 'ClientProfileAndContacts1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "client"
        ADD COLUMN "industry" varchar(100),
        ADD COLUMN "sizeBand" varchar(20),
        ADD COLUMN "region" varchar(100),
        ADD COLUMN "timeZone" varchar(64),
        ADD COLUMN "coreHoursStart" char(5),
        ADD COLUMN "coreHoursEnd" char(5),
        ADD COLUMN "notes" text,
        ADD CONSTRAINT "CHK_client_size_band" CHECK ("sizeBand" IN ('S_1_50', 'S_51_200', 'S_201_1000', 'S_1001_5000', 'S_5000_PLUS')),
        ADD CONSTRAINT "CHK_client_core_hours" CHECK (
          ("coreHoursStart" IS NULL) = ("coreHoursEnd" IS NULL)
          AND ("coreHoursStart" IS NULL OR ("coreHoursStart" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
                                            AND "coreHoursEnd" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
                                            AND "coreHoursStart" < "coreHoursEnd")))`);
    await q.query(`CREATE INDEX "IDX_client_industry" ON "client" ("industry")`);
    await q.query(`CREATE INDEX "IDX_client_size_band" ON "client" ("sizeBand")`);
    await q.query(`CREATE INDEX "IDX_client_region" ON "client" ("region")`);

    await q.query(`
      CREATE TABLE "contact" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "clientId" uuid NOT NULL,
        "name" varchar(200) NOT NULL,
        "email" varchar(320) NOT NULL,
        "title" varchar(200),
        "userId" uuid,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_contact" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_contact_name" CHECK (length(btrim("name")) > 0),
        CONSTRAINT "CHK_contact_email_lower" CHECK ("email" = lower("email")),
        -- A client's people go with the client (engagements, which hold history, block its deletion).
        CONSTRAINT "FK_contact_client" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_contact_user" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_contact_client_email" ON "contact" ("clientId", "email")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_contact_user" ON "contact" ("userId") WHERE "userId" IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_contact_client_name" ON "contact" ("clientId", "name")`);
    await q.query(`CREATE INDEX "IDX_contact_name" ON "contact" ("name")`);
    await q.query(`CREATE INDEX "IDX_contact_created" ON "contact" ("createdAt")`);
    await q.query(`CREATE INDEX "IDX_contact_search_trgm" ON "contact" USING gin (("name" || ' ' || "email" || ' ' || coalesce("title", '')) gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "contact"`);
    await q.query(`
      ALTER TABLE "client"
        DROP CONSTRAINT "CHK_client_core_hours", DROP CONSTRAINT "CHK_client_size_band",
        DROP COLUMN "notes", DROP COLUMN "coreHoursEnd", DROP COLUMN "coreHoursStart", DROP COLUMN "timeZone",
        DROP COLUMN "region", DROP COLUMN "sizeBand", DROP COLUMN "industry"`);
  }
}
