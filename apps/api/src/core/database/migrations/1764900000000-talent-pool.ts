import { SENIORITIES } from '@orchestra/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sqlOrdinal, sqlValueList } from '../sql-enum.js';

const KINDS = `'BENCH', 'ASSOCIATE', 'CONTRACTOR', 'PERMANENT_SEEKER'`;
/**
 * Seniorities and their rank come from libs/shared (matching compares positions in `SENIORITIES`
 * and reads the rank column). The SQL is byte-identical to what this migration first ran
 * ('JUNIOR' … 'PRINCIPAL', ranks 0–4): talent-pool-seniority.spec.ts pins it, so a change to the
 * shared order fails there and needs a new migration rather than a silent edit of this one.
 */
export const SENIORITY_VALUES = sqlValueList(SENIORITIES);
export const SENIORITY_RANK = (col: string) => sqlOrdinal(col, SENIORITIES);
const STAGES = `'SUGGESTED', 'SHORTLISTED', 'SUBMITTED', 'INTERVIEWING', 'OFFERED', 'PLACED', 'REJECTED', 'WITHDRAWN'`;

/**
 * The talent pool (candidates, their skills and notes), roles completed for matching, stored
 * matches with their stage history, and placements.
 *
 * Matching reads each candidate's skills from two arrays kept beside the canonical
 * candidate_skill rows (rewritten in the same transaction whenever skills change):
 * `skillLevels[skill.no]` is the level (for scoring in one row, no join), and `skillTokens` holds
 * `skill.no * 10 + level`, so "Kubernetes at level 3 or more" is `skillTokens && {n*10+3, n*10+4,
 * n*10+5}`, served by a GIN index.
 */
export class TalentPool1764900000000 implements MigrationInterface {
  name = 'TalentPool1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "skill" ADD "no" integer GENERATED ALWAYS AS IDENTITY`);
    await q.query(`ALTER TABLE "skill" ADD CONSTRAINT "UQ_skill_no" UNIQUE ("no")`);

