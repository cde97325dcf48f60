import { CandidateKind, OutboxEventType, RoleStatus, Seniority, standardUtcOffsetMinutes, type ConsentBasis } from '@orchestra/shared';
import type { EntityManager } from 'typeorm';
import { Engagement } from '../../modules/engagement/engagement.entity.js';
import { Role, type RequiredSkill } from '../../modules/role/role.entity.js';
import { OutboxEvent } from '../queue/outbox-event.entity.js';

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

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
const at = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS);
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

type Archetype = 'platform' | 'data' | 'jvm' | 'node' | 'dotnet' | 'frontend' | 'mobile' | 'security' | 'ai' | 'quality' | 'delivery' | 'architect';

/** Per archetype: what they are called in a CV, the skills they almost always have, and the ones they may have. */
const ARCHETYPES: Readonly<Record<Archetype, { title: string; core: string[]; extra: string[]; tag: string }>> = {
  platform: {
    title: 'platform engineer',
    tag: 'platform',
    core: ['Kubernetes', 'Terraform', 'AWS', 'Docker', 'Linux', 'CI/CD'],
    extra: ['Helm', 'Go', 'Python', 'Bash', 'GitOps', 'Argo CD', 'Observability', 'Prometheus', 'Grafana', 'Amazon EKS', 'GCP', 'Azure', 'Platform engineering', 'Infrastructure as code', 'Site reliability engineering', 'Cloud networking', 'Pulumi', 'Ansible', 'Service mesh', 'FinOps', 'GitHub Actions', 'Secrets management'],
  },
  data: {
    title: 'data engineer',
    tag: 'data',
    core: ['Data engineering', 'Python', 'SQL', 'Apache Spark', 'Data pipelines', 'Data modelling'],
    extra: ['Apache Kafka', 'dbt', 'Snowflake', 'Apache Airflow', 'Databricks', 'BigQuery', 'Data warehousing', 'Data architecture', 'Data governance', 'Data quality', 'Stream processing', 'Scala', 'Data lakehouse', 'Analytics engineering', 'AWS', 'PostgreSQL', 'Change data capture', 'Apache Flink', 'Looker', 'Power BI'],
  },
  jvm: {
    title: 'backend engineer (Java/Kotlin)',
    tag: 'backend',
    core: ['Java', 'Spring Boot', 'PostgreSQL', 'Microservices', 'API design', 'Docker'],
    extra: ['Kotlin', 'Apache Kafka', 'Domain-driven design', 'Event-driven architecture', 'Redis', 'GraphQL', 'gRPC', 'Test-driven development', 'Kubernetes', 'AWS', 'Code review', 'Refactoring', 'Software architecture', 'Legacy modernisation', 'Git', 'Contract testing'],
  },
  node: {
    title: 'full-stack TypeScript engineer',
    tag: 'fullstack',
    core: ['TypeScript', 'Node.js', 'React', 'PostgreSQL', 'API design', 'Git'],
    extra: ['JavaScript', 'Next.js', 'GraphQL', 'Redis', 'Docker', 'AWS', 'AWS Lambda', 'Serverless', 'Jest', 'Playwright', 'Test-driven development', 'Microservices', 'MongoDB', 'Code review', 'GitHub Actions'],
  },
  dotnet: {
    title: '.NET engineer',
    tag: 'backend',
    core: ['C#', '.NET', 'Azure', 'SQL', 'API design', 'Microservices'],
    extra: ['Azure Kubernetes Service', 'Docker', 'Domain-driven design', 'CQRS', 'Event sourcing', 'Angular', 'TypeScript', 'Test-driven development', 'Legacy modernisation', 'Azure OpenAI', 'Git', 'Refactoring', 'Code review'],
  },
  frontend: {
    title: 'frontend engineer',
    tag: 'frontend',
    core: ['TypeScript', 'JavaScript', 'React', 'Accessibility', 'UI design'],
    extra: ['Next.js', 'Vue.js', 'Angular', 'Micro-frontends', 'Playwright', 'Cypress', 'Jest', 'Figma', 'GraphQL', 'Performance engineering', 'User experience design', 'Node.js', 'Rapid prototyping'],
  },
  mobile: {
    title: 'mobile engineer',
    tag: 'mobile',
    core: ['Swift', 'Kotlin', 'React Native', 'API design', 'Test automation'],
    extra: ['Flutter', 'TypeScript', 'Accessibility', 'UI design', 'CI/CD', 'Git', 'Figma', 'Performance engineering', 'GraphQL', 'A/B testing'],
  },
  security: {
    title: 'security engineer',
    tag: 'security',
    core: ['Application security', 'Threat modelling', 'Cloud security', 'DevSecOps', 'OWASP', 'IAM'],
    extra: ['Secrets management', 'HashiCorp Vault', 'PCI DSS', 'ISO 27001', 'SOC 2', 'Security architecture', 'Penetration testing', 'Vulnerability management', 'Software supply chain security', 'Python', 'AWS', 'Zero trust', 'OAuth 2.0', 'OpenID Connect', 'Cryptography', 'Risk management'],
  },
  ai: {
    title: 'AI engineer',
    tag: 'ai',
    core: ['Python', 'Generative AI', 'Retrieval-augmented generation', 'LLM evaluation', 'Prompt engineering'],
    extra: ['AI agents', 'Vector databases', 'PyTorch', 'Machine learning', 'MLOps', 'OpenAI API', 'LangChain', 'AI governance', 'Hugging Face', 'Natural language processing', 'LLM observability', 'Amazon Bedrock', 'Azure OpenAI', 'Model Context Protocol', 'FastAPI', 'Data engineering'],
  },
  quality: {
    title: 'quality engineer',
    tag: 'quality',
    core: ['Test automation', 'Quality engineering', 'Playwright', 'Contract testing', 'CI/CD'],
    extra: ['Cypress', 'Selenium', 'Jest', 'Performance testing', 'Exploratory testing', 'Behaviour-driven development', 'Observability', 'OpenTelemetry', 'Site reliability engineering', 'Incident management', 'Chaos engineering', 'Datadog', 'TypeScript', 'Java', 'Accessibility'],
  },
  delivery: {
    title: 'delivery lead',
    tag: 'delivery',
    core: ['Delivery management', 'Agile delivery', 'Stakeholder management', 'Engineering management', 'Scrum', 'Kanban'],
    extra: ['Technical leadership', 'Mentoring', 'Coaching', 'Hiring and interviewing', 'DORA metrics', 'Team Topologies', 'Continuous delivery', 'Organisational design', 'Programme management', 'Risk management', 'Facilitation', 'OKRs', 'Change management', 'Value stream mapping'],
  },
  architect: {
    title: 'solutions architect',
    tag: 'architecture',
    core: ['Software architecture', 'Solution architecture', 'Cloud architecture', 'Domain-driven design', 'Microservices', 'Technical leadership'],
    extra: ['Event-driven architecture', 'Architecture decision records', 'Legacy modernisation', 'AWS', 'Azure', 'Stakeholder management', 'C4 model', 'System design', 'Evolutionary architecture', 'Distributed systems', 'Java', 'Kubernetes', 'Integration architecture', 'Enterprise architecture', 'Technology strategy'],
  },
};

