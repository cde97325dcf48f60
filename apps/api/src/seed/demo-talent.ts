import { CandidateKind, OutboxEventType, RoleStatus, Seniority, standardUtcOffsetMinutes, type ConsentBasis, DAY_MS, daysFromNow, daysFromToday } from '@orchestra/shared';
import type { EntityManager } from 'typeorm';
import { Engagement } from '../modules/engagement/engagement.entity.js';
import { Role, type RequiredSkill } from '../modules/role/role.entity.js';
import { OutboxEvent } from '../core/queue/outbox-event.entity.js';
import { ARCHETYPES, PEOPLE, ROLES, type PersonSeed } from './data/demo-talent.data.js';

/**
 * The demo's talent pool for `npm run demo` (tests do not use it): about sixty people across the
 * four kinds, European, US and Indian time zones, with skills from the taxonomy, rates or salary
 * expectations, consent and contact dates, and two open roles so the recruiter has work on first
 * sign-in. Deterministic: every random choice comes from a PRNG seeded by the person's name, and
 * dates are relative to today.
 *
 * Built so each screen has something to show:
 * - "Senior platform engineer" (Northwind, augmentation) and "Head of data engineering" (Riverbend,
 *   permanent hire) each have a handful of clear fits, and people who fail exactly one constraint
 *   (late, part-time, a must-have one level short, too few overlapping hours, consent expired,
 *   wrong kind) so "not eligible" lists its explanations;
 * - three consents end within 30 days and two have ended (dashboard, "not eligible");
 * - two people were last contacted almost 24 months ago (the retention warning);
 * - one duplicate pair (the same e-mail in a different case, the same profile) for the merge screen.
 */

/** Now minus whole months, plus days (calendar months, as the retention rule counts them). */
function monthsAgo(months: number, plusDays = 0): Date {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - months);
  return new Date(d.getTime() + plusDays * DAY_MS);
}

/** mulberry32: a small deterministic PRNG. */
function prng(seed: string): () => number {
  let a = 2166136261;
  for (const c of seed) a = Math.imul(a ^ c.charCodeAt(0), 16777619);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const between = (rnd: () => number, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));


const COUNTRY_CODE: Readonly<Record<string, string>> = {
  UK: '+44', Ireland: '+353', Portugal: '+351', Germany: '+49', Netherlands: '+31', France: '+33', Spain: '+34', Sweden: '+46', Poland: '+48', Czechia: '+420',
  Greece: '+30', Romania: '+40', Italy: '+39', Denmark: '+45', Belgium: '+32', Switzerland: '+41', Austria: '+43', Croatia: '+385', Norway: '+47', USA: '+1', Canada: '+1', India: '+91',
};
const SENIORITY_BASE: Readonly<Record<Seniority, number>> = { JUNIOR: 2.2, MID: 3, SENIOR: 3.6, LEAD: 4, PRINCIPAL: 4.3 };
const YEARS: Readonly<Record<Seniority, [number, number]>> = { JUNIOR: [1, 2], MID: [3, 5], SENIOR: [6, 10], LEAD: [10, 15], PRINCIPAL: [15, 22] };
const DAY_RATE: Readonly<Record<Seniority, [number, number]>> = { JUNIOR: [55_000, 60_000], MID: [58_000, 72_000], SENIOR: [70_000, 92_000], LEAD: [88_000, 110_000], PRINCIPAL: [105_000, 120_000] };
const SALARY: Readonly<Record<Seniority, [number, number]>> = { JUNIOR: [5_000_000, 6_000_000], MID: [6_000_000, 8_000_000], SENIOR: [8_000_000, 11_000_000], LEAD: [11_000_000, 15_000_000], PRINCIPAL: [14_000_000, 18_000_000] };
const SENIORITY_WORD: Readonly<Record<Seniority, string>> = { JUNIOR: 'Junior', MID: 'Mid-level', SENIOR: 'Senior', LEAD: 'Lead', PRINCIPAL: 'Principal' };
const CONTEXTS = ['a Nordic bank', 'a German car maker', 'a UK retailer', 'a logistics scale-up', 'a health-tech start-up', 'an energy utility', 'a US insurer', 'a payments company', 'a public-sector agency', 'an airline', 'a telecoms operator', 'a media group'];
const KIND_SENTENCE: Readonly<Record<CandidateKind, string>> = {
  BENCH: 'On our bench since the last engagement ended; keen to join a client team.',
  ASSOCIATE: 'Works with us as an associate alongside their own clients.',
  CONTRACTOR: 'Independent contractor through their own company.',
  PERMANENT_SEEKER: 'Looking for a permanent position.',
};
const EXTRA_TAGS = ['remote-only', 'open-to-travel', 'referral', 'alumni', 'hybrid', 'mentor'];

