import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The skill taxonomy (categories and aliases: "k8s" finds Kubernetes). */
export class Skills1764800000000 implements MigrationInterface {
  name = 'Skills1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "skill" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" varchar(100) NOT NULL,
        "category" varchar(20) NOT NULL,
        "aliases" text[] NOT NULL DEFAULT '{}',
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_skill" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_skill_category" CHECK ("category" IN ('LANGUAGES', 'PLATFORMS', 'DATA', 'SECURITY', 'DELIVERY', 'ARCHITECTURE', 'QUALITY', 'LEADERSHIP', 'PRODUCT', 'AI_ENGINEERING'))
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_skill_name" ON "skill" (lower("name"))`);
    await q.query(`CREATE INDEX "IDX_skill_category_name" ON "skill" ("category", "name")`);
    // Alias lookups ("k8s"): a GIN index over the lower-cased aliases.
    await q.query(`CREATE INDEX "IDX_skill_aliases" ON "skill" USING GIN ("aliases")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "skill"`);
  }
}
