import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role, daysFromToday } from '@orchestra/shared';
import fc from 'fast-check';
import { DEMO_USERS } from '../src/seed/demo-data.js';
import { openAssessmentWithResponses } from './support/assessment-fixture.js';
import { fuzzCases, fuzzOperations, toJson, type FuzzCase, type IdPool } from './support/fuzz-cases.js';
import { TestApi, type GqlResult } from './support/harness.js';
import { createCandidate, skillIds } from './support/talent-fixture.js';

/**
 * Schema-driven fuzzing of every mutation and every query with arguments, against a
 * production-mode API: no input may answer INTERNAL or 5xx, leak a stack trace or SQL, or write
 * a row when it is refused. Seeded: the seed is printed, and FUZZ_SEED replays a run. FUZZ_RUNS
 * and FUZZ_TIME_MS bound it (by default about a minute); `npm run bench:fuzz` runs it longer.
 */

const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 3000);
const TIME_MS = Number(process.env['FUZZ_TIME_MS'] ?? 60_000);
/** Destructive requests that succeed (deletes, merges) use up the demo data: re-seed this often. */
const RESET_EVERY = Number(process.env['FUZZ_RESET_EVERY'] ?? 500);

/** Open to anyone (@Public()): sent without a token, each from its own address. */
const PUBLIC_OPERATIONS = new Set(['login', 'refreshSession', 'logout', 'setPassword', 'requestPasswordReset', 'invitationByToken', 'saveResponseDraft', 'submitResponse']);

/** Writes a refusal makes by design: a failed sign-in is audited. */
const REFUSAL_WRITES: Readonly<Record<string, readonly string[]>> = { login: ['audit_event'] };

/**
 * What no message may contain: a stack frame or SQL. A constraint counts when named (`constraint "…"`,
 * TypeORM's generated names), not the bare word: `constraint` is also an argument of excludedCandidates.
 */
const LEAK = /\bat .*\.js:|SELECT |INSERT |UPDATE .* SET|violates|constraint "|\b(PK|FK|UQ|IDX|REL|CHK)_[0-9a-f]{10,}|relation "|column "/;

interface Finding {
  operation: string;
  problem: string;
  message?: string;
  variables: string;
}

