import { describe, expect, it, jest } from '@jest/globals';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { OutboxEventType, Role, daysFromNow, daysFromToday } from '@orchestra/shared';
import type { Redis } from 'ioredis';
import { REDIS } from '../src/core/redis/redis.module.js';
import { CandidateRightsService } from '../src/modules/candidate/candidate-rights.service.js';
import { codeOf, useTestApi, type TestApi } from './support/harness.js';
import { CANDIDATE_FIELDS, CREATE_CANDIDATE, createCandidate, skillIds, submitMatch } from './support/talent-fixture.js';

const GET = `query($id: ID!) { Candidate(id: $id) { ${CANDIDATE_FIELDS} notes { body author { name } } } }`;
const LIST = `query($filter: CandidateFilter, $sortField: String, $sortOrder: String) {
  allCandidates(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: 100) { name } _allCandidatesMeta(filter: $filter) { count } }`;
const UPDATE = `mutation($id: ID!, $name: String, $seniority: Seniority, $skills: [CandidateSkillInput!], $timeZone: String) {
  updateCandidate(id: $id, name: $name, seniority: $seniority, skills: $skills, timeZone: $timeZone) { ${CANDIDATE_FIELDS} } }`;
const IMPORT = `mutation($csv: String!, $dryRun: Boolean, $onlyLines: [Int!], $allowDuplicates: Boolean) {
  importCandidates(csv: $csv, dryRun: $dryRun, onlyLines: $onlyLines, allowDuplicates: $allowDuplicates) { accepted rejected dryRun rows { line status name candidateId duplicateOfId reasons } rejectedCsv } }`;
const TEMPLATE = `query { candidateCsvTemplate }`;
type ImportReport = { accepted: number; rejected: number; dryRun: boolean; rows: { line: number; status: string; name: string | null; candidateId: string | null; duplicateOfId: string | null; reasons: string[] }[]; rejectedCsv: string | null };
const EXPORT_CSV = `query($filter: CandidateFilter) { exportCandidatesCsv(filter: $filter) }`;
const ERASE = `mutation($id: ID!, $reason: String!) { eraseCandidate(id: $id, reason: $reason) { candidateId erasedAt } }`;
const MERGE = `mutation($keepId: ID!, $mergeId: ID!) { mergeCandidates(keepId: $keepId, mergeId: $mergeId) { ${CANDIDATE_FIELDS} notes { body } } }`;
const NOTE = `mutation($candidateId: ID!, $body: String!) { addCandidateNote(candidateId: $candidateId, body: $body) { id body author { name } } }`;
const DUPES = `query($id: ID!) { candidateDuplicates(id: $id) { candidate { name } reasons } }`;
const EXPORT_DATA = `query($id: ID!) { exportCandidateData(id: $id) }`;

const base = {
  kind: 'CONTRACTOR',
  name: 'Greta Hansen',
  email: 'Greta.Hansen@Example.com',
  phone: '+49 (30) 1234-5678',
  profileUrl: 'https://www.linkedin.com/in/greta-hansen/',
  location: 'Berlin',
  timeZone: 'Europe/Berlin',
  seniority: 'LEAD',
  availableFrom: '2027-01-11',
  allocation: 80,
  dayRateMinor: 85000,
  currency: 'EUR',
  cvText: 'Platform engineer: Kubernetes operators, Terraform modules, incident command for a payments company.',
  consentBasis: 'CONSENT',
  consentGivenAt: '2026-11-01T09:00:00.000Z',
  consentExpiresAt: '2027-11-01T09:00:00.000Z',
  lastContactAt: '2026-11-20T10:00:00.000Z',
  tags: ['platform', 'payments', 'platform'],
};

async function redisDump(api: TestApi): Promise<string> {
  const redis = api.app.get<Redis>(REDIS);
  const keys = await redis.keys(`${api.config.QUEUE_PREFIX}*`);
  const parts: string[] = [];
  for (const key of keys) {
    const type = await redis.type(key);
    if (type === 'string') parts.push(String(await redis.get(key)));
    else if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
    else if (type === 'list') parts.push(JSON.stringify(await redis.lrange(key, 0, -1)));
    else if (type === 'set') parts.push(JSON.stringify(await redis.smembers(key)));
    else if (type === 'zset') parts.push(JSON.stringify(await redis.zrange(key, 0, -1)));
    else if (type === 'stream') parts.push(JSON.stringify(await redis.xrange(key, '-', '+')));
  }
  return parts.join('\n');
}

/** Every text column of every table, as one string per row, where `needle` occurs. */
async function rowsMentioning(api: TestApi, needle: string): Promise<string[]> {
  const tables = (await api.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)) as { tablename: string }[];
  const hits: string[] = [];
  for (const { tablename } of tables) {
    const rows = (await api.dataSource.query(`SELECT t::text AS row FROM "${tablename}" t WHERE t::text ILIKE $1`, [`%${needle}%`])) as { row: string }[];
    hits.push(...rows.map((r) => `${tablename}: ${r.row}`));
  }
  return hits;
}