const { BENCH, ASSOCIATE, CONTRACTOR, PERMANENT_SEEKER } = CandidateKind;
const { JUNIOR, MID, SENIOR, LEAD, PRINCIPAL } = Seniority;

interface PersonSeed {
  name: string;
  kind: CandidateKind;
  seniority: Seniority;
  tz: string;
  location: string;
  archetype: Archetype;
  /** Exactly these levels (the rest of the skills are drawn from the archetype). */
  skills?: Record<string, number>;
  /** Days from today (default: drawn, 0–60). */
  available?: number;
  allocation?: number;
  /** Day rate, or yearly salary for permanent seekers (EUR minor units). */
  rate?: number;
  email?: string;
  phone?: string;
  profileUrl?: string;
  /** Consent ends this many days from today (negative: ended). */
  consentEndsInDays?: number;
  /** Last contacted 24 months minus this many days ago (retention ends in this many days). */
  retentionEndsInDays?: number;
  tags?: string[];
  note?: string;
}

const PLATFORM_MUST = (k8s: number, tf: number, aws: number) => ({ Kubernetes: k8s, Terraform: tf, AWS: aws });
const DATA_MUST = (de: number, da: number, em: number) => ({ 'Data engineering': de, 'Data architecture': da, 'Engineering management': em });

