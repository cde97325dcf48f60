import { Role, daysFromNow, daysFromToday } from '@orchestra/shared';
import type { DataSource } from 'typeorm';
import type { SeededDemo } from '../../src/seed/demo-data.js';
import type { TestApi } from './harness.js';

export const CANDIDATE_FIELDS = `id kind name email phone profileUrl location timeZone seniority availableFrom allocation dayRateMinor salaryMinor currency
  cvText consentBasis consentGivenAt consentExpiresAt consentValid lastContactAt tags skills { skillId level evidence skill { name } }`;

export const CREATE_CANDIDATE = `mutation($kind: CandidateKind!, $name: String!, $email: String!, $phone: String, $profileUrl: String, $location: String,
  $timeZone: String!, $seniority: Seniority!, $skills: [CandidateSkillInput!], $availableFrom: String!, $allocation: Int,
  $dayRateMinor: Int, $salaryMinor: Int, $currency: String, $cvText: String, $consentBasis: ConsentBasis!, $consentGivenAt: String,
  $consentExpiresAt: String, $lastContactAt: String, $tags: [String!], $allowDuplicate: Boolean) {
  createCandidate(kind: $kind, name: $name, email: $email, phone: $phone, profileUrl: $profileUrl, location: $location, timeZone: $timeZone,
    seniority: $seniority, skills: $skills, availableFrom: $availableFrom, allocation: $allocation, dayRateMinor: $dayRateMinor,
    salaryMinor: $salaryMinor, currency: $currency, cvText: $cvText, consentBasis: $consentBasis, consentGivenAt: $consentGivenAt,
    consentExpiresAt: $consentExpiresAt, lastContactAt: $lastContactAt, tags: $tags, allowDuplicate: $allowDuplicate) { ${CANDIDATE_FIELDS} } }`;


/** Skill name → id, from the seeded taxonomy. */
export async function skillIds(ds: DataSource, ...names: string[]): Promise<string[]> {
  const rows = (await ds.query(`SELECT id, name FROM skill WHERE name = ANY($1)`, [names])) as { id: string; name: string }[];
  return names.map((n) => {
    const row = rows.find((r) => r.name === n);
    if (!row) throw new Error(`no skill ${n}`);
    return row.id;
  });
}

export interface CandidateSpec {
  name: string;
  email?: string;
  kind?: string;
  seniority?: string;
  timeZone?: string;
  availableFrom?: string;
  allocation?: number;
  dayRateMinor?: number | null;
  salaryMinor?: number | null;
  skills?: Record<string, number>;
  consent?: 'valid' | 'expired' | 'none';
  [extra: string]: unknown;
}

/** Creates a candidate through the API (as RECRUITER) with sensible defaults; skills by name. */
export async function createCandidate(api: TestApi, spec: CandidateSpec): Promise<{ id: string; [k: string]: unknown }> {
  const { skills = {}, consent = 'valid', ...rest } = spec;
  const ids = await skillIds(api.dataSource, ...Object.keys(skills));
  const vars = {
    kind: 'CONTRACTOR',
    email: `${spec.name.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '')}@talent.example`,
    timeZone: 'Europe/Berlin',
    seniority: 'SENIOR',
    availableFrom: daysFromToday(0),
    consentBasis: 'CONSENT',
    ...(consent === 'valid' ? { consentGivenAt: daysFromNow(-30).toISOString(), consentExpiresAt: daysFromNow(335).toISOString() } : {}),
    ...(consent === 'expired' ? { consentGivenAt: daysFromNow(-400).toISOString(), consentExpiresAt: daysFromNow(-1).toISOString() } : {}),
    ...rest,
    skills: Object.values(skills).map((level, i) => ({ skillId: ids[i], level })),
    allowDuplicate: true,
  };
  const res = await api.gql<{ createCandidate: { id: string } }>(CREATE_CANDIDATE, vars, { as: Role.RECRUITER });
  if (res.errors) throw new Error(`createCandidate ${spec.name}: ${JSON.stringify(res.errors)}`);
  return res.data!.createCandidate;
}

/**
 * Submits a shortlisted match to the client the one way there is (`submitToClient`, as RECRUITER),
 * to a contact of the role's client made for it; returns the note sent.
 */
export async function submitMatch(api: TestApi, matchId: string, note = 'Fits the role'): Promise<string> {
  const [contact] = (await api.dataSource.query(
    `INSERT INTO contact ("clientId", name, email)
     SELECT r."clientId", 'Submission Contact', 'submission.' || substr(md5(random()::text), 1, 8) || '@example.com' FROM match m JOIN role r ON r.id = m."roleId" WHERE m.id = $1
     RETURNING id`,
    [matchId],
  )) as { id: string }[];
  const res = await api.gql(
    `mutation($id: ID!, $contactIds: [ID!]!, $note: String!) { submitToClient(id: $id, contactIds: $contactIds, note: $note) { stage } }`,
    { id: matchId, contactIds: [contact!.id], note },
    { as: Role.RECRUITER },
  );
  if (res.errors) throw new Error(`submitToClient ${matchId}: ${JSON.stringify(res.errors)}`);
  return `Submitted to Submission Contact: ${note}`;
}

/**
 * "Platform engineer" (augmentation, SENIOR, 80 %, 12 weeks, budget up to €800 a day) on a new
 * "Platform rebuild" engagement of the seeded client, created through the API as RECRUITER; skills
 * by name. Returns the role's id.
 */
export async function platformRole(
  api: TestApi,
  seeded: SeededDemo,
  opts: { startDate: string; skills: { skill: string; minLevel: number; mustHave: boolean; weight: number }[]; budgetMinMinor?: number },
): Promise<string> {
  const [{ id: engagementId }] = (await api.dataSource.query(
    `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed") VALUES ($1, $2, 'Platform rebuild', 'Nobody can ship the cluster') RETURNING id`,
    [seeded.clientId, seeded.users.CONSULTANT],
  )) as { id: string }[];
  const ids = await skillIds(api.dataSource, ...opts.skills.map((s) => s.skill));
  const created = await api.gql<{ createRole: { id: string } }>(
    `mutation($engagementId: ID!, $requiredSkills: [RequiredSkillInput!]!, $startDate: String, $budgetMinMinor: Int) {
      createRole(engagementId: $engagementId, title: "Platform engineer", optionType: AUGMENTATION, requiredSkills: $requiredSkills, seniority: SENIOR,
        startDate: $startDate, allocation: 80, budgetMinMinor: $budgetMinMinor, budgetMaxMinor: 80000, durationWeeks: 12) { id } }`,
    {
      engagementId,
      startDate: opts.startDate,
      budgetMinMinor: opts.budgetMinMinor ?? null,
      requiredSkills: opts.skills.map(({ skill: _skill, ...s }, i) => ({ skillId: ids[i], ...s })),
    },
    { as: Role.RECRUITER },
  );
  if (created.errors) throw new Error(`createRole: ${JSON.stringify(created.errors)}`);
  return created.data!.createRole.id;
}
