#!/usr/bin/env node
// Fills a migrated database (skills seeded) with N synthetic candidates for the matching
// benchmark, in SQL, in batches: kinds, seniorities, time zones, availability, consent, rates,
// and ~50 skills each with a realistic skew (a few skills in 9 of 10 CVs, most in well under 1 in
// 10; levels 1–5 mostly 2–3). Deterministic in shape, not in values (Postgres' random()).
//
// Used by bench/matching.mjs; on its own: node bench/gen-candidates.mjs N [DATABASE_URL]
// (BENCH_GEN_CONNECTIONS: loading sessions, default one per core)
//
// Speed (36 min for 1M before; most of it was keeping candidate_skill's 50M-row indexes in step
// with random uuids, row by row): every index of candidate and candidate_skill except candidate's
// primary key is dropped during the load, candidate_skill's keys and foreign keys included, and
// re-created from their own definitions afterwards (pg_indexes, pg_get_constraintdef) in one
// sort each; candidate_skill is UNLOGGED while it loads (no WAL for 10 GB of rows; SET LOGGED
// writes it once at the end). Triggers are skipped for the loading session (every id comes from
// the same statement), and matching's arrays (skillLevels, skillTokens) are written with the rows
// instead of calling candidate_sync_skills per batch; matching's narrow copy (candidate_match,
// whose triggers were skipped) is filled after the load in one statement from its view. A sample is
// then checked against candidate_sync_skills itself (same definition), and the copy against the view.
import pg from 'pg';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';

/** Skills most CVs name, most common first; the rest of the taxonomy follows in a fixed pseudo-random order. */
const COMMON = [
  'Git', 'SQL', 'Docker', 'Python', 'AWS', 'Linux', 'TypeScript', 'JavaScript', 'Kubernetes', 'CI/CD', 'Java', 'Terraform', 'React', 'PostgreSQL',
  'API design', 'Agile delivery', 'Microservices', 'Code review', 'Node.js', 'Scrum', 'Test automation', 'Azure', 'Observability', 'Go',
  'Data engineering', 'Spring Boot', 'GitHub Actions', 'Technical leadership', 'Mentoring', 'Stakeholder management',
];

const FIRST = ['Anna', 'Ben', 'Carla', 'David', 'Elena', 'Felix', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Karin', 'Lars', 'Maria', 'Nikhil', 'Olga', 'Pedro', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wim', 'Xenia', 'Yusuf', 'Zofia', 'Arjun', 'Priyanka', 'Mateo', 'Chloe', 'Emma', 'Liam', 'Noah', 'Mia', 'Lucas', 'Sofia', 'Aiden', 'Ravi', 'Meera', 'Tomasz'];
const LAST = ['Smith', 'Müller', 'García', 'Rossi', 'Novak', 'Jansen', 'Dubois', 'Kowalski', 'Nielsen', 'Silva', 'Murphy', 'Papadopoulos', 'Popescu', 'Horvat', 'Berg', 'Sharma', 'Iyer', 'Patel', 'Johnson', 'Williams', 'Brown', 'Lee', 'Martin', 'Schmidt', 'Fischer', 'Weber', 'Lopez', 'Costa', 'Andersen', 'Walsh'];
/** [IANA zone, weight, city]: Europe ~60 %, US ~25 %, India ~15 %. */
const ZONES = [
  ['Europe/London', 12, 'London'], ['Europe/Dublin', 3, 'Dublin'], ['Europe/Lisbon', 3, 'Lisbon'], ['Europe/Berlin', 10, 'Berlin'], ['Europe/Amsterdam', 5, 'Amsterdam'],
  ['Europe/Paris', 6, 'Paris'], ['Europe/Madrid', 5, 'Madrid'], ['Europe/Stockholm', 3, 'Stockholm'], ['Europe/Warsaw', 6, 'Warsaw'], ['Europe/Prague', 3, 'Prague'],
  ['Europe/Bucharest', 4, 'Bucharest'], ['Europe/Athens', 2, 'Athens'], ['Europe/Rome', 3, 'Milan'], ['America/New_York', 10, 'New York'], ['America/Chicago', 5, 'Chicago'],
  ['America/Denver', 2, 'Denver'], ['America/Los_Angeles', 6, 'San Francisco'], ['Asia/Kolkata', 12, 'Bengaluru'],
];
const TAGS = ['remote-only', 'open-to-travel', 'referral', 'alumni', 'hybrid', 'mentor', 'security-cleared', 'speaks-german', 'speaks-french', 'speaks-spanish'];