describe('Candidates: the talent pool', () => {
  const ctx = useTestApi();
  const create = (vars: Record<string, unknown>, as: Role = Role.RECRUITER) => ctx.api.gql<{ createCandidate: Record<string, unknown> & { id: string } }>(CREATE_CANDIDATE, vars, { as });

  it('creates a candidate with skills, normalised e-mail and tags, and tells matching through the outbox', async () => {
    const [k8s, tf] = await skillIds(ctx.api.dataSource, 'Kubernetes', 'Terraform');
    const res = await create({ ...base, skills: [{ skillId: tf, level: 3 }, { skillId: k8s, level: 5, evidence: 'Ran 40 clusters' }] });
    expect(res.errors).toBeUndefined();
    const c = res.data!.createCandidate;
    expect(c).toMatchObject({ email: 'greta.hansen@example.com', seniority: 'LEAD', consentValid: true, tags: ['platform', 'payments'], allocation: 80, dayRateMinor: 85000 });
    // Strongest skill first.
    expect(c['skills']).toEqual([
      { skillId: k8s, level: 5, evidence: 'Ran 40 clusters', skill: { name: 'Kubernetes' } },
      { skillId: tf, level: 3, evidence: null, skill: { name: 'Terraform' } },
    ]);
    const [row] = await ctx.api.dataSource.query(`SELECT "utcOffsetMinutes", "skillTokens", "phoneDigits", "profileKey" FROM candidate WHERE id = $1`, [c.id]);
    expect(row.utcOffsetMinutes).toBe(60);
    expect(row.phoneDigits).toBe('493012345678');
    expect(row.profileKey).toBe('linkedin.com/in/greta-hansen');
    const [{ no: k8sNo }] = await ctx.api.dataSource.query(`SELECT no FROM skill WHERE id = $1`, [k8s]);
    expect(row.skillTokens).toContain(k8sNo * 10 + 5);
    const events = await ctx.api.dataSource.query(`SELECT payload FROM outbox_event WHERE type = $1`, [OutboxEventType.CANDIDATE_CHANGED]);
    expect(events).toEqual([{ payload: { candidateId: c.id } }]);
  });

  it('refuses bad input naming each field, and writes nothing', async () => {
    const [k8s] = await skillIds(ctx.api.dataSource, 'Kubernetes');
    const cases: [Record<string, unknown>, string][] = [
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ skills: [{ skillId: k8s, level: 6 }] }, 'skills.0.level'],
      [{ skills: [{ skillId: '00000000-0000-4000-8000-000000000000', level: 3 }] }, 'skills'],
      [{ skills: [{ skillId: k8s, level: 3 }, { skillId: k8s, level: 4 }] }, 'skills'],
      [{ consentExpiresAt: '2026-10-01T00:00:00.000Z' }, 'consentExpiresAt'],
      [{ email: 'not-an-email' }, 'email'],
      [{ availableFrom: '11/01/2027' }, 'availableFrom'],
      [{ allocation: 120 }, 'allocation'],
      [{ currency: 'euro' }, 'currency'],
      [{ profileUrl: 'javascript:alert(1)' }, 'profileUrl'],
    ];
    for (const [bad, field] of cases) {
      const res = await create({ ...base, ...bad });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors![0]!.extensions.fields ?? {})).toContain(field);
    }
    expect(await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM candidate`)).toEqual([{ n: 0 }]);
  });

  it('detects likely duplicates (e-mail, phone, profile URL, similar name in the same place) and creates one only when told to', async () => {
    const first = (await create(base)).data!.createCandidate;
    const probes: [Record<string, unknown>, string][] = [
      [{ name: 'Someone Else', email: 'GRETA.HANSEN@example.com', phone: null, profileUrl: null }, 'same e-mail'],
      [{ name: 'Someone Else', email: 'other@example.com', phone: '+49 30 12345678', profileUrl: null }, 'same phone'],
      [{ name: 'Someone Else', email: 'other@example.com', phone: null, profileUrl: 'http://linkedin.com/in/greta-hansen' }, 'same profile URL'],
      [{ name: 'Greta Hanssen', email: 'g.h@another.example', phone: null, profileUrl: null }, 'similar name in the same location'],
    ];
    for (const [probe, reason] of probes) {
      const res = await create({ ...base, ...probe });
      expect(codeOf(res)).toBe('CONFLICT');
      const ext = res.errors![0]!.extensions as unknown as { reason: string; duplicates: { id: string; name: string; reasons: string[] }[] };
      expect(ext.reason).toBe('DUPLICATE_CANDIDATE');
      expect(ext.duplicates).toEqual([{ id: first.id, name: 'Greta Hansen', reasons: [reason] }]);
    }
    // Same name elsewhere is a different person.
    expect((await create({ ...base, email: 'greta@elsewhere.example', phone: null, profileUrl: null, location: 'Oslo' })).errors).toBeUndefined();
    const second = await create({ ...base, name: 'Greta Hansen-Berg', allowDuplicate: true });
    expect(second.errors).toBeUndefined();
    const dupes = await ctx.api.gql<{ candidateDuplicates: { candidate: { name: string }; reasons: string[] }[] }>(DUPES, { id: first.id }, { as: Role.RECRUITER });
    expect(dupes.data!.candidateDuplicates).toEqual([{ candidate: { name: 'Greta Hansen-Berg' }, reasons: ['same e-mail', 'same phone', 'same profile URL', 'similar name in the same location'] }]);
  });

  it("filters the pool the way a recruiter searches it", async () => {
    await createCandidate(ctx.api, { name: 'Ana Kube', kind: 'BENCH', skills: { Kubernetes: 4, Go: 3 }, availableFrom: daysFromToday(3), dayRateMinor: 70000, cvText: 'Built operators for payments', tags: ['sre'] });
    await createCandidate(ctx.api, { name: 'Ben Low', kind: 'CONTRACTOR', skills: { Kubernetes: 2 }, availableFrom: daysFromToday(40), dayRateMinor: 95000, timeZone: 'America/New_York', seniority: 'MID' });
    await createCandidate(ctx.api, { name: 'Cleo Gone', kind: 'PERMANENT_SEEKER', skills: { Python: 5 }, consent: 'expired', salaryMinor: 9000000, seniority: 'PRINCIPAL' });
    const [k8s] = await skillIds(ctx.api.dataSource, 'Kubernetes');
    const names = async (filter: Record<string, unknown>, sort: Record<string, string> = {}) => {
      const res = await ctx.api.gql<{ allCandidates: { name: string }[]; _allCandidatesMeta: { count: number } }>(LIST, { filter, ...sort }, { as: Role.RECRUITER });
      expect(res.errors).toBeUndefined();
      expect(res.data!._allCandidatesMeta.count).toBe(res.data!.allCandidates.length);
      return res.data!.allCandidates.map((c) => c.name);
    };
    expect(await names({ skillId: k8s })).toEqual(['Ana Kube', 'Ben Low']);
    expect(await names({ skillId: k8s, skillMinLevel: 3 })).toEqual(['Ana Kube']);
    expect(await names({ kind: 'CONTRACTOR' })).toEqual(['Ben Low']);
    expect(await names({ availableBy: daysFromToday(10) })).toEqual(['Ana Kube', 'Cleo Gone']);
    expect(await names({ dayRateMinor_gte: 80000 })).toEqual(['Ben Low']);
    expect(await names({ dayRateMinor_lte: 80000 })).toEqual(['Ana Kube']);
    expect(await names({ timeZone: 'America/New_York' })).toEqual(['Ben Low']);
    expect(await names({ consentValid: true })).toEqual(['Ana Kube', 'Ben Low']);
    expect(await names({ consentValid: false })).toEqual(['Cleo Gone']);
    expect(await names({ cv: 'operators payments' })).toEqual(['Ana Kube']);
    expect(await names({ cv: 'payme' })).toEqual(['Ana Kube']);
    expect(await names({ q: 'ben' })).toEqual(['Ben Low']);
    expect(await names({ tag: 'sre' })).toEqual(['Ana Kube']);
    expect(await names({}, { sortField: 'seniority', sortOrder: 'DESC' })).toEqual(['Cleo Gone', 'Ana Kube', 'Ben Low']);
    expect(codeOf(await ctx.api.gql(LIST, { filter: { skillMinLevel: 9 } }, { as: Role.RECRUITER }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ctx.api.gql(LIST, { sortField: 'cvText' }, { as: Role.RECRUITER }))).toBe('BAD_USER_INPUT');
  });

  it('lists candidates with their skills and each skill in a constant number of SQL statements', async () => {
    const { api } = ctx;
    const [k8s, tf] = await skillIds(api.dataSource, 'Kubernetes', 'Terraform');
    await api.dataSource.query(
      `INSERT INTO candidate (kind, name, email, "timeZone", "utcOffsetMinutes", seniority, "availableFrom", "consentBasis")
       SELECT 'CONTRACTOR', 'Pool ' || lpad(i::text, 3, '0'), 'pool' || i || '@example.com', 'Europe/Berlin', 60, 'SENIOR', '2027-01-04', 'CONSENT'
         FROM generate_series(1, 100) AS i`,
    );
    await api.dataSource.query(
      `INSERT INTO candidate_skill ("candidateId", "skillId", level) SELECT id, $1::uuid, 4 FROM candidate WHERE name LIKE 'Pool %'
       UNION ALL SELECT id, $2::uuid, 2 FROM candidate WHERE name LIKE 'Pool %'`,
      [k8s, tf],
    );
    const token = await api.tokenFor(Role.RECRUITER);
    // The user check is cached after a token's first request (UserAccess): count the steady state.
    await api.gql(`{ me { id } }`, {}, { token });
    type Page = { allCandidates: { name: string; skills: { level: number; skill: { id: string; name: string; category: string } }[] }[] };
    const statements = async (perPage: number) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      const res = await api.gql<Page>(
        `query($perPage: Int) { allCandidates(perPage: $perPage, sortField: "name") { name skills { level skill { id name category } } } }`,
        { perPage },
        { token },
      );
      const n = spy.mock.calls.length;
      spy.mockRestore();
      expect(res.errors).toBeUndefined();
      expect(res.data!.allCandidates).toHaveLength(perPage);
      expect(res.data!.allCandidates[0]).toEqual({
        name: 'Pool 001',
        skills: [
          { level: 4, skill: { id: k8s, name: 'Kubernetes', category: expect.any(String) } },
          { level: 2, skill: { id: tf, name: 'Terraform', category: expect.any(String) } },
        ],
      });
      return n;
    };
    const ten = await statements(10);
    expect(await statements(100)).toBe(ten);
    // the list, the skills with their skill joined in
    expect(ten).toBe(2);
  });

  it('updates only what is sent; skills, when sent, replace the list', async () => {
    const c = await createCandidate(ctx.api, { name: 'Dana Shift', skills: { Kubernetes: 4, Go: 3 }, dayRateMinor: 60000 });
    const [py] = await skillIds(ctx.api.dataSource, 'Python');
    const res = await ctx.api.gql<{ updateCandidate: Record<string, unknown> }>(UPDATE, { id: c.id, seniority: 'LEAD', skills: [{ skillId: py, level: 4 }] }, { as: Role.RECRUITER });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateCandidate).toMatchObject({ name: 'Dana Shift', seniority: 'LEAD', dayRateMinor: 60000, skills: [{ skillId: py, level: 4, evidence: null, skill: { name: 'Python' } }] });
    const renamed = await ctx.api.gql<{ updateCandidate: Record<string, unknown> }>(UPDATE, { id: c.id, timeZone: 'Asia/Kolkata' }, { as: Role.RECRUITER });
    expect(renamed.data!.updateCandidate).toMatchObject({ timeZone: 'Asia/Kolkata', seniority: 'LEAD', skills: [{ skill: { name: 'Python' } }] });
    expect(await ctx.api.dataSource.query(`SELECT "utcOffsetMinutes" FROM candidate WHERE id = $1`, [c.id])).toEqual([{ utcOffsetMinutes: 330 }]);
    expect(codeOf(await ctx.api.gql(UPDATE, { id: c.id, name: null }, { as: Role.RECRUITER }))).toBe('BAD_USER_INPUT');
    const [audit] = await ctx.api.dataSource.query(`SELECT "changedFields" FROM audit_event WHERE action = 'candidate.update' ORDER BY "createdAt" LIMIT 1`);
    expect(audit.changedFields).toEqual(['seniority', 'skills']);
  });

  it('imports a CSV row by row: a dry run reports without writing, the import writes the accepted rows only', async () => {
    const existing = await createCandidate(ctx.api, { name: 'Existing Person', email: 'existing@talent.example' });
    const csv = [
      'name,email,kind,seniority,timeZone,availableFrom,dayRateMinor,skills,consentBasis,consentGivenAt,consentExpiresAt,tags',
      'Ivo Import,ivo@talent.example,CONTRACTOR,SENIOR,Europe/Lisbon,2027-01-04,65000,k8s:4;Terraform:3,CONSENT,2026-11-01T00:00:00Z,2027-11-01T00:00:00Z,sre;platform',
      'Jo Bad Level,jo@talent.example,BENCH,MID,Europe/Paris,2027-01-04,,Go:7,CONSENT,,,',
      'Kai Unknown,kai@talent.example,BENCH,MID,Europe/Paris,2027-01-04,,Cobol Wizardry:3,CONSENT,,,',
      'Lea Twice,ivo@talent.example,BENCH,MID,Europe/Paris,2027-01-04,,,CONSENT,,,',
      'Existing Again,EXISTING@talent.example,BENCH,MID,Europe/Paris,2027-01-04,,,CONSENT,,,',
      'Mo Zone,mo@talent.example,ALIEN,MID,Moon/Base,soon,-5,,CONSENT,,,',
    ].join('\n');
    const dry = await ctx.api.gql<{ importCandidates: ImportReport }>(
      IMPORT,
      { csv, dryRun: true },
      { as: Role.RECRUITER },
    );
    expect(dry.errors).toBeUndefined();
    const report = dry.data!.importCandidates;
    expect({ accepted: report.accepted, rejected: report.rejected, dryRun: report.dryRun }).toEqual({ accepted: 1, rejected: 5, dryRun: true });
    expect(report.rows.map((r) => [r.line, r.status])).toEqual([[2, 'ACCEPTED'], [3, 'REJECTED'], [4, 'REJECTED'], [5, 'REJECTED'], [6, 'REJECTED'], [7, 'REJECTED']]);
    expect(report.rows[1]!.reasons).toEqual(['skills: "Go:7" must be name:level with a level from 1 to 5']);
    expect(report.rows[2]!.reasons).toEqual(['skills: "Cobol Wizardry" is not a skill of the taxonomy']);
    expect(report.rows[3]!.reasons).toEqual(['same e-mail as line 2 of this file']);
    expect(report.rows[4]!.reasons).toEqual(['duplicate of Existing Person (same e-mail)']);
    expect(report.rows[4]!.duplicateOfId).toBe(existing.id);
    expect(report.rows[5]!.reasons).toEqual([
      "kind: 'ALIEN' is not one of Bench, Associate, Contractor, Permanent seeker",
      'availableFrom: must be a date as YYYY-MM-DD',
      'dayRateMinor: must not be negative',
      'timeZone: must be an IANA time zone such as Europe/Berlin (got "Moon/Base")',
    ]);
    expect(await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM candidate`)).toEqual([{ n: 1 }]);

    const real = await ctx.api.gql<{ importCandidates: { accepted: number; rows: { candidateId: string | null }[] } }>(IMPORT, { csv }, { as: Role.RECRUITER });
    expect(real.data!.importCandidates.accepted).toBe(1);
    const ivo = await ctx.api.gql<{ Candidate: Record<string, unknown> }>(GET, { id: real.data!.importCandidates.rows[0]!.candidateId }, { as: Role.RECRUITER });
    expect(ivo.data!.Candidate).toMatchObject({ name: 'Ivo Import', timeZone: 'Europe/Lisbon', tags: ['sre', 'platform'], skills: [{ level: 4, skill: { name: 'Kubernetes' } }, { level: 3, skill: { name: 'Terraform' } }] });
    expect(await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM candidate`)).toEqual([{ n: 2 }]);

    expect(codeOf(await ctx.api.gql(IMPORT, { csv: 'name,email\nA,a@b.c' }, { as: Role.RECRUITER }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ctx.api.gql(IMPORT, { csv: 'name,"unclosed\nA,b' }, { as: Role.RECRUITER }))).toBe('BAD_USER_INPUT');
  });

  it('exports the filtered list in words (labels, money in units), which imports back: as a duplicate, or as a new record to merge', async () => {
    const pia = await createCandidate(ctx.api, {
      name: 'Pia Export',
      kind: 'PERMANENT_SEEKER',
      seniority: 'MID',
      skills: { Kubernetes: 4, Go: 3 },
      tags: ['a', 'b'],
      dayRateMinor: 70050,
      salaryMinor: 9000000,
      allocation: 80,
      availableFrom: '2027-02-01',
      consentBasis: 'LEGITIMATE_INTEREST',
      consentGivenAt: '2026-11-01T09:30:00.000Z',
      consentExpiresAt: '2027-11-01T00:00:00.000Z',
      location: 'Berlin, Germany',
    });
    await createCandidate(ctx.api, { name: 'Quinn Other', kind: 'CONTRACTOR' });
    const res = await ctx.api.gql<{ exportCandidatesCsv: string }>(EXPORT_CSV, { filter: { kind: 'PERMANENT_SEEKER' } }, { as: Role.RECRUITER });
    expect(res.data!.exportCandidatesCsv).toBe(
      'Name,E-mail,Kind,Seniority,Time zone,Available from,Allocation (%),Day rate,Salary,Currency,Phone,Profile URL,Location,Skills,Consent basis,Consent given,Consent expires,Last contact,Tags,CV text\n' +
        'Pia Export,pia.export@talent.example,Permanent seeker,Mid-level,Europe/Berlin,2027-02-01,80,700.50,90000.00,EUR,,,"Berlin, Germany",Kubernetes:4;Go:3,Legitimate interest,2026-11-01,2027-11-01,,a;b,\n',
    );
    const csv = res.data!.exportCandidatesCsv;
    const back = await ctx.api.gql<{ importCandidates: ImportReport }>(IMPORT, { csv, dryRun: true }, { as: Role.RECRUITER });
    expect(back.errors).toBeUndefined();
    expect(back.data!.importCandidates.rows).toEqual([
      { line: 2, status: 'REJECTED', name: 'Pia Export', candidateId: null, duplicateOfId: pia.id, reasons: ['duplicate of Pia Export (same e-mail, similar name in the same location)'] },
    ]);
    // "Import anyway, then merge": the row is written as a new record naming the one it duplicates.
    const again = await ctx.api.gql<{ importCandidates: ImportReport }>(IMPORT, { csv, onlyLines: [2], allowDuplicates: true }, { as: Role.RECRUITER });
    const row = again.data!.importCandidates.rows[0]!;
    expect(row).toMatchObject({ status: 'ACCEPTED', duplicateOfId: pia.id, reasons: [] });
    const copy = await ctx.api.gql<{ Candidate: Record<string, unknown> }>(GET, { id: row.candidateId }, { as: Role.RECRUITER });
    expect(copy.data!.Candidate).toMatchObject({
      kind: 'PERMANENT_SEEKER',
      seniority: 'MID',
      dayRateMinor: 70050,
      salaryMinor: 9000000,
      allocation: 80,
      currency: 'EUR',
      location: 'Berlin, Germany',
      consentBasis: 'LEGITIMATE_INTEREST',
      availableFrom: '2027-02-01',
      tags: ['a', 'b'],
      skills: [{ level: 4, skill: { name: 'Kubernetes' } }, { level: 3, skill: { name: 'Go' } }],
    });
  });

  it('imports readable and machine headers alike, writes exactly the good rows and answers the rejected ones as CSV with a Reason', async () => {
    const csv = [
      'Name,E-mail,Kind,Seniority,Time zone,Available from,Day rate,Currency,Skills,Consent basis,Notes?',
    ].join('\n');
    const unknown = await ctx.api.gql(IMPORT, { csv: `${csv}\nA,a@example.com,Bench,Mid-level,UTC,2027-01-04,1,EUR,,Consent,x`, dryRun: true }, { as: Role.RECRUITER });
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.extensions.fields).toEqual({ csv: expect.stringMatching(/^has unknown columns "Notes\?" \(known: Name, E-mail, Kind, Seniority/) });
    const twice = await ctx.api.gql(IMPORT, { csv: 'Name,E-mail,Kind,Seniority,Time zone,Available from,Consent basis,Day rate,dayRateMinor\nA,a@example.com,Bench,Mid-level,UTC,2027-01-04,Consent,1,100' }, { as: Role.RECRUITER });
    expect(twice.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { csv: 'has more than one column for Day rate: keep one of each' } });
    const lacking = await ctx.api.gql(IMPORT, { csv: 'Name,E-mail\nA,a@example.com' }, { as: Role.RECRUITER });
    expect(lacking.errors![0]!.extensions.fields).toEqual({ csv: 'lacks the columns Kind, Seniority, Time zone, Available from, Consent basis' });

    const file = [
      'Name,E-mail,Kind,Seniority,Time zone,Available from,Day rate,Currency,Skills,Consent basis',
      'Ria Readable,ria@talent.example,Permanent seeker,Mid-level,Europe/Madrid,2027-03-01,650.50,EUR,Go:3,Legitimate interest',
      'Sam Sloppy,sam@talent.example,Contractor,Senior,Europe/Madrid,2027-03-01,abc,EUR,,Consent',
      '"Tia, Quoted",tia@talent.example,BENCH,LEAD,UTC,2027-03-01,,,,CONSENT',
      'Uma Unsure,uma@talent.example,Wizard,Senior,UTC,2027-03-01,700.123,EUR,,Consent',
      'Vic Short,vic@talent.example',
    ].join('\n');
    const res = await ctx.api.gql<{ importCandidates: ImportReport }>(IMPORT, { csv: file }, { as: Role.RECRUITER });
    expect(res.errors).toBeUndefined();
    const report = res.data!.importCandidates;
    expect({ accepted: report.accepted, rejected: report.rejected, dryRun: report.dryRun }).toEqual({ accepted: 2, rejected: 3, dryRun: false });
    expect(report.rows.map((r) => [r.line, r.name, r.status, r.reasons])).toEqual([
      [2, 'Ria Readable', 'ACCEPTED', []],
      [3, 'Sam Sloppy', 'REJECTED', ["Day rate: 'abc' is not a number"]],
      [4, 'Tia, Quoted', 'ACCEPTED', []],
      [5, 'Uma Unsure', 'REJECTED', ["Kind: 'Wizard' is not one of Bench, Associate, Contractor, Permanent seeker", "Day rate: '700.123' has more decimals than EUR has (2)"]],
      [6, 'Vic Short', 'REJECTED', ['has 2 cells where the header has 10: check for a missing or extra comma']],
    ]);
    expect(await ctx.api.dataSource.query(`SELECT name, kind, seniority, "dayRateMinor", currency, "consentBasis" FROM candidate ORDER BY name`)).toEqual([
      { name: 'Ria Readable', kind: 'PERMANENT_SEEKER', seniority: 'MID', dayRateMinor: 65050, currency: 'EUR', consentBasis: 'LEGITIMATE_INTEREST' },
      { name: 'Tia, Quoted', kind: 'BENCH', seniority: 'LEAD', dayRateMinor: null, currency: 'EUR', consentBasis: 'CONSENT' },
    ]);
    expect(report.rejectedCsv).toBe(
      'Name,E-mail,Kind,Seniority,Time zone,Available from,Day rate,Currency,Skills,Consent basis,Reason\n' +
        "Sam Sloppy,sam@talent.example,Contractor,Senior,Europe/Madrid,2027-03-01,abc,EUR,,Consent,Day rate: 'abc' is not a number\n" +
        "Uma Unsure,uma@talent.example,Wizard,Senior,UTC,2027-03-01,700.123,EUR,,Consent,\"Kind: 'Wizard' is not one of Bench, Associate, Contractor, Permanent seeker; Day rate: '700.123' has more decimals than EUR has (2)\"\n" +
        'Vic Short,vic@talent.example,,,,,,,,,has 2 cells where the header has 10: check for a missing or extra comma\n',
    );

    // The rejected file, fixed where it was wrong, imports as it is (its Reason column is ignored).
    const fixed = report.rejectedCsv!.replace(',abc,', ',600,').replace(',Wizard,', ',Associate,').replace('700.123', '700.12').replace('Vic Short,vic@talent.example,,,,,,,,,', 'Vic Short,vic@talent.example,Bench,Junior,UTC,2027-03-01,,,,Contract,');
    const second = await ctx.api.gql<{ importCandidates: ImportReport }>(IMPORT, { csv: fixed }, { as: Role.RECRUITER });
    expect(second.data!.importCandidates).toMatchObject({ accepted: 3, rejected: 0, rejectedCsv: null });
    expect(await ctx.api.dataSource.query(`SELECT name, kind, "dayRateMinor" FROM candidate WHERE name IN ('Sam Sloppy', 'Uma Unsure', 'Vic Short') ORDER BY name`)).toEqual([
      { name: 'Sam Sloppy', kind: 'CONTRACTOR', dayRateMinor: 60000 },
      { name: 'Uma Unsure', kind: 'ASSOCIATE', dayRateMinor: 70012 },
      { name: 'Vic Short', kind: 'BENCH', dayRateMinor: null },
    ]);

    const notALine = await ctx.api.gql(IMPORT, { csv: file, onlyLines: [9], dryRun: true }, { as: Role.RECRUITER });
    expect(notALine.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { onlyLines: '9 is not a line with a row in the file: use the line numbers of the report' } });
    const header = await ctx.api.gql(IMPORT, { csv: file, onlyLines: [1], dryRun: true }, { as: Role.RECRUITER });
    expect(header.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { onlyLines: 'must be line numbers of the report (the header is line 1, rows start at 2)' } });
  });

  it('offers a template in the readable columns that imports as it is', async () => {
    const res = await ctx.api.gql<{ candidateCsvTemplate: string }>(TEMPLATE, {}, { as: Role.RECRUITER });
    expect(res.data!.candidateCsvTemplate).toBe(
      'Name,E-mail,Kind,Seniority,Time zone,Available from,Allocation (%),Day rate,Salary,Currency,Phone,Profile URL,Location,Skills,Consent basis,Consent given,Consent expires,Last contact,Tags,CV text\n' +
        'Ada Lovelace,ada.lovelace@example.com,Contractor,Senior,Europe/London,2027-01-04,100,650.00,,EUR,+44 20 7946 0000,https://www.linkedin.com/in/ada-lovelace/,London,Kubernetes:4;Go:3,Consent,2026-11-01,2027-11-01,2026-11-20,platform;sre,\n',
    );
    const dry = await ctx.api.gql<{ importCandidates: ImportReport }>(IMPORT, { csv: res.data!.candidateCsvTemplate, dryRun: true }, { as: Role.RECRUITER });
    expect(dry.data!.importCandidates.rows).toEqual([{ line: 2, status: 'ACCEPTED', name: 'Ada Lovelace', candidateId: null, duplicateOfId: null, reasons: [] }]);
  });

  it('keeps notes with their author', async () => {
    const c = await createCandidate(ctx.api, { name: 'Nia Notes' });
    const res = await ctx.api.gql<{ addCandidateNote: { body: string; author: { name: string } } }>(NOTE, { candidateId: c.id, body: 'Prefers remote, can travel monthly.' }, { as: Role.RECRUITER });
    expect(res.data!.addCandidateNote).toMatchObject({ body: 'Prefers remote, can travel monthly.', author: { name: 'Rita Recruiter' } });
    expect(codeOf(await ctx.api.gql(NOTE, { candidateId: c.id, body: '  ' }, { as: Role.RECRUITER }))).toBe('BAD_USER_INPUT');
    const got = await ctx.api.gql<{ Candidate: { notes: unknown[] } }>(GET, { id: c.id }, { as: Role.CONSULTANT });
    expect(got.data!.Candidate.notes).toEqual([{ body: 'Prefers remote, can travel monthly.', author: { name: 'Rita Recruiter' } }]);
  });

  it('merges two records of one person, keeping every relation on the kept one in one transaction', async () => {
    const [{ id: engagementId }] = await ctx.api.dataSource.query(
      `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed") VALUES ($1, $2, 'Cluster work', 'Need hands') RETURNING id`,
      [ctx.seeded.clientId, ctx.seeded.users.CONSULTANT],
    );
    const [k8s, go, py] = await skillIds(ctx.api.dataSource, 'Kubernetes', 'Go', 'Python');
    const ROLE = `mutation($e: ID!, $t: String!, $s: [RequiredSkillInput!]!) { createRole(engagementId: $e, title: $t, optionType: AUGMENTATION, requiredSkills: $s, seniority: SENIOR) { id } }`;
    const roleIds: string[] = [];
    for (const t of ['Role one', 'Role two']) {
      const r = await ctx.api.gql<{ createRole: { id: string } }>(ROLE, { e: engagementId, t, s: [{ skillId: k8s, minLevel: 3, mustHave: true, weight: 1 }] }, { as: Role.RECRUITER });
      roleIds.push(r.data!.createRole.id);
    }
    const keep = await createCandidate(ctx.api, { name: 'Mara Keep', skills: { Kubernetes: 3, Go: 3 }, tags: ['a'] });
    const gone = await createCandidate(ctx.api, { name: 'Mara Keep (old)', phone: '+47 22 00 00 00', skills: { Kubernetes: 5, Python: 4 }, tags: ['b'], cvText: 'Old CV' });
    const SHORTLIST = `mutation($r: ID!, $c: ID!) { shortlistCandidate(roleId: $r, candidateId: $c) { id } }`;
    await ctx.api.gql(SHORTLIST, { r: roleIds[0], c: keep.id }, { as: Role.RECRUITER });
    const goneMatch = (await ctx.api.gql<{ shortlistCandidate: { id: string } }>(SHORTLIST, { r: roleIds[0], c: gone.id }, { as: Role.RECRUITER })).data!.shortlistCandidate.id;
    await submitMatch(ctx.api, goneMatch);
    await ctx.api.gql(SHORTLIST, { r: roleIds[1], c: gone.id }, { as: Role.RECRUITER });
    await ctx.api.gql(NOTE, { candidateId: keep.id, body: 'keep note' }, { as: Role.RECRUITER });
    await ctx.api.gql(NOTE, { candidateId: gone.id, body: 'old note' }, { as: Role.RECRUITER });

    expect(codeOf(await ctx.api.gql(MERGE, { keepId: keep.id, mergeId: keep.id }, { as: Role.RECRUITER }))).toBe('BAD_USER_INPUT');
    const res = await ctx.api.gql<{ mergeCandidates: Record<string, unknown> & { notes: { body: string }[]; skills: { level: number; skill: { name: string } }[] } }>(MERGE, { keepId: keep.id, mergeId: gone.id }, { as: Role.RECRUITER });
    expect(res.errors).toBeUndefined();
    const merged = res.data!.mergeCandidates;
    expect(merged).toMatchObject({ id: keep.id, name: 'Mara Keep', phone: '+47 22 00 00 00', cvText: 'Old CV', tags: ['a', 'b'] });
    expect(merged.skills.map((s) => [s.skill.name, s.level])).toEqual([['Kubernetes', 5], ['Python', 4], ['Go', 3]]);
    expect(merged.notes.map((n) => n.body).sort()).toEqual(['keep note', 'old note']);
    const matches = await ctx.api.dataSource.query(
      `SELECT r.title, m.stage, (SELECT count(*)::int FROM match_stage_change sc WHERE sc."matchId" = m.id) AS moves FROM match m JOIN role r ON r.id = m."roleId" WHERE m."candidateId" = $1 ORDER BY r.title`,
      [keep.id],
    );
    // Role one: the merged record's match got further (SUBMITTED) and wins, with both histories.
    expect(matches).toEqual([
      { title: 'Role one', stage: 'SUBMITTED', moves: 3 },
      { title: 'Role two', stage: 'SHORTLISTED', moves: 1 },
    ]);
    expect(await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM candidate WHERE id = $1`, [gone.id])).toEqual([{ n: 0 }]);
    const [{ no: pyNo }] = await ctx.api.dataSource.query(`SELECT no FROM skill WHERE id = $1`, [py]);
    const [arrays] = await ctx.api.dataSource.query(`SELECT "skillTokens" FROM candidate WHERE id = $1`, [keep.id]);
    expect(arrays.skillTokens).toContain(pyNo * 10 + 4);
    expect(go).toBeDefined();
    expect(codeOf(await ctx.api.gql(MERGE, { keepId: keep.id, mergeId: gone.id }, { as: Role.RECRUITER }))).toBe('NOT_FOUND');
  });

  it('lets RECRUITER and ADMIN manage the pool, CONSULTANT read it, and never CLIENT', async () => {
    const c = await createCandidate(ctx.api, { name: 'Perm Check' });
    const reads: [string, Record<string, unknown>][] = [
      [GET, { id: c.id }],
      [LIST, {}],
      [DUPES, { id: c.id }],
    ];
    const writes: [string, Record<string, unknown>][] = [
      [CREATE_CANDIDATE, { ...base, email: 'perm@example.com', name: 'Perm Two' }],
      [UPDATE, { id: c.id, name: 'Renamed' }],
      [NOTE, { candidateId: c.id, body: 'x' }],
      [IMPORT, { csv: 'name\nx', dryRun: true }],
      [IMPORT, { csv: 'name\nx', onlyLines: [2], allowDuplicates: true }],
      [EXPORT_CSV, {}],
      [TEMPLATE, {}],
      [EXPORT_DATA, { id: c.id }],
      [MERGE, { keepId: c.id, mergeId: c.id }],
      [ERASE, { id: c.id, reason: 'asked' }],
      [`query { candidatesDueForErasure { id } }`, {}],
    ];
    for (const [q, v] of reads) {
      for (const role of [Role.ADMIN, Role.CONSULTANT, Role.RECRUITER]) expect((await ctx.api.gql(q, v, { as: role })).errors).toBeUndefined();
      expect(codeOf(await ctx.api.gql(q, v, { as: Role.CLIENT }))).toBe('FORBIDDEN');
      expect(codeOf(await ctx.api.gql(q, v))).toBe('UNAUTHENTICATED');
    }
    for (const [q, v] of writes) {
      for (const role of [Role.CONSULTANT, Role.CLIENT]) expect(codeOf(await ctx.api.gql(q, v, { as: role }))).toBe('FORBIDDEN');
      expect(codeOf(await ctx.api.gql(q, v))).toBe('UNAUTHENTICATED');
    }
    expect(await ctx.api.dataSource.query(`SELECT name FROM candidate`)).toEqual([{ name: 'Perm Check' }]);
  });

  it('exports everything held about a person as one JSON document', async () => {
    const c = await createCandidate(ctx.api, { name: 'Exa Port', skills: { Kubernetes: 4 }, cvText: 'Ten years of SRE' });
    await ctx.api.gql(NOTE, { candidateId: c.id, body: 'Met at KubeCon' }, { as: Role.RECRUITER });
    const res = await ctx.api.gql<{ exportCandidateData: string }>(EXPORT_DATA, { id: c.id }, { as: Role.RECRUITER });
    const doc = JSON.parse(res.data!.exportCandidateData) as Record<string, unknown> & { candidate: Record<string, unknown>; skills: unknown[]; notes: unknown[]; auditTrail: { action: string }[] };
    expect(doc.candidate).toMatchObject({ id: c.id, name: 'Exa Port', email: 'exa.port@talent.example', cvText: 'Ten years of SRE' });
    expect(doc.skills).toEqual([expect.objectContaining({ skill: 'Kubernetes', level: 4 })]);
    expect(doc.notes).toEqual([expect.objectContaining({ body: 'Met at KubeCon' })]);
    expect(doc.auditTrail.map((a) => a.action)).toEqual(['candidate.create', 'candidate.note']);
    expect(Object.keys(doc)).toEqual(['exportedAt', 'candidate', 'skills', 'notes', 'matches', 'stageChanges', 'placements', 'auditTrail']);
  });

  it('erases a person for real: no trace of the name or e-mail in any table or in Redis; the audit keeps only that it happened', async () => {
    const c = await createCandidate(ctx.api, { name: 'Zora Erasmus', email: 'zora.erasmus@private.example', skills: { Kubernetes: 4 }, phone: '+44 20 7946 0000' });
    await ctx.api.gql(NOTE, { candidateId: c.id, body: 'Zora Erasmus prefers mornings' }, { as: Role.RECRUITER });
    expect((await rowsMentioning(ctx.api, 'zora.erasmus@private.example')).length).toBeGreaterThan(0);
    const res = await ctx.api.gql<{ eraseCandidate: { candidateId: string } }>(ERASE, { id: c.id, reason: 'Asked by e-mail on 2026-11-24' }, { as: Role.RECRUITER });
    expect(res.errors).toBeUndefined();
    for (const needle of ['zora.erasmus@private.example', 'Zora Erasmus', 'Erasmus', c.id]) {
      expect(await rowsMentioning(ctx.api, needle)).toEqual([]);
      expect(await redisDump(ctx.api)).not.toContain(needle);
    }
    const [audit] = await ctx.api.dataSource.query(`SELECT "targetId", "changedFields", "actorId" FROM audit_event WHERE action = 'candidate.erase'`);
    expect(audit).toEqual({ targetId: null, changedFields: [], actorId: ctx.seeded.users.RECRUITER });
    expect(codeOf(await ctx.api.gql(GET, { id: c.id }, { as: Role.RECRUITER }))).toBe('NOT_FOUND');
    expect(codeOf(await ctx.api.gql(ERASE, { id: c.id, reason: 'again' }, { as: Role.RECRUITER }))).toBe('NOT_FOUND');
    expect(codeOf(await ctx.api.gql(ERASE, { id: c.id, reason: ' ' }, { as: Role.RECRUITER }))).toBe('BAD_USER_INPUT');
  });

  it('erases people past the retention period and warns recruiters about those who reach it within 30 days', async () => {
    const old = await createCandidate(ctx.api, { name: 'Olga Old', lastContactAt: daysFromNow(-25 * 31).toISOString() });
    const soon = await createCandidate(ctx.api, { name: 'Sami Soon', lastContactAt: daysFromNow(-(24 * 30.44 - 10)).toISOString() });
    const fresh = await createCandidate(ctx.api, { name: 'Fay Fresh', lastContactAt: daysFromNow(-10).toISOString() });
    const rights = ctx.api.app.get(CandidateRightsService);
    const due = await ctx.api.gql<{ candidatesDueForErasure: { name: string }[] }>(`query { candidatesDueForErasure { name } }`, {}, { as: Role.RECRUITER });
    expect(due.data!.candidatesDueForErasure.map((c) => c.name)).toEqual(['Olga Old', 'Sami Soon']);
    expect(await rights.applyRetention()).toEqual({ erased: 1, dueSoon: 1 });
    const left = (await ctx.api.dataSource.query(`SELECT id FROM candidate ORDER BY name`)) as { id: string }[];
    expect(left.map((r) => r.id)).toEqual([fresh.id, soon.id]);
    expect(left.map((r) => r.id)).not.toContain(old.id);
    const notes = await ctx.api.dataSource.query(`SELECT "userId", title FROM notification`);
    expect(notes).toEqual([{ userId: ctx.seeded.users.RECRUITER, title: '1 candidate reaches the retention limit within 30 days' }]);
    // Once a day: running it again adds no second notification.
    await rights.applyRetention();
    expect(await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM notification`)).toEqual([{ n: 1 }]);
  });
});