    await q.query(`
      CREATE TABLE "candidate" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" varchar(20) NOT NULL,
        "name" varchar(200) NOT NULL,
        "email" varchar(320) NOT NULL,
        "phone" varchar(40),
        "phoneDigits" varchar(40) GENERATED ALWAYS AS (nullif(regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g'), '')) STORED,
        "profileUrl" varchar(500),
        "profileKey" varchar(500) GENERATED ALWAYS AS (nullif(lower(regexp_replace(regexp_replace(coalesce("profileUrl", ''), '^[a-zA-Z]+://(www\\.)?', ''), '/+$', '')), '')) STORED,
        "location" varchar(200),
        "timeZone" varchar(64) NOT NULL,
        "utcOffsetMinutes" smallint NOT NULL,
        "seniority" varchar(20) NOT NULL,
        "seniorityRank" smallint GENERATED ALWAYS AS ${SENIORITY_RANK('seniority')} STORED,
        "availableFrom" date NOT NULL,
        "allocation" smallint NOT NULL DEFAULT 100,
        "dayRateMinor" integer,
        "salaryMinor" integer,
        "currency" char(3) NOT NULL DEFAULT 'EUR',
        "cvText" text,
        "cvSearch" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce("cvText", ''))) STORED,
        "consentBasis" varchar(30) NOT NULL,
        "consentGivenAt" timestamptz,
        "consentExpiresAt" timestamptz,
        "lastContactAt" timestamptz,
        "tags" text[] NOT NULL DEFAULT '{}',
        "skillLevels" smallint[] NOT NULL DEFAULT '{}',
        "skillTokens" integer[] NOT NULL DEFAULT '{}',
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_candidate" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_candidate_kind" CHECK ("kind" IN (${KINDS})),
        CONSTRAINT "CHK_candidate_seniority" CHECK ("seniority" IN (${SENIORITY_VALUES})),
        CONSTRAINT "CHK_candidate_allocation" CHECK ("allocation" BETWEEN 0 AND 100),
        CONSTRAINT "CHK_candidate_rates" CHECK (coalesce("dayRateMinor", 0) >= 0 AND coalesce("salaryMinor", 0) >= 0),
        CONSTRAINT "CHK_candidate_consent_basis" CHECK ("consentBasis" IN ('CONSENT', 'LEGITIMATE_INTEREST', 'CONTRACT'))
      )`);
    // Matching's hard filters: consent, kind + availability, time zone, must-have skills.
    await q.query(`CREATE INDEX "IDX_candidate_kind_available" ON "candidate" ("kind", "availableFrom")`);
    await q.query(`CREATE INDEX "IDX_candidate_consent_expires" ON "candidate" ("consentExpiresAt")`);
    await q.query(`CREATE INDEX "IDX_candidate_utc_offset" ON "candidate" ("utcOffsetMinutes")`);
    await q.query(`CREATE INDEX "IDX_candidate_skill_tokens" ON "candidate" USING GIN ("skillTokens")`);
    // Recruiter filters and sorts.
    await q.query(`CREATE INDEX "IDX_candidate_search_trgm" ON "candidate" USING gin (("name" || ' ' || "email") gin_trgm_ops)`);
    await q.query(`CREATE INDEX "IDX_candidate_cv_search" ON "candidate" USING GIN ("cvSearch")`);
    await q.query(`CREATE INDEX "IDX_candidate_tags" ON "candidate" USING GIN ("tags")`);
    await q.query(`CREATE INDEX "IDX_candidate_name" ON "candidate" ("name")`);
    await q.query(`CREATE INDEX "IDX_candidate_available_from" ON "candidate" ("availableFrom")`);
    await q.query(`CREATE INDEX "IDX_candidate_day_rate" ON "candidate" ("dayRateMinor")`);
    await q.query(`CREATE INDEX "IDX_candidate_seniority" ON "candidate" ("seniorityRank")`);
    await q.query(`CREATE INDEX "IDX_candidate_time_zone" ON "candidate" ("timeZone")`);
    await q.query(`CREATE INDEX "IDX_candidate_last_contact" ON "candidate" ("lastContactAt")`);
    await q.query(`CREATE INDEX "IDX_candidate_created" ON "candidate" ("createdAt")`);
    // Duplicate detection: same e-mail, phone or profile, or a similar name.
    await q.query(`CREATE INDEX "IDX_candidate_email" ON "candidate" (lower("email"))`);
    await q.query(`CREATE INDEX "IDX_candidate_phone" ON "candidate" ("phoneDigits")`);
    await q.query(`CREATE INDEX "IDX_candidate_profile" ON "candidate" ("profileKey")`);
    await q.query(`CREATE INDEX "IDX_candidate_name_trgm" ON "candidate" USING gin ("name" gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE "candidate_skill" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "candidateId" uuid NOT NULL,
        "skillId" uuid NOT NULL,
        "level" smallint NOT NULL,
        "evidence" text,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_candidate_skill" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_candidate_skill" UNIQUE ("candidateId", "skillId"),
        CONSTRAINT "CHK_candidate_skill_level" CHECK ("level" BETWEEN 1 AND 5),
        CONSTRAINT "FK_candidate_skill_candidate" FOREIGN KEY ("candidateId") REFERENCES "candidate"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_candidate_skill_skill" FOREIGN KEY ("skillId") REFERENCES "skill"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "IDX_candidate_skill_skill_level" ON "candidate_skill" ("skillId", "level")`);