/** Inclusion probability by popularity rank r (1-based): min(0.9, c / r^0.9), c chosen so the expected count is `perCandidate`. */
export function skillProbabilities(count, perCandidate) {
  const alpha = 0.9;
  const sum = (c) => Array.from({ length: count }, (_, i) => Math.min(0.9, c / (i + 1) ** alpha)).reduce((a, b) => a + b, 0);
  let lo = 0;
  let hi = 1000;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (sum(mid) < perCandidate) lo = mid;
    else hi = mid;
  }
  return Array.from({ length: count }, (_, i) => Math.min(0.9, lo / (i + 1) ** alpha));
}

function hash(s) {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

/**
 * Adds `n` candidates to the database `db` (a connected pg.Client) and returns what it did.
 * `offsets` maps each IANA zone to its standard UTC offset (standardUtcOffsetMinutes). The batches
 * run on `connections` sessions at once (default: one per core; each batch is one CPU-bound
 * statement, so one session leaves the other cores idle).
 */
export async function generateCandidates(db, n, { offsets, perCandidate = 50, batch = 50_000, connections = availableParallelism(), log = console.log } = {}) {
  const t0 = performance.now();
  const skills = (await db.query(`SELECT id, no, name FROM skill ORDER BY no`)).rows;
  if (skills.length < perCandidate) throw new Error(`only ${skills.length} skills in the taxonomy: seed it first`);
  const order = [...skills].sort((a, b) => {
    const ia = COMMON.indexOf(a.name);
    const ib = COMMON.indexOf(b.name);
    if (ia >= 0 || ib >= 0) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
    return hash(a.name) - hash(b.name);
  });
  const p = skillProbabilities(order.length, perCandidate);
  const popular = order.slice(0, 40).map((s) => s.name);

  // The loading sessions: this one and more of the same database.
  const sessions = [db];
  for (let i = 1; i < Math.max(1, Math.min(connections, Math.ceil(n / batch))); i++) {
    const extra = new pg.Client({ host: db.host, port: db.port, user: db.user, password: db.password, database: db.database });
    await extra.connect();
    sessions.push(extra);
  }
  let warned = false;
  for (const session of sessions) {
    await session.query(`SET synchronous_commit = off`);
    // Skip foreign-key triggers while loading (needs a superuser; without one the load is just slower).
    await session.query(`SET session_replication_role = replica`).catch(() => {
      if (!warned) log('  (not a superuser: foreign-key checks stay on, the load is slower)');
      warned = true;
    });
  }
  await db.query(`SET maintenance_work_mem = '512MB'`);
  // Read by every loading session, so not a temporary table.
  await db.query(`DROP TABLE IF EXISTS bench_pop`);
  await db.query(`CREATE UNLOGGED TABLE bench_pop (no int PRIMARY KEY, id uuid, p float8 NOT NULL)`);
  // Every number up to the highest skill.no, so the levels array is positional (gaps have p = 0).
  await db.query(
    `INSERT INTO bench_pop SELECT g, s.id, coalesce(x.p, 0) FROM generate_series(1, (SELECT max(no) FROM skill)) g
       LEFT JOIN skill s ON s.no = g LEFT JOIN jsonb_to_recordset($1::jsonb) AS x(no int, p float8) ON x.no = g`,
    [JSON.stringify(order.map((s, i) => ({ no: s.no, p: p[i] })))],
  );
  await db.query(`ANALYZE bench_pop`);

  const indexes = (
    await db.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('candidate', 'candidate_skill', 'candidate_match')
          AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    )
  ).rows;
  // candidate_skill's keys too: foreign keys first (dropped last-in, re-added after the keys).
  const constraints = (
    await db.query(
      `SELECT conname, contype, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE conrelid = 'candidate_skill'::regclass AND contype IN ('p', 'u', 'f') ORDER BY contype = 'f' DESC, conname`,
    )
  ).rows;
  for (const ix of indexes) await db.query(`DROP INDEX "${ix.indexname}"`);
  for (const c of constraints) await db.query(`ALTER TABLE candidate_skill DROP CONSTRAINT "${c.conname}"`);
  await db.query(`ALTER TABLE candidate_skill SET UNLOGGED`);

  const zoneSlots = ZONES.flatMap(([tz, weight, city]) => Array.from({ length: weight }, () => ({ tz, city, offset: offsets[tz] })));
  if (zoneSlots.some((z) => typeof z.offset !== 'number')) throw new Error('offsets must give every zone its standard UTC offset');
  const params = [
    zoneSlots.map((z) => z.tz), zoneSlots.map((z) => z.offset), zoneSlots.map((z) => z.city), FIRST, LAST, TAGS, popular,
  ];
  const [{ start }] = (await db.query(`SELECT count(*)::int AS start FROM candidate`)).rows;
  // Batches are handed out in order to whichever session is free.
  let next = 1;
  const load = async (session) => {
    for (let from = next; from <= n; from = next) {
      next = from + batch;
      const to = Math.min(n, from + batch - 1);
      const tb = performance.now();
      // One statement per batch: candidates with their skill arrays, then candidate_skill from the tokens.
      await session.query(
        `WITH base AS (
           SELECT g, random() AS rk, random() AS rs, floor(random() * array_length($1::text[], 1))::int + 1 AS z, random() AS ra,
                  random() AS rc, random() AS rr, random() AS rx, random() AS rf, random() AS rl
             FROM generate_series($8::int, $9::int) g
         ), c AS (
           SELECT b.*,
                  CASE WHEN rk < 0.15 THEN 'BENCH' WHEN rk < 0.35 THEN 'ASSOCIATE' WHEN rk < 0.70 THEN 'CONTRACTOR' ELSE 'PERMANENT_SEEKER' END AS kind,
                  CASE WHEN rs < 0.10 THEN 0 WHEN rs < 0.40 THEN 1 WHEN rs < 0.75 THEN 2 WHEN rs < 0.93 THEN 3 ELSE 4 END AS srank,
                  ($4::text[])[1 + floor(rf * array_length($4::text[], 1))::int] AS first, ($5::text[])[1 + floor(rl * array_length($5::text[], 1))::int] AS last
             FROM base b
         ), ins AS (
           INSERT INTO candidate (kind, name, email, phone, "profileUrl", location, "timeZone", "utcOffsetMinutes", seniority, "availableFrom", allocation,
                                  "dayRateMinor", "salaryMinor", currency, "cvText", "consentBasis", "consentGivenAt", "consentExpiresAt", "lastContactAt", tags,
                                  "skillLevels", "skillTokens")
           SELECT c.kind, c.first || ' ' || c.last, lower(c.first || '.' || c.last || '.' || ($10::int + c.g)) || '@example.com',
                  CASE WHEN rx < 0.3 THEN '+44 7700 ' || lpad(((c.g * 37) % 1000000)::text, 6, '0') END,
                  CASE WHEN rx > 0.8 THEN 'https://www.linkedin.example/in/' || lower(c.first || '-' || c.last) || '-' || ($10::int + c.g) END,
                  ($3::text[])[c.z], ($1::text[])[c.z], ($2::int[])[c.z],
                  (ARRAY['JUNIOR', 'MID', 'SENIOR', 'LEAD', 'PRINCIPAL'])[c.srank + 1],
                  current_date + floor(ra * ra * 90)::int,
                  CASE WHEN rr < 0.70 THEN 100 WHEN rr < 0.85 THEN 80 WHEN rr < 0.95 THEN 60 ELSE 50 END,
                  CASE WHEN c.kind <> 'PERMANENT_SEEKER' THEN (round(((ARRAY[55000, 65000, 80000, 95000, 110000])[c.srank + 1] + (rr - 0.5) * 20000) / 1000) * 1000)::int END,
                  CASE WHEN c.kind = 'PERMANENT_SEEKER' THEN (round(((ARRAY[5500000, 7000000, 9000000, 12000000, 15000000])[c.srank + 1] + (rr - 0.5) * 2000000) / 100000) * 100000)::int END,
                  'EUR',
                  format('%s engineer, %s years of experience, mostly %s, %s and %s.', (ARRAY['Junior', 'Mid-level', 'Senior', 'Lead', 'Principal'])[c.srank + 1],
                         1 + c.srank * 4 + (c.g % 4), ($7::text[])[1 + floor(random() * 40)::int], ($7::text[])[1 + floor(random() * 40)::int], ($7::text[])[1 + floor(random() * 40)::int]),
                  CASE WHEN c.kind = 'BENCH' THEN 'CONTRACT' ELSE 'CONSENT' END,
                  CASE WHEN rc < 0.05 THEN now() - interval '800 days' ELSE now() - rc * interval '700 days' END,
                  CASE WHEN c.kind = 'BENCH' AND rc >= 0.05 THEN NULL WHEN rc < 0.05 THEN now() - rc * interval '2000 days' ELSE now() - rc * interval '700 days' + interval '730 days' END,
                  now() - rx * interval '650 days',
                  CASE WHEN rx < 0.5 THEN ARRAY[($6::text[])[1 + c.g % array_length($6::text[], 1)]] ELSE '{}' END,
                  sk.levels, sk.tokens
             FROM c, LATERAL (
               SELECT coalesce((array_agg(CASE WHEN keep THEN lv ELSE 0 END ORDER BY no))[1:max(no) FILTER (WHERE keep)], '{}')::smallint[] AS levels,
                      coalesce(array_agg(no * 10 + lv ORDER BY no) FILTER (WHERE keep), '{}') AS tokens
                 FROM (
                   -- Levels 1–5 mostly 2–3, a little higher for senior people (the lateral is per candidate: it reads c.srank).
                   SELECT no, keep, CASE WHEN x < 0.12 THEN 1 WHEN x < 0.45 THEN 2 WHEN x < 0.77 THEN 3 WHEN x < 0.93 THEN 4 ELSE 5 END AS lv
                     FROM (SELECT p.no, random() < p.p AS keep, random() + (c.srank - 2) * 0.06 AS x FROM bench_pop p) r
                 ) s
             ) sk
           RETURNING id, "skillTokens"
         )
         INSERT INTO candidate_skill ("candidateId", "skillId", level)
         SELECT ins.id, p.id, (t % 10)::smallint FROM ins, unnest(ins."skillTokens") t JOIN bench_pop p ON p.no = t / 10`,
        [...params, from, to, start],
      );
      log(`  candidates ${to.toLocaleString('en')} / ${n.toLocaleString('en')}  (${((performance.now() - tb) / 1000).toFixed(1)} s for this batch)`);
    }
  };
  try {
    await Promise.all(sessions.map(load));
  } finally {
    for (const extra of sessions.slice(1)) await extra.end();
  }
  // Matching's narrow copy (candidate_match), whose triggers were skipped: in one pass from its view.
  const [{ narrow }] = (await db.query(`SELECT to_regclass('candidate_match') IS NOT NULL AS narrow`)).rows;
  if (narrow) {
    const tn = performance.now();
    await db.query(`INSERT INTO candidate_match SELECT s.* FROM candidate_match_source s WHERE NOT EXISTS (SELECT 1 FROM candidate_match m WHERE m.id = s.id)`);
    log(`  candidate_match filled (${((performance.now() - tn) / 1000).toFixed(1)} s)`);
  }
  const loaded = performance.now();
  const step = async (what, sql) => {
    const ts = performance.now();
    await db.query(sql);
    log(`  ${what} (${((performance.now() - ts) / 1000).toFixed(1)} s)`);
  };
  await step('candidate_skill SET LOGGED', `ALTER TABLE candidate_skill SET LOGGED`);
  for (const ix of indexes) await step(ix.indexname, ix.indexdef);
  for (const c of [...constraints].reverse()) await step(c.conname, `ALTER TABLE candidate_skill ADD CONSTRAINT "${c.conname}" ${c.def}`);
  const indexed = performance.now();
  await db.query(`SET session_replication_role = DEFAULT`).catch(() => {});
  await db.query(`VACUUM ANALYZE candidate`);
  await db.query(`VACUUM ANALYZE candidate_skill`);
  if (narrow) await db.query(`VACUUM ANALYZE candidate_match`);

  // The arrays must be exactly what candidate_sync_skills writes: check a sample, then undo.
  await db.query('BEGIN');
  await db.query(`CREATE TEMP TABLE bench_check ON COMMIT DROP AS SELECT id, "skillLevels", "skillTokens" FROM candidate TABLESAMPLE SYSTEM (1) LIMIT 500`);
  await db.query(`SELECT candidate_sync_skills(array(SELECT id FROM bench_check))`);
  const [{ checked, differ }] = (
    await db.query(
      `SELECT count(*)::int AS checked, count(*) FILTER (WHERE c."skillLevels" IS DISTINCT FROM k."skillLevels" OR c."skillTokens" IS DISTINCT FROM k."skillTokens")::int AS differ
         FROM bench_check k JOIN candidate c USING (id)`,
    )
  ).rows;
  // …and matching's narrow copy what its triggers write.
  const [{ stale }] = narrow
    ? (
        await db.query(
          `SELECT (SELECT count(*) FROM candidate) - (SELECT count(*) FROM candidate_match)
                  + (SELECT count(*) FROM bench_check k JOIN candidate_match m USING (id) JOIN candidate_match_source s USING (id) WHERE ROW(m.*) IS DISTINCT FROM ROW(s.*))::int AS stale`,
        )
      ).rows
    : [{ stale: 0 }];
  await db.query('ROLLBACK');
  if (Number(stale)) throw new Error(`candidate_match is out of step with the candidates (${stale} rows missing or different)`);
  if (differ) throw new Error(`${differ} of ${checked} sampled candidates have skill arrays that differ from candidate_sync_skills`);

  const [stats] = (
    await db.query(
      `SELECT (SELECT count(*) FROM candidate)::int AS candidates, (SELECT count(*) FROM candidate_skill)::bigint AS skills,
              pg_size_pretty(pg_total_relation_size('candidate')) AS candidate_size, pg_size_pretty(pg_total_relation_size('candidate_skill')) AS skill_size`,
    )
  ).rows;
  await db.query(`DROP TABLE bench_pop`);
  return {
    ...stats,
    skills: Number(stats.skills),
    sampleChecked: checked,
    loadSeconds: (loaded - t0) / 1000,
    indexSeconds: (indexed - loaded) / 1000,
    totalSeconds: (performance.now() - t0) / 1000,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 100_000);
  const db = new pg.Client({ connectionString: process.argv[3] ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/orchestra_bench_match' });
  await db.connect();
  const { standardUtcOffsetMinutes } = await import('@orchestra/shared');
  const offsets = Object.fromEntries(ZONES.map(([tz]) => [tz, standardUtcOffsetMinutes(tz)]));
  console.log(await generateCandidates(db, n, { offsets, connections: Number(process.env.BENCH_GEN_CONNECTIONS ?? availableParallelism()) }));
  await db.end();
}

export { ZONES };
