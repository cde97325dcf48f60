import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Client shortlists. A submitted match gets a stable alias for the client ("Candidate K-37"), the
 * recruiter's summary, and the client's answer (interested with slots, not now, no; a reason from
 * a short list; a note). `shortlist_profile` is what a CLIENT user reads of it: a view with no
 * column for the candidate's name, e-mail, phone, profile URL, location, CV or skill evidence, so a
 * redacted profile cannot leak them whatever a query asks.
 */
export class ClientShortlists1766720000000 implements MigrationInterface {
  name = 'ClientShortlists1766720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "match"
        ADD "clientAlias" varchar(20),
        ADD "clientSummary" text,
        ADD "clientAnswer" varchar(20),
        ADD "clientReason" varchar(30),
        ADD "clientNote" text,
        ADD "clientSlots" timestamptz[] NOT NULL DEFAULT '{}',
        ADD "clientAnsweredAt" timestamptz,
        ADD "clientAnsweredById" uuid,
        ADD CONSTRAINT "FK_match_client_answered_by" FOREIGN KEY ("clientAnsweredById") REFERENCES "app_user"("id") ON DELETE SET NULL,
        ADD CONSTRAINT "CHK_match_client_answer" CHECK ("clientAnswer" IS NULL OR "clientAnswer" IN ('INTERESTED', 'NOT_NOW', 'NO')),
        ADD CONSTRAINT "CHK_match_client_reason" CHECK ("clientReason" IS NULL OR "clientReason" IN ('BUDGET', 'SKILLS', 'SENIORITY', 'AVAILABILITY', 'LOCATION_OR_HOURS', 'OTHER'))`);
    // Matches submitted before shortlists existed get their alias too (numbered in submission order).
    await q.query(`
      UPDATE "match" m SET "clientAlias" = 'Candidate ' || substr('ABCDEFGHJKLMNPRSTUVWXYZ', (abs(hashtext(m.id::text)) % 23) + 1, 1) || '-' || (n.no + 9)
        FROM (SELECT id, row_number() OVER (PARTITION BY "roleId" ORDER BY "submittedAt", id) AS no FROM "match" WHERE "submittedAt" IS NOT NULL) n
       WHERE n.id = m.id`);
    await q.query(`CREATE UNIQUE INDEX "UQ_match_role_alias" ON "match" ("roleId", "clientAlias") WHERE "clientAlias" IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_match_submitted" ON "match" ("submittedAt", "id") WHERE "submittedAt" IS NOT NULL`);
    await q.query(`
      CREATE VIEW "shortlist_profile" AS
      SELECT m.id, m."roleId", r."clientId", r."engagementId", r.title AS "roleTitle", r.seniority AS "roleSeniority", r.permanent,
             m."clientAlias" AS alias, m."clientSummary" AS summary, m.stage, m.score, m.factors, m."submittedAt",
             c.seniority, c."availableFrom"::text AS "availableFrom", c.allocation,
             CASE WHEN r.permanent THEN c."salaryMinor" ELSE c."dayRateMinor" END AS "rateMinor", c.currency AS "rateCurrency",
             r."budgetMinMinor", r."budgetMaxMinor", r.currency AS "budgetCurrency",
             (SELECT coalesce(jsonb_agg(jsonb_build_object('skill', s.name, 'level', cs.level, 'minLevel', (rs.value ->> 'minLevel')::int, 'mustHave', coalesce((rs.value ->> 'mustHave')::boolean, false))
                                        ORDER BY rs.value IS NULL, cs.level DESC, s.name), '[]'::jsonb)
                FROM candidate_skill cs
                JOIN skill s ON s.id = cs."skillId"
                LEFT JOIN LATERAL (SELECT e AS value FROM jsonb_array_elements(r."requiredSkills") e WHERE e ->> 'skillId' = cs."skillId"::text LIMIT 1) rs ON true
               WHERE cs."candidateId" = m."candidateId") AS skills,
             m."clientAnswer" AS answer, m."clientReason" AS reason, m."clientNote" AS note, m."clientSlots" AS slots, m."clientAnsweredAt" AS "answeredAt"
        FROM "match" m
        JOIN "role" r ON r.id = m."roleId"
        JOIN "candidate" c ON c.id = m."candidateId"
       WHERE m."submittedAt" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "shortlist_profile"`);
    await q.query(`DROP INDEX "IDX_match_submitted"`);
    await q.query(`DROP INDEX "UQ_match_role_alias"`);
    await q.query(`
      ALTER TABLE "match" DROP CONSTRAINT "CHK_match_client_reason", DROP CONSTRAINT "CHK_match_client_answer", DROP CONSTRAINT "FK_match_client_answered_by",
        DROP COLUMN "clientAnsweredById", DROP COLUMN "clientAnsweredAt", DROP COLUMN "clientSlots", DROP COLUMN "clientNote",
        DROP COLUMN "clientReason", DROP COLUMN "clientAnswer", DROP COLUMN "clientSummary", DROP COLUMN "clientAlias"`);
  }
}