    // Rewrites matching's skill arrays from candidate_skill; every writer of skills calls it.
    await q.query(`
      CREATE FUNCTION candidate_sync_skills(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE "candidate" c SET
          "skillLevels" = coalesce((
            SELECT array_agg(coalesce(l.level, 0)::smallint ORDER BY g.n)
              FROM generate_series(1, (SELECT max(s.no) FROM "candidate_skill" cs JOIN "skill" s ON s.id = cs."skillId" WHERE cs."candidateId" = c.id)) AS g(n)
              LEFT JOIN (SELECT s.no, cs.level FROM "candidate_skill" cs JOIN "skill" s ON s.id = cs."skillId" WHERE cs."candidateId" = c.id) l ON l.no = g.n), '{}'),
          "skillTokens" = coalesce((
            SELECT array_agg(s.no * 10 + cs.level ORDER BY s.no)
              FROM "candidate_skill" cs JOIN "skill" s ON s.id = cs."skillId" WHERE cs."candidateId" = c.id), '{}')
        WHERE c.id = ANY(ids)
      $$`);

    await q.query(`
      CREATE TABLE "candidate_note" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "candidateId" uuid NOT NULL,
        "authorId" uuid,
        "body" text NOT NULL,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_candidate_note" PRIMARY KEY ("id"),
        CONSTRAINT "FK_candidate_note_candidate" FOREIGN KEY ("candidateId") REFERENCES "candidate"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_candidate_note_author" FOREIGN KEY ("authorId") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "IDX_candidate_note_candidate" ON "candidate_note" ("candidateId", "createdAt")`);

    // Roles: what matching needs, and open roles first.
    await q.query(`ALTER TABLE "role" ADD "budgetMinMinor" integer, ADD "budgetMaxMinor" integer, ADD "currency" char(3) NOT NULL DEFAULT 'EUR', ADD "minOverlapHours" smallint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE "role" ADD "statusRank" smallint GENERATED ALWAYS AS (CASE "status" WHEN 'OPEN' THEN 0 WHEN 'FILLED' THEN 1 ELSE 2 END) STORED`);
    await q.query(`ALTER TABLE "role" ADD CONSTRAINT "CHK_role_seniority" CHECK ("seniority" IN (${SENIORITY_VALUES}))`);
    await q.query(`ALTER TABLE "role" ADD CONSTRAINT "CHK_role_overlap" CHECK ("minOverlapHours" BETWEEN 0 AND 8)`);
    await q.query(`ALTER TABLE "role" ADD CONSTRAINT "CHK_role_budget" CHECK ("budgetMinMinor" IS NULL OR "budgetMaxMinor" IS NULL OR "budgetMinMinor" <= "budgetMaxMinor")`);
    await q.query(`CREATE INDEX "IDX_role_status_rank" ON "role" ("statusRank", "createdAt")`);
    await q.query(`CREATE INDEX "IDX_role_start" ON "role" ("startDate")`);
    await q.query(`CREATE INDEX "IDX_role_title" ON "role" ("title")`);
    await q.query(`CREATE INDEX "IDX_role_gap" ON "role" ("gapId")`);
    // Required skills name their skill by id from now on.
    await q.query(`
      UPDATE "role" r SET "requiredSkills" = coalesce((
        SELECT jsonb_agg(e || jsonb_build_object('skillId', s.id, 'skill', s.name) ORDER BY o)
          FROM jsonb_array_elements(r."requiredSkills") WITH ORDINALITY AS x(e, o)
          JOIN "skill" s ON lower(s.name) = lower(e->>'skill')), '[]'::jsonb)`);

    await q.query(`
      CREATE TABLE "match" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "roleId" uuid NOT NULL,
        "candidateId" uuid NOT NULL,
        "score" numeric(5,1) NOT NULL,
        "rank" integer,
        "factors" jsonb NOT NULL DEFAULT '[]',
        "failedConstraints" jsonb NOT NULL DEFAULT '[]',
        "stage" varchar(20) NOT NULL DEFAULT 'SUGGESTED',
        "stageChangedAt" timestamptz NOT NULL DEFAULT now(),
        "modelVersion" varchar(40) NOT NULL,
        "computedAt" timestamptz NOT NULL DEFAULT now(),
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_match" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_match_role_candidate" UNIQUE ("roleId", "candidateId"),
        CONSTRAINT "CHK_match_stage" CHECK ("stage" IN (${STAGES})),
        CONSTRAINT "FK_match_role" FOREIGN KEY ("roleId") REFERENCES "role"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_match_candidate" FOREIGN KEY ("candidateId") REFERENCES "candidate"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_match_role_score" ON "match" ("roleId", "score" DESC)`);
    await q.query(`CREATE INDEX "IDX_match_role_stage" ON "match" ("roleId", "stage")`);
    await q.query(`CREATE INDEX "IDX_match_candidate" ON "match" ("candidateId")`);
    await q.query(`CREATE INDEX "IDX_match_stage_changed" ON "match" ("stageChangedAt")`);

