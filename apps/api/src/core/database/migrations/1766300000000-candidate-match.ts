import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The candidate columns matching reads, copied as they are, in the table's column order. */
const COPIED = ['name', 'kind', 'availableFrom', 'allocation', 'utcOffsetMinutes', 'seniorityRank', 'dayRateMinor', 'salaryMinor', 'currency', 'consentGivenAt', 'consentExpiresAt'];
const quoted = COPIED.map((c) => `"${c}"`).join(', ');

/**
 * Matching's narrow copy of the candidate (`candidate_match`, one row per candidate, ~230 bytes
 * against ~1.2 kB): what the hard constraints and the score read, and nothing else. At a million
 * candidates matching reads most of the pool's pages whatever the role (the eligible are spread
 * over all of them), so the bytes per candidate set the time; this table is what it scans.
 *
 * `skillLevels` is a bytea of nibbles: skill.no n's level (0 = not held) is the high half of byte
 * (n − 1) / 2 when n is odd, the low half when n is even — the candidate's positional smallint[]
 * read as hexadecimal digits (levels are 1–5). One get_byte() and a shift per required skill, for
 * a quarter of the array's bytes. No index: every query is a (parallel) sequential scan.
 *
 * Kept in step by triggers on the candidate, so every writer (the candidate service,
 * candidate_sync_skills, imports, merges, SQL fixes) updates it in the same transaction; a deleted
 * candidate's row goes with it (ON DELETE CASCADE). A bulk load that skips triggers
 * (session_replication_role = replica, as bench/gen-candidates.mjs does) fills it afterwards from
 * the view `candidate_match_source` in one statement.
 */
export class CandidateMatch1766300000000 implements MigrationInterface {
  name = 'CandidateMatch1766300000000';

  async up(q: QueryRunner): Promise<void> {
    // smallint[] (positional, 0 = none) → its digits as hex nibbles, padded to whole bytes; in C, one pass.
    await q.query(`
      CREATE FUNCTION skill_levels_bytes(levels smallint[]) RETURNS bytea LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
        SELECT decode(d || repeat('0', length(d) % 2), 'hex') FROM array_to_string(levels, '') AS d
      $$`);
    await q.query(`
      CREATE TABLE "candidate_match" (
        "id" uuid NOT NULL,
        "name" varchar(200) NOT NULL,
        "kind" varchar(20) NOT NULL,
        "availableFrom" date NOT NULL,
        "allocation" smallint NOT NULL,
        "utcOffsetMinutes" smallint NOT NULL,
        "seniorityRank" smallint NOT NULL,
        "dayRateMinor" integer,
        "salaryMinor" integer,
        "currency" char(3) NOT NULL,
        "consentGivenAt" timestamptz,
        "consentExpiresAt" timestamptz,
        "skillLevels" bytea NOT NULL,
        CONSTRAINT "PK_candidate_match" PRIMARY KEY ("id"),
        CONSTRAINT "FK_candidate_match_candidate" FOREIGN KEY ("id") REFERENCES "candidate"("id") ON DELETE CASCADE
      )`);
    // The one definition of a candidate's matching row: the triggers and any bulk fill read it.
    await q.query(`CREATE VIEW "candidate_match_source" AS SELECT "id", ${quoted}, skill_levels_bytes("skillLevels") AS "skillLevels" FROM "candidate"`);
    await q.query(`
      CREATE FUNCTION candidate_match_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "candidate_match" SELECT * FROM "candidate_match_source" WHERE "id" = NEW."id"
        ON CONFLICT ("id") DO UPDATE SET ${[...COPIED, 'skillLevels'].map((c) => `"${c}" = EXCLUDED."${c}"`).join(', ')};
        RETURN NULL;
      END
      $$`);
    await q.query(`CREATE TRIGGER "TRG_candidate_match_insert" AFTER INSERT ON "candidate" FOR EACH ROW EXECUTE FUNCTION candidate_match_sync()`);
    // Only when something matching reads changed (not on a note of last contact, a tag or the CV).
    await q.query(`
      CREATE TRIGGER "TRG_candidate_match_update" AFTER UPDATE ON "candidate" FOR EACH ROW
        WHEN ((${COPIED.map((c) => `OLD."${c}"`).join(', ')}, OLD."skillLevels") IS DISTINCT FROM (${COPIED.map((c) => `NEW."${c}"`).join(', ')}, NEW."skillLevels"))
        EXECUTE FUNCTION candidate_match_sync()`);
    // The whole pool in one pass.
    await q.query(`INSERT INTO "candidate_match" SELECT * FROM "candidate_match_source"`);
    // Matching no longer asks the candidate's GIN over skillTokens (nothing else does): every
    // candidate write and bulk load stops paying for it.
    await q.query(`DROP INDEX "IDX_candidate_skill_tokens"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_candidate_skill_tokens" ON "candidate" USING GIN ("skillTokens")`);
    await q.query(`DROP TRIGGER "TRG_candidate_match_update" ON "candidate"`);
    await q.query(`DROP TRIGGER "TRG_candidate_match_insert" ON "candidate"`);
    await q.query(`DROP FUNCTION candidate_match_sync()`);
    await q.query(`DROP VIEW "candidate_match_source"`);
    await q.query(`DROP TABLE "candidate_match"`);
    await q.query(`DROP FUNCTION skill_levels_bytes(smallint[])`);
  }
}
