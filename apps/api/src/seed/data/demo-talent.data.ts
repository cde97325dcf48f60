/** The demo talent pool: archetypes, people and open roles (data only; demo-talent.ts writes them). */
import { CandidateKind, Seniority } from '@orchestra/shared';

export type Archetype = 'platform' | 'data' | 'jvm' | 'node' | 'dotnet' | 'frontend' | 'mobile' | 'security' | 'ai' | 'quality' | 'delivery' | 'architect';

/** Per archetype: what they are called in a CV, the skills they almost always have, and the ones they may have. */
export const ARCHETYPES: Readonly<Record<Archetype, { title: string; core: string[]; extra: string[]; tag: string }>> = {
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

export interface PersonSeed {
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

export const PLATFORM_MUST = (k8s: number, tf: number, aws: number) => ({ Kubernetes: k8s, Terraform: tf, AWS: aws });
export const DATA_MUST = (de: number, da: number, em: number) => ({ 'Data engineering': de, 'Data architecture': da, 'Engineering management': em });

export const PEOPLE: PersonSeed[] = [
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

export interface RoleSeed {
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

export const ROLES: RoleSeed[] = [
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