    await q.query(`
      CREATE TABLE "match_stage_change" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "matchId" uuid NOT NULL,
        "fromStage" varchar(20),
        "toStage" varchar(20) NOT NULL,
        "reason" text,
        "changedById" uuid,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_match_stage_change" PRIMARY KEY ("id"),
        CONSTRAINT "FK_match_stage_change_match" FOREIGN KEY ("matchId") REFERENCES "match"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_match_stage_change_user" FOREIGN KEY ("changedById") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "IDX_match_stage_change_match" ON "match_stage_change" ("matchId", "createdAt")`);

    await q.query(`
      CREATE TABLE "placement" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "matchId" uuid NOT NULL,
        "roleId" uuid NOT NULL,
        "candidateId" uuid NOT NULL,
        "startDate" date NOT NULL,
        "endDate" date,
        "rateMinor" integer NOT NULL,
        "currency" char(3) NOT NULL,
        "allocation" smallint NOT NULL,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_placement" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_placement_match" UNIQUE ("matchId"),
        CONSTRAINT "CHK_placement_dates" CHECK ("endDate" IS NULL OR "endDate" >= "startDate"),
        CONSTRAINT "CHK_placement_rate" CHECK ("rateMinor" >= 0),
        CONSTRAINT "FK_placement_match" FOREIGN KEY ("matchId") REFERENCES "match"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_placement_role" FOREIGN KEY ("roleId") REFERENCES "role"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_placement_candidate" FOREIGN KEY ("candidateId") REFERENCES "candidate"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_placement_candidate_window" ON "placement" ("candidateId", "startDate", "endDate")`);
    await q.query(`CREATE INDEX "IDX_placement_role" ON "placement" ("roleId")`);
    await q.query(`CREATE INDEX "IDX_placement_start" ON "placement" ("startDate")`);
    await q.query(`CREATE INDEX "IDX_placement_created" ON "placement" ("createdAt")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "placement"`);
    await q.query(`DROP TABLE "match_stage_change"`);
    await q.query(`DROP TABLE "match"`);
    await q.query(`DROP INDEX "IDX_role_status_rank"`);
    await q.query(`DROP INDEX "IDX_role_start"`);
    await q.query(`DROP INDEX "IDX_role_title"`);
    await q.query(`DROP INDEX "IDX_role_gap"`);
    await q.query(`ALTER TABLE "role" DROP CONSTRAINT "CHK_role_seniority", DROP CONSTRAINT "CHK_role_overlap", DROP CONSTRAINT "CHK_role_budget"`);
    await q.query(`ALTER TABLE "role" DROP COLUMN "statusRank", DROP COLUMN "budgetMinMinor", DROP COLUMN "budgetMaxMinor", DROP COLUMN "currency", DROP COLUMN "minOverlapHours"`);
    await q.query(`DROP TABLE "candidate_note"`);
    await q.query(`DROP FUNCTION candidate_sync_skills(uuid[])`);
    await q.query(`DROP TABLE "candidate_skill"`);
    await q.query(`DROP TABLE "candidate"`);
    await q.query(`ALTER TABLE "skill" DROP CONSTRAINT "UQ_skill_no"`);
    await q.query(`ALTER TABLE "skill" DROP COLUMN "no"`);
  }
}