/** Row values of one candidate, and their skills by name. */
function build(p: PersonSeed) {
  const rnd = prng(p.name);
  const arch = ARCHETYPES[p.archetype];
  const base = SENIORITY_BASE[p.seniority];
  // Skills: the given ones exactly, then core and extra skills of the archetype, 6–15 in all.
  const skills = new Map<string, number>(Object.entries(p.skills ?? {}));
  const target = Math.min(15, Math.max(6, between(rnd, 6, 11) + (p.seniority === Seniority.LEAD || p.seniority === Seniority.PRINCIPAL ? 3 : 0)));
  for (const name of arch.core) {
    if (skills.size >= target) break;
    if (!skills.has(name) && rnd() < 0.85) skills.set(name, Math.min(5, Math.max(2, Math.round(base + (rnd() - 0.5) * 1.6))));
  }
  const extra = [...arch.extra];
  while (skills.size < target && extra.length) {
    const name = extra.splice(Math.floor(rnd() * extra.length), 1)[0]!;
    if (!skills.has(name)) skills.set(name, Math.min(5, Math.max(2, Math.round(base - 0.6 + (rnd() - 0.5) * 1.8))));
  }
  const context = pick(rnd, CONTEXTS);
  const evidence = (skill: string, level: number) =>
    level >= 5 ? `Led ${skill} work at ${context}; mentors others in it` : level === 4 ? `${between(rnd, 3, 8)} years in production with ${skill}` : level === 3 ? `Used ${skill} daily on a client project` : `Working knowledge of ${skill} from courses and a side project`;
  const ranked = [...skills].sort((a, b) => b[1] - a[1]);
  const years = between(rnd, ...YEARS[p.seniority]);
  const cvText =
    `${SENIORITY_WORD[p.seniority]} ${arch.title} based in ${p.location}, ${years} years of experience, most recently at ${context}. ` +
    `Strongest in ${ranked.slice(0, 3).map(([n]) => n).join(', ')}; also works with ${ranked.slice(3, 7).map(([n]) => n).join(', ')}. ${KIND_SENTENCE[p.kind]}`;

  const permanent = p.kind === CandidateKind.PERMANENT_SEEKER;
  const rate = p.rate ?? (permanent ? Math.round(between(rnd, ...SALARY[p.seniority]) / 100_000) * 100_000 : Math.round(between(rnd, ...DAY_RATE[p.seniority]) / 1_000) * 1_000);
  const available = p.available ?? pick(rnd, [0, 0, 3, 7, 10, 14, 21, 30, 35, 45, 60]);
  // People written for a role are fully available unless said otherwise; the others vary.
  const allocation = p.allocation ?? (p.skills ? 100 : pick(rnd, [100, 100, 100, 100, 100, 100, 80, 60, 50]));

  // Consent: employees on the bench by contract; everyone else by consent, for 24 months (some on legitimate interest for 12).
  let consentBasis: ConsentBasis = 'CONSENT';
  let consentGivenAt: Date;
  let consentExpiresAt: Date | null;
  if (p.consentEndsInDays !== undefined) {
    consentExpiresAt = daysFromNow(p.consentEndsInDays);
    consentGivenAt = new Date(consentExpiresAt.getTime() - 730 * DAY_MS);
  } else if (p.kind === CandidateKind.BENCH) {
    consentBasis = 'CONTRACT';
    consentGivenAt = daysFromNow(-between(rnd, 200, 1800));
    consentExpiresAt = null;
  } else if (p.kind === CandidateKind.ASSOCIATE && rnd() < 0.3) {
    consentBasis = 'LEGITIMATE_INTEREST';
    consentGivenAt = daysFromNow(-between(rnd, 30, 270));
    consentExpiresAt = new Date(consentGivenAt.getTime() + 365 * DAY_MS);
  } else {
    consentExpiresAt = daysFromNow(between(rnd, 95, 700));
    consentGivenAt = new Date(consentExpiresAt.getTime() - 730 * DAY_MS);
  }
  let lastContactAt = daysFromNow(-between(rnd, 1, 540));
  if (p.retentionEndsInDays !== undefined) {
    lastContactAt = monthsAgo(24, p.retentionEndsInDays);
    // Consent was asked for at that last contact, for three years.
    consentGivenAt = lastContactAt;
    consentExpiresAt = new Date(lastContactAt.getTime() + 3 * 365 * DAY_MS);
  }
  const createdAt = new Date(Math.min(lastContactAt.getTime(), consentBasis === 'CONTRACT' ? Infinity : consentGivenAt.getTime()) - between(rnd, 1, 40) * DAY_MS);

  const slug = p.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/'/g, '');
  const email = p.email ?? `${slug.replace(/ +/g, '.')}@${pick(rnd, ['example.com', 'example.org', 'example.net'])}`;
  const country = p.location.split(', ').at(-1)!;
  const phone = p.phone ?? (rnd() < 0.2 ? `${COUNTRY_CODE[country] ?? '+44'} ${between(rnd, 600, 799)} ${between(rnd, 100, 999)} ${between(rnd, 1000, 9999)}` : null);
  const profileUrl = p.profileUrl ?? (rnd() < 0.25 ? `https://www.linkedin.example/in/${slug.replace(/ +/g, '-')}` : null);
  const tags = [...new Set([arch.tag, ...(p.tags ?? []), ...(rnd() < 0.4 ? [pick(rnd, EXTRA_TAGS)] : [])])];

  return {
    row: {
      kind: p.kind,
      name: p.name,
      email,
      phone,
      profileUrl,
      location: p.location,
      timeZone: p.tz,
      utcOffsetMinutes: standardUtcOffsetMinutes(p.tz),
      seniority: p.seniority,
      availableFrom: daysFromToday(available),
      allocation,
      dayRateMinor: permanent ? null : rate,
      salaryMinor: permanent ? rate : null,
      cvText,
      consentBasis,
      consentGivenAt: consentGivenAt.toISOString(),
      consentExpiresAt: consentExpiresAt?.toISOString() ?? null,
      lastContactAt: lastContactAt.toISOString(),
      tags,
      createdAt: createdAt.toISOString(),
    },
    skills: [...skills].map(([name, level]) => ({ name, level, evidence: evidence(name, level) })),
  };
}