const PEOPLE: PersonSeed[] = [
  // "Senior platform engineer": clear fits…
  { name: 'Oliver Bennett', kind: BENCH, seniority: SENIOR, tz: 'Europe/London', location: 'London, UK', archetype: 'platform', skills: { ...PLATFORM_MUST(5, 4, 4), Helm: 4, Go: 3, Observability: 3 }, available: 0, rate: 78_000, phone: '+44 7700 900412', tags: ['ckad', 'aws-certified'] },
  { name: 'Jonas Weber', kind: CONTRACTOR, seniority: LEAD, tz: 'Europe/Berlin', location: 'Berlin, Germany', archetype: 'platform', skills: { ...PLATFORM_MUST(4, 5, 4), GitOps: 4, 'Argo CD': 4 }, available: 10, rate: 98_000, profileUrl: 'https://www.linkedin.example/in/jonas-weber-platform', tags: ['speaks-german'] },
  { name: 'Daan de Vries', kind: ASSOCIATE, seniority: SENIOR, tz: 'Europe/Amsterdam', location: 'Amsterdam, Netherlands', archetype: 'platform', skills: { ...PLATFORM_MUST(4, 3, 5), 'Amazon EKS': 4 }, available: 14, rate: 85_000 },
  { name: 'Piotr Zieliński', kind: CONTRACTOR, seniority: SENIOR, tz: 'Europe/Warsaw', location: 'Kraków, Poland', archetype: 'platform', skills: { ...PLATFORM_MUST(4, 4, 3), Go: 4 }, available: 21, rate: 68_000 },
  { name: 'Inês Carvalho', kind: BENCH, seniority: MID, tz: 'Europe/Lisbon', location: 'Lisbon, Portugal', archetype: 'platform', skills: PLATFORM_MUST(4, 3, 3), available: 0, rate: 60_000 },
  // …and one constraint short each.
  { name: 'Hannah Walsh', kind: CONTRACTOR, seniority: SENIOR, tz: 'Europe/Dublin', location: 'Dublin, Ireland', archetype: 'platform', skills: PLATFORM_MUST(4, 4, 4), available: 45, rate: 82_000, note: 'Finishing a fixed-term contract at a Dublin fintech; her notice period is the problem, not her skills.' },
  { name: 'Javier Ortega', kind: ASSOCIATE, seniority: SENIOR, tz: 'Europe/Madrid', location: 'Barcelona, Spain', archetype: 'platform', skills: PLATFORM_MUST(5, 4, 4), available: 7, allocation: 60, rate: 80_000, tags: ['speaks-spanish'] },
  { name: 'Erik Johansson', kind: BENCH, seniority: SENIOR, tz: 'Europe/Stockholm', location: 'Stockholm, Sweden', archetype: 'platform', skills: PLATFORM_MUST(3, 4, 4), available: 0, rate: 75_000, tags: ['speaks-swedish'] },
  { name: 'Karthik Subramanian', kind: CONTRACTOR, seniority: SENIOR, tz: 'Asia/Kolkata', location: 'Chennai, India', archetype: 'platform', skills: PLATFORM_MUST(4, 4, 4), available: 3, rate: 58_000, phone: '+91 98400 12345' },
  { name: 'Tomáš Dvořák', kind: CONTRACTOR, seniority: LEAD, tz: 'Europe/Prague', location: 'Prague, Czechia', archetype: 'platform', skills: PLATFORM_MUST(5, 4, 4), available: 0, rate: 88_000, consentEndsInDays: -20 },
  { name: 'Sophie Turner', kind: PERMANENT_SEEKER, seniority: SENIOR, tz: 'Europe/London', location: 'Manchester, UK', archetype: 'platform', skills: PLATFORM_MUST(4, 4, 4), available: 7, rate: 9_500_000 },

  // "Head of data engineering": clear fits…
  { name: 'Marcus Johnson', kind: PERMANENT_SEEKER, seniority: LEAD, tz: 'America/New_York', location: 'New York, USA', archetype: 'data', skills: { ...DATA_MUST(5, 4, 4), Snowflake: 4, dbt: 4, 'Apache Kafka': 3, Python: 4 }, available: 30, rate: 16_500_000, phone: '+1 212 555 0147', note: 'Strong first call. Wants to build a team of six to ten, not be a solo data engineer.' },
  { name: 'Daniel Kim', kind: PERMANENT_SEEKER, seniority: PRINCIPAL, tz: 'America/Chicago', location: 'Chicago, USA', archetype: 'data', skills: { ...DATA_MUST(5, 5, 3), 'Apache Spark': 5, Databricks: 4 }, available: 14, rate: 18_500_000, profileUrl: 'https://www.linkedin.example/in/daniel-kim-data' },
  { name: 'Amelia Clarke', kind: PERMANENT_SEEKER, seniority: LEAD, tz: 'Europe/London', location: 'London, UK', archetype: 'data', skills: { ...DATA_MUST(4, 4, 4), 'Data governance': 4, BigQuery: 3 }, available: 40, rate: 13_500_000 },
  { name: 'Emily Carter', kind: PERMANENT_SEEKER, seniority: SENIOR, tz: 'America/Toronto', location: 'Toronto, Canada', archetype: 'data', skills: DATA_MUST(4, 4, 3), available: 7, rate: 12_000_000 },
  // …and one constraint short each.
  { name: 'Lena Fischer', kind: PERMANENT_SEEKER, seniority: LEAD, tz: 'Europe/Berlin', location: 'Munich, Germany', archetype: 'data', skills: { ...DATA_MUST(5, 4, 4), Snowflake: 3 }, available: 21, rate: 14_000_000, tags: ['speaks-german'] },
  { name: 'Aisha Bello', kind: PERMANENT_SEEKER, seniority: LEAD, tz: 'America/New_York', location: 'Atlanta, USA', archetype: 'data', skills: DATA_MUST(4, 3, 4), available: 14, rate: 15_000_000 },
  { name: 'Ryan Cooper', kind: PERMANENT_SEEKER, seniority: LEAD, tz: 'America/Denver', location: 'Denver, USA', archetype: 'data', skills: DATA_MUST(4, 4, 3), available: 60, rate: 15_500_000 },
  { name: "Grace O'Neill", kind: PERMANENT_SEEKER, seniority: LEAD, tz: 'Europe/Dublin', location: 'Dublin, Ireland', archetype: 'data', skills: DATA_MUST(4, 5, 4), available: 30, allocation: 80, rate: 14_500_000, note: 'Wants a four-day week; open to discussing it for the right team.' },
  { name: 'Olivia Martinez', kind: CONTRACTOR, seniority: LEAD, tz: 'America/Chicago', location: 'Austin, USA', archetype: 'data', skills: DATA_MUST(5, 4, 3), available: 10, rate: 105_000 },

  // The duplicate pair: the same person imported twice (e-mail in a different case, the same profile).
  { name: 'Katarzyna Nowak', kind: CONTRACTOR, seniority: SENIOR, tz: 'Europe/Warsaw', location: 'Warsaw, Poland', archetype: 'jvm', email: 'katarzyna.nowak@example.com', phone: '+48 601 234 567', profileUrl: 'https://www.linkedin.example/in/katarzyna-nowak', available: 14, rate: 72_000 },
  { name: 'Kasia Nowak', kind: CONTRACTOR, seniority: SENIOR, tz: 'Europe/Warsaw', location: 'Warsaw, Poland', archetype: 'jvm', email: 'Katarzyna.Nowak@Example.com', profileUrl: 'https://linkedin.example/in/katarzyna-nowak/', available: 30, rate: 65_000, note: 'Imported from the old contractor spreadsheet; looks like Katarzyna Nowak again. Merge before contacting.' },

  // Consent ending within 30 days; retention ending within 30 days.
  { name: 'Andrei Popescu', kind: CONTRACTOR, seniority: SENIOR, tz: 'Europe/Bucharest', location: 'Bucharest, Romania', archetype: 'jvm', consentEndsInDays: 6 },
  { name: 'Neha Joshi', kind: PERMANENT_SEEKER, seniority: SENIOR, tz: 'Asia/Kolkata', location: 'Mumbai, India', archetype: 'data', consentEndsInDays: 15 },
  { name: 'Camille Laurent', kind: ASSOCIATE, seniority: SENIOR, tz: 'Europe/Paris', location: 'Paris, France', archetype: 'delivery', consentEndsInDays: 27, tags: ['speaks-french'] },
  { name: "Michael O'Brien", kind: CONTRACTOR, seniority: LEAD, tz: 'America/Los_Angeles', location: 'San Francisco, USA', archetype: 'security', consentEndsInDays: -75 },
  { name: 'Théo Moreau', kind: ASSOCIATE, seniority: MID, tz: 'Europe/Paris', location: 'Lyon, France', archetype: 'frontend', retentionEndsInDays: 12, tags: ['speaks-french'] },
  { name: 'Sanne Jansen', kind: CONTRACTOR, seniority: SENIOR, tz: 'Europe/Amsterdam', location: 'Rotterdam, Netherlands', archetype: 'ai', retentionEndsInDays: 25 },

  // The rest of the pool.
  { name: 'James Whitfield', kind: ASSOCIATE, seniority: PRINCIPAL, tz: 'Europe/London', location: 'Bristol, UK', archetype: 'architect' },
  { name: 'Rohan Mehta', kind: CONTRACTOR, seniority: SENIOR, tz: 'Europe/London', location: 'London, UK', archetype: 'node' },
  { name: 'Ciarán Byrne', kind: BENCH, seniority: MID, tz: 'Europe/Dublin', location: 'Dublin, Ireland', archetype: 'node' },
  { name: 'Lucía Fernández', kind: BENCH, seniority: SENIOR, tz: 'Europe/Madrid', location: 'Madrid, Spain', archetype: 'data', tags: ['speaks-spanish'] },
  { name: 'Tiago Almeida', kind: CONTRACTOR, seniority: MID, tz: 'Europe/Lisbon', location: 'Porto, Portugal', archetype: 'mobile' },
  { name: 'Astrid Nilsson', kind: BENCH, seniority: LEAD, tz: 'Europe/Stockholm', location: 'Gothenburg, Sweden', archetype: 'delivery', tags: ['speaks-swedish'] },
  { name: 'Eleni Papadopoulou', kind: ASSOCIATE, seniority: SENIOR, tz: 'Europe/Athens', location: 'Athens, Greece', archetype: 'security' },
  { name: 'Mihai Ionescu', kind: BENCH, seniority: JUNIOR, tz: 'Europe/Bucharest', location: 'Cluj-Napoca, Romania', archetype: 'quality' },
  { name: 'Marco Rossi', kind: ASSOCIATE, seniority: LEAD, tz: 'Europe/Rome', location: 'Milan, Italy', archetype: 'architect', tags: ['speaks-italian'] },
  { name: 'Giulia Bianchi', kind: PERMANENT_SEEKER, seniority: MID, tz: 'Europe/Rome', location: 'Turin, Italy', archetype: 'frontend' },
  { name: 'Jessica Nguyen', kind: PERMANENT_SEEKER, seniority: SENIOR, tz: 'America/Los_Angeles', location: 'Seattle, USA', archetype: 'ai' },
  { name: 'Divya Raghavan', kind: BENCH, seniority: SENIOR, tz: 'Asia/Kolkata', location: 'Bengaluru, India', archetype: 'ai' },
  { name: 'Arjun Nair', kind: ASSOCIATE, seniority: MID, tz: 'Asia/Kolkata', location: 'Pune, India', archetype: 'jvm' },
  { name: 'Ananya Iyer', kind: BENCH, seniority: SENIOR, tz: 'Asia/Kolkata', location: 'Hyderabad, India', archetype: 'quality' },
  { name: 'Vikram Singh', kind: CONTRACTOR, seniority: LEAD, tz: 'Asia/Kolkata', location: 'Gurugram, India', archetype: 'dotnet' },
  { name: 'Sneha Kulkarni', kind: ASSOCIATE, seniority: JUNIOR, tz: 'Asia/Kolkata', location: 'Pune, India', archetype: 'frontend' },
  { name: 'Matteo Conti', kind: BENCH, seniority: SENIOR, tz: 'Europe/Rome', location: 'Bologna, Italy', archetype: 'dotnet' },
  { name: 'Freya Andersen', kind: ASSOCIATE, seniority: SENIOR, tz: 'Europe/Copenhagen', location: 'Copenhagen, Denmark', archetype: 'security' },
  { name: 'Noah Schmidt', kind: PERMANENT_SEEKER, seniority: JUNIOR, tz: 'Europe/Berlin', location: 'Hamburg, Germany', archetype: 'node' },
  { name: 'Chloé Dubois', kind: PERMANENT_SEEKER, seniority: SENIOR, tz: 'Europe/Brussels', location: 'Brussels, Belgium', archetype: 'quality', tags: ['speaks-french'] },
  { name: 'Samuel Okoro', kind: PERMANENT_SEEKER, seniority: LEAD, tz: 'Europe/London', location: 'Leeds, UK', archetype: 'delivery' },
  { name: 'Hana Novotná', kind: ASSOCIATE, seniority: SENIOR, tz: 'Europe/Prague', location: 'Brno, Czechia', archetype: 'data' },
  { name: 'Ethan Walker', kind: PERMANENT_SEEKER, seniority: MID, tz: 'America/New_York', location: 'Philadelphia, USA', archetype: 'node' },
  { name: 'Laura Schneider', kind: BENCH, seniority: LEAD, tz: 'Europe/Zurich', location: 'Zurich, Switzerland', archetype: 'architect', tags: ['speaks-german'] },
  { name: 'Beatriz Santos', kind: PERMANENT_SEEKER, seniority: MID, tz: 'Europe/Lisbon', location: 'Lisbon, Portugal', archetype: 'mobile' },
  { name: 'Rahul Verma', kind: CONTRACTOR, seniority: SENIOR, tz: 'Asia/Kolkata', location: 'Noida, India', archetype: 'platform' },
  { name: 'Zoe Harper', kind: ASSOCIATE, seniority: SENIOR, tz: 'America/New_York', location: 'Brooklyn, USA', archetype: 'frontend' },
  { name: 'Kevin Murphy', kind: BENCH, seniority: MID, tz: 'Europe/Dublin', location: 'Cork, Ireland', archetype: 'jvm' },
  { name: 'Sebastian Wolf', kind: BENCH, seniority: SENIOR, tz: 'Europe/Vienna', location: 'Vienna, Austria', archetype: 'node', tags: ['speaks-german'] },
  { name: 'Maya Goldberg', kind: ASSOCIATE, seniority: LEAD, tz: 'America/New_York', location: 'New York, USA', archetype: 'delivery' },
  { name: 'Luka Horvat', kind: BENCH, seniority: MID, tz: 'Europe/Zagreb', location: 'Zagreb, Croatia', archetype: 'platform' },
  { name: 'Ingrid Solberg', kind: ASSOCIATE, seniority: SENIOR, tz: 'Europe/Oslo', location: 'Oslo, Norway', archetype: 'data', tags: ['speaks-norwegian'] },
];