describe('Fuzzing every mutation and query with schema-generated arguments (production mode)', () => {
  let api: TestApi;
  let adminToken = '';
  const pool: IdPool = { byType: new Map(), all: [] };
  let types: string[] = [];

  /** Every committed row change of the public tables, counted by triggers (a rolled-back write leaves no trace). */
  // Only the API's own sessions count: a process of another test file sharing the database (a
  // worker left running) must not pass for a write by a refused request.
  const writes = async (): Promise<number> =>
    Number((await api.dataSource.query(`SELECT coalesce(max(id), 0) AS n FROM fuzz.writes WHERE app = current_setting('application_name')`))[0].n);

  /** The demo seed plus a record of every kind the operations look up, so real ids reach the services. */
  const reseed = async () => {
    const seeded = await api.resetDb();
    const admin = DEMO_USERS.find((u) => u.role === Role.ADMIN)!;
    adminToken = (await api.login(admin.email, admin.password)).data!.login.accessToken;
    const { engagementId } = await openAssessmentWithResponses(api, seeded);
    const candidate = await createCandidate(api, { name: 'Ana Fuzz', skills: { Python: 4, 'Apache Airflow': 3 } });
    const [python] = await skillIds(api.dataSource, 'Python');
    const must = (res: GqlResult) => {
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!;
    };
    const role = must(
      await api.gql(
        `mutation($e: ID!, $s: [RequiredSkillInput!]!, $d: String) { createRole(engagementId: $e, title: "Data engineer", optionType: AUGMENTATION, requiredSkills: $s, seniority: SENIOR, startDate: $d) { id } }`,
        { e: engagementId, s: [{ skillId: python, minLevel: 3, mustHave: true, weight: 2 }], d: daysFromToday(14) },
        { token: adminToken },
      ),
    ) as { createRole: { id: string } };
    must(await api.gql(`mutation($r: ID!, $c: ID!) { shortlistCandidate(roleId: $r, candidateId: $c) { id } }`, { r: role.createRole.id, c: candidate.id }, { token: adminToken }));
    must(
      await api.gql(`mutation($c: ID!) { createContact(clientId: $c, name: "Cy Contact", email: "cy@northwind.example") { id } }`, { c: seeded.clientId }, { token: adminToken }),
    );
    must(
      await api.gql(
        `mutation($e: ID!) { createDecisionRecord(engagementId: $e, title: "Pipelines first", context: "Nightly breaks", decision: "Fix CI", reversibility: TWO_WAY) { id } }`,
        { e: engagementId },
        { token: adminToken },
      ),
    );
    pool.byType.clear();
    for (const meta of api.dataSource.entityMetadatas) {
      if (!meta.primaryColumns.some((c) => c.propertyName === 'id' && c.type === 'uuid')) continue;
      const rows: { id: string }[] = await api.dataSource.query(`SELECT id FROM "${meta.tableName}" ORDER BY random() LIMIT 20`);
      // The fuzzer's own account stays: editing or deleting it would end the run's session.
      pool.byType.set(meta.name, rows.map((r) => r.id).filter((id) => id !== seeded.users.ADMIN));
    }
    pool.all = [...pool.byType.values()].flat();
  };

  beforeAll(async () => {
    // Production messages (SMTP is required in production; nothing is sent here).
    api = await TestApi.start({ NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:2525' });
    types = api.dataSource.entityMetadatas.map((m) => m.name);
    const tables: { tablename: string }[] = await api.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`);
    await api.dataSource.query(`
      CREATE SCHEMA fuzz;
      CREATE TABLE fuzz.writes (id bigserial PRIMARY KEY, tbl text NOT NULL, app text NOT NULL DEFAULT current_setting('application_name'));
      CREATE FUNCTION fuzz.log_write() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO fuzz.writes (tbl) VALUES (TG_TABLE_NAME); RETURN NULL; END $$;
      ${tables.map((t) => `CREATE TRIGGER fuzz_log_write AFTER INSERT OR UPDATE OR DELETE ON "${t.tablename}" FOR EACH ROW EXECUTE FUNCTION fuzz.log_write();`).join('\n')}`);
    await reseed();
  });

  afterAll(async () => {
    // The database is shared with the other test files of the run: leave no trigger behind.
    await api.dataSource.query(`DROP SCHEMA fuzz CASCADE`);
    await api.close();
  });

  it('answers every generated request without INTERNAL, 5xx, a leak or a write by a refused request', async () => {
    console.log(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED}), up to ${RUNS} requests or ${TIME_MS / 1000} s`);
    const ops = fuzzOperations(api.app.get(GraphQLSchemaHost).schema, PUBLIC_OPERATIONS);
    const byCode = new Map<string, number>();
    const findings: Finding[] = [];
    let sent = 0;

    const send = async (c: FuzzCase): Promise<GqlResult> => {
      const body = `{"query":${JSON.stringify(c.document)},"variables":${toJson(c.variables)}}`;
      return c.op.public ? api.raw(body, { ip: api.nextIp() }) : api.raw(body, { token: adminToken });
    };

    const property = fc.asyncProperty(fuzzCases(ops, pool, types), async (c) => {
      if (sent > 0 && sent % RESET_EVERY === 0) await reseed();
      sent++;
      const before = await writes();
      const res = await send(c);
      const refused = !!res.errors?.length;
      const after = refused ? await writes() : before;
      const code = res.errors?.[0]?.extensions.code ?? 'OK';
      byCode.set(code, (byCode.get(code) ?? 0) + 1);
      const found = (problem: string, message?: string) =>
        findings.push({ operation: c.op.name, problem, message: message?.slice(0, 300), variables: toJson(c.variables).slice(0, 300) });
      if (res.status >= 500) found(`HTTP ${res.status}`);
      for (const e of res.errors ?? []) {
        if (e.extensions.code === 'INTERNAL') found('INTERNAL', e.message);
        if (LEAK.test(e.message)) found('stack trace or SQL in the message', e.message);
      }
      if (refused && after !== before) {
        const tables = ((await api.dataSource.query(`SELECT DISTINCT tbl FROM fuzz.writes WHERE id > $1 AND app = current_setting('application_name')`, [before])) as { tbl: string }[]).map((t) => t.tbl);
        const unexpected = tables.filter((t) => !REFUSAL_WRITES[c.op.name]?.includes(t));
        if (unexpected.length) found(`refused (${code}) but wrote to ${unexpected.join(', ')}`, res.errors![0]!.message);
      }
    });
    await fc.assert(property, { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: TIME_MS || undefined, markInterruptAsFailure: false });

    const counts = [...byCode.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`);
    console.log(`fuzz: ${sent} requests over ${ops.length} operations; by code: ${counts.join(', ')}; findings: ${findings.length}`);
    expect(sent).toBeGreaterThan(0);
    expect(findings).toEqual([]);
  }, (Number(process.env['FUZZ_TIME_MS'] ?? 60_000) || 3_600_000) + 120_000);
});