/**
 * Seeds the demo talent pool (only when the pool is empty) and the two open roles (each only when
 * its engagement has no role of that title). Runs inside seedPortfolio's transaction.
 */
export async function seedTalent(m: EntityManager, engagementIds: Map<string, string>, recruiterId: string | null = null): Promise<void> {
  const skillRows = (await m.query(`SELECT id, name FROM skill`)) as { id: string; name: string }[];
  const skillIds = new Map(skillRows.map((s) => [s.name.toLowerCase(), s]));
  const skill = (name: string) => {
    const found = skillIds.get(name.toLowerCase());
    if (!found) throw new Error(`Demo talent names a skill missing from the taxonomy: ${name}`);
    return found;
  };

  const [{ exists }] = (await m.query(`SELECT EXISTS (SELECT 1 FROM candidate) AS exists`)) as [{ exists: boolean }];
  if (!exists) {
    const ids: string[] = [];
    for (const person of PEOPLE) {
      const { row, skills } = build(person);
      const [{ id }] = (await m.query(
        `INSERT INTO candidate (kind, name, email, phone, "profileUrl", location, "timeZone", "utcOffsetMinutes", seniority, "availableFrom", allocation,
                                "dayRateMinor", "salaryMinor", currency, "cvText", "consentBasis", "consentGivenAt", "consentExpiresAt", "lastContactAt", tags,
                                "createdAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'EUR', $14, $15, $16, $17, $18, $19, $20, $20)
         RETURNING id`,
        [row.kind, row.name, row.email, row.phone, row.profileUrl, row.location, row.timeZone, row.utcOffsetMinutes, row.seniority, row.availableFrom, row.allocation,
          row.dayRateMinor, row.salaryMinor, row.cvText, row.consentBasis, row.consentGivenAt, row.consentExpiresAt, row.lastContactAt, row.tags, row.createdAt],
      )) as [{ id: string }];
      ids.push(id);
      await m.query(
        `INSERT INTO candidate_skill ("candidateId", "skillId", level, evidence, "createdAt", "updatedAt")
         SELECT $1, s."skillId", s.level, s.evidence, $3, $3 FROM jsonb_to_recordset($2::jsonb) AS s("skillId" uuid, level smallint, evidence text)`,
        [id, JSON.stringify(skills.map((s) => ({ skillId: skill(s.name).id, level: s.level, evidence: s.evidence }))), row.createdAt],
      );
      if (person.note) await m.query(`INSERT INTO candidate_note ("candidateId", "authorId", body) VALUES ($1, $2, $3)`, [id, recruiterId, person.note]);
    }
    // Matching reads the skills from the candidate row: always rewrite it after candidate_skill.
    await m.query(`SELECT candidate_sync_skills($1::uuid[])`, [ids]);
  }

  for (const r of ROLES) {
    const engagementId = engagementIds.get(r.engagement);
    if (!engagementId || (await m.existsBy(Role, { engagementId, title: r.title }))) continue;
    const engagement = await m.findOneByOrFail(Engagement, { id: engagementId });
    const requiredSkills: RequiredSkill[] = r.skills.map(([name, minLevel, mustHave, weight]) => ({ skillId: skill(name).id, skill: skill(name).name, minLevel, mustHave, weight }));
    const result = await m.insert(Role, {
      clientId: engagement.clientId,
      engagementId,
      gapId: null,
      recommendationId: null,
      title: r.title,
      optionType: r.optionType,
      requiredSkills,
      seniority: r.seniority,
      startDate: daysFromToday(r.start),
      permanent: r.permanent,
      durationWeeks: r.durationWeeks,
      allocation: 100,
      budgetMinMinor: r.budget[0],
      budgetMaxMinor: r.budget[1],
      currency: 'EUR',
      minOverlapHours: r.minOverlapHours,
      status: RoleStatus.OPEN,
    });
    // The worker computes the role's stored matches from this event, as after createRole.
    await m.insert(OutboxEvent, { type: OutboxEventType.ROLE_CHANGED, payload: { roleId: (result.identifiers[0] as { id: string }).id } });
  }
}