interface RoleSeed {
  engagement: string;
  title: string;
  optionType: 'AUGMENTATION' | 'HIRE';
  seniority: Seniority;
  /** Days from today. */
  start: number;
  permanent: boolean;
  durationWeeks: number | null;
  budget: [number, number];
  minOverlapHours: number;
  /** [skill, minLevel, mustHave, weight] */
  skills: [string, number, boolean, number][];
}

const ROLES: RoleSeed[] = [
  {
    engagement: 'Platform team rescue',
    title: 'Senior platform engineer',
    optionType: 'AUGMENTATION',
    seniority: SENIOR,
    start: 14,
    permanent: false,
    durationWeeks: 16,
    budget: [70_000, 95_000],
    minOverlapHours: 5,
    skills: [['Kubernetes', 4, true, 3], ['Terraform', 3, true, 3], ['AWS', 3, true, 2], ['Go', 3, false, 1], ['Helm', 3, false, 1], ['Observability', 3, false, 1], ['GitOps', 3, false, 1]],
  },
  {
    engagement: 'Data team build-out',
    title: 'Head of data engineering',
    optionType: 'HIRE',
    seniority: LEAD,
    start: 30,
    permanent: true,
    durationWeeks: null,
    budget: [14_000_000, 17_500_000],
    minOverlapHours: 3,
    skills: [['Data engineering', 4, true, 3], ['Data architecture', 4, true, 3], ['Engineering management', 3, true, 2], ['Snowflake', 3, false, 1], ['dbt', 3, false, 1], ['Apache Kafka', 3, false, 1], ['Data governance', 3, false, 1], ['Python', 3, false, 1]],
  },
];

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
  const target = Math.min(15, Math.max(6, between(rnd, 6, 11) + (p.seniority === LEAD || p.seniority === PRINCIPAL ? 3 : 0)));
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

  const permanent = p.kind === PERMANENT_SEEKER;
  const rate = p.rate ?? (permanent ? Math.round(between(rnd, ...SALARY[p.seniority]) / 100_000) * 100_000 : Math.round(between(rnd, ...DAY_RATE[p.seniority]) / 1_000) * 1_000);
  const available = p.available ?? pick(rnd, [0, 0, 3, 7, 10, 14, 21, 30, 35, 45, 60]);
  // People written for a role are fully available unless said otherwise; the others vary.
  const allocation = p.allocation ?? (p.skills ? 100 : pick(rnd, [100, 100, 100, 100, 100, 100, 80, 60, 50]));

  // Consent: employees on the bench by contract; everyone else by consent, for 24 months (some on legitimate interest for 12).
  let consentBasis: ConsentBasis = 'CONSENT';
  let consentGivenAt: Date;
  let consentExpiresAt: Date | null;
  if (p.consentEndsInDays !== undefined) {
    consentExpiresAt = at(p.consentEndsInDays);
    consentGivenAt = new Date(consentExpiresAt.getTime() - 730 * DAY_MS);
  } else if (p.kind === BENCH) {
    consentBasis = 'CONTRACT';
    consentGivenAt = at(-between(rnd, 200, 1800));
    consentExpiresAt = null;
  } else if (p.kind === ASSOCIATE && rnd() < 0.3) {
    consentBasis = 'LEGITIMATE_INTEREST';
    consentGivenAt = at(-between(rnd, 30, 270));
    consentExpiresAt = new Date(consentGivenAt.getTime() + 365 * DAY_MS);
  } else {
    consentExpiresAt = at(between(rnd, 95, 700));
    consentGivenAt = new Date(consentExpiresAt.getTime() - 730 * DAY_MS);
  }
  let lastContactAt = at(-between(rnd, 1, 540));
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
      availableFrom: day(available),
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
      startDate: day(r.start),
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
