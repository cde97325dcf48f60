import { allowedNextStages, EngagementStage, OutboxEventType, revisitRunAt, Role, type BudgetBand, type NeedHorizon, type SizeBand, type Urgency } from '@orchestra/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Client } from '../../modules/client/client.entity.js';
import { Contact } from '../../modules/contact/contact.entity.js';
import { DecisionRecord } from '../../modules/decision/decision-record.entity.js';
import { EngagementStageChange } from '../../modules/engagement/engagement-stage-change.entity.js';
import { Engagement } from '../../modules/engagement/engagement.entity.js';
import { User } from '../../modules/user/user.entity.js';
import { OutboxEvent } from '../queue/outbox-event.entity.js';
import { seedDemoAssessments } from './demo-assessments.js';
import { DEMO_CLIENT_NAME, type SeededDemo } from './demo-data.js';
import { seedTalent } from './demo-talent.js';

interface ClientSeed {
  name: string;
  industry: string;
  sizeBand: SizeBand;
  region: string;
  timeZone: string;
  hours: [string, string];
  contacts: [name: string, email: string, title: string][];
}

const CLIENTS: ClientSeed[] = [
  { name: DEMO_CLIENT_NAME, industry: 'Logistics', sizeBand: 'S_1001_5000', region: 'Nordics', timeZone: 'Europe/Stockholm', hours: ['09:00', '16:00'], contacts: [
    ['Nora Lind', 'cto@northwind.example', 'CTO'], ['Erik Holm', 'erik.holm@northwind.example', 'Head of Platform'], ['Sara Berg', 'sara.berg@northwind.example', 'Engineering Manager'] ] },
  { name: 'Helix Health', industry: 'Healthcare', sizeBand: 'S_201_1000', region: 'UK', timeZone: 'Europe/London', hours: ['09:30', '17:00'], contacts: [
    ['Priya Shah', 'priya.shah@helix.example', 'VP Engineering'], ['Tom Reid', 'tom.reid@helix.example', 'Staff Engineer'], ['Amara Okafor', 'amara.okafor@helix.example', 'Product Director'] ] },
  { name: 'Quanta Payments', industry: 'Fintech', sizeBand: 'S_51_200', region: 'DACH', timeZone: 'Europe/Berlin', hours: ['09:00', '17:00'], contacts: [
    ['Lukas Meyer', 'lukas.meyer@quanta.example', 'CTO'], ['Jana Novak', 'jana.novak@quanta.example', 'Security Lead'] ] },
  { name: 'Riverbend Retail', industry: 'Retail', sizeBand: 'S_5000_PLUS', region: 'US East', timeZone: 'America/New_York', hours: ['09:00', '17:00'], contacts: [
    ['Marcus Hill', 'marcus.hill@riverbend.example', 'Chief Digital Officer'], ['Dana Cole', 'dana.cole@riverbend.example', 'Director of Data'], ['Ivy Chen', 'ivy.chen@riverbend.example', 'Engineering Manager'] ] },
  { name: 'Solstice Energy', industry: 'Energy', sizeBand: 'S_1001_5000', region: 'Iberia', timeZone: 'Europe/Madrid', hours: ['08:30', '15:30'], contacts: [
    ['Lucía Romero', 'lucia.romero@solstice.example', 'Head of IT'], ['Pablo Ruiz', 'pablo.ruiz@solstice.example', 'Architect'] ] },
  { name: 'Kestrel Robotics', industry: 'Manufacturing', sizeBand: 'S_1_50', region: 'Australia', timeZone: 'Australia/Sydney', hours: ['08:00', '16:00'], contacts: [
    ['Aiden Walsh', 'aiden.walsh@kestrel.example', 'Founder & CEO'], ['Mei Tanaka', 'mei.tanaka@kestrel.example', 'Lead Engineer'] ] },
];

interface EngagementSeed {
  client: string;
  title: string;
  need: string;
  stage: EngagementStage;
  horizon: NeedHorizon;
  urgency: Urgency;
  budget: BudgetBand;
  /** Start, in days from today (negative: in the past). */
  start: number | null;
  weeks: number | null;
}

const ENGAGEMENTS: EngagementSeed[] = [
  { client: DEMO_CLIENT_NAME, title: 'Platform team rescue', need: 'Our platform team is drowning in AI-generated pull requests and no one owns the architecture any more. Reviews take days and incidents are up.', stage: 'ASSESSING', horizon: 'UNKNOWN', urgency: 'HIGH', budget: 'FROM_150K_TO_500K', start: -20, weeks: 16 },
  { client: DEMO_CLIENT_NAME, title: 'Route-planning data platform', need: 'Route planning still runs on nightly batch jobs; dispatch wants live data and we have no data engineers who have built streaming before.', stage: 'LEAD', horizon: 'PERMANENT', urgency: 'MEDIUM', budget: 'UNKNOWN', start: null, weeks: null },
  { client: 'Helix Health', title: 'Release practice reset', need: 'Every release needs a weekend and a war room. Regulators ask for traceability we cannot show.', stage: 'ACTIVE', horizon: 'TEMPORARY', urgency: 'HIGH', budget: 'FROM_50K_TO_150K', start: -75, weeks: 20 },
  { client: 'Helix Health', title: 'Clinical app architecture review', need: 'Three teams build on one shared database and every change breaks someone else. Should we split it, and how?', stage: 'CLOSED', horizon: 'TEMPORARY', urgency: 'MEDIUM', budget: 'UNDER_50K', start: -200, weeks: 6 },
  { client: 'Quanta Payments', title: 'Security engineering lead', need: 'We passed our first PCI audit with consultants holding our hand; we need someone in-house who owns security for good.', stage: 'PROPOSING', horizon: 'PERMANENT', urgency: 'HIGH', budget: 'FROM_150K_TO_500K', start: -10, weeks: null },
  { client: 'Quanta Payments', title: 'AI coding assistant rollout', need: 'Half the engineers use AI assistants, half refuse; nobody reviews what the assistants write and legal is nervous.', stage: 'DISCOVERY', horizon: 'TEMPORARY', urgency: 'MEDIUM', budget: 'UNDER_50K', start: 5, weeks: 8 },
  { client: 'Riverbend Retail', title: 'Checkout replatforming', need: 'The checkout monolith caps us at 400 orders a minute and Black Friday is in eleven weeks.', stage: 'ACTIVE', horizon: 'TEMPORARY', urgency: 'HIGH', budget: 'OVER_500K', start: -40, weeks: 24 },
  { client: 'Riverbend Retail', title: 'Data team build-out', need: 'We have forty dashboards and nobody trusts any of them. We want a permanent data team with a lead who sets standards.', stage: 'ASSESSING', horizon: 'PERMANENT', urgency: 'MEDIUM', budget: 'FROM_150K_TO_500K', start: -15, weeks: null },
  { client: 'Solstice Energy', title: 'Cloud migration plan', need: 'Our data centre lease ends next year; we have two hundred VMs and no idea which ones matter.', stage: 'LOST', horizon: 'TEMPORARY', urgency: 'LOW', budget: 'FROM_50K_TO_150K', start: null, weeks: null },
  { client: 'Solstice Energy', title: 'Grid telemetry pipeline', need: 'Sensor data arrives late and out of order; operators make decisions on numbers that are hours old.', stage: 'DISCOVERY', horizon: 'UNKNOWN', urgency: 'HIGH', budget: 'FROM_150K_TO_500K', start: 14, weeks: 12 },
  { client: 'Kestrel Robotics', title: 'First engineering manager', need: 'Eight engineers report to the founder; nothing gets planned and two seniors are about to leave.', stage: 'PROPOSING', horizon: 'PERMANENT', urgency: 'HIGH', budget: 'FROM_50K_TO_150K', start: -5, weeks: null },
  { client: 'Kestrel Robotics', title: 'Firmware delivery flow', need: 'Firmware builds take two hours and only one person knows how to release to the robots in the field.', stage: 'LEAD', horizon: 'TEMPORARY', urgency: 'LOW', budget: 'UNDER_50K', start: null, weeks: null },
];

const DECISIONS: { engagement: string; title: string; context: string; decision: string; alternatives: string; reversibility: 'ONE_WAY' | 'TWO_WAY'; revisitInDays: number | null }[] = [
  { engagement: 'Platform team rescue', title: 'Assess before staffing', context: 'The client asked for two senior engineers at once.', decision: 'Run the capability assessment first; staff only the gaps it shows.', alternatives: 'Place two seniors now and review later.', reversibility: 'TWO_WAY', revisitInDays: 3 },
  { engagement: 'Release practice reset', title: 'Trunk-based development', context: 'Long-lived branches cause the weekend merges.', decision: 'Move all teams to trunk-based development with feature flags.', alternatives: 'Release trains every two weeks.', reversibility: 'TWO_WAY', revisitInDays: 5 },
  { engagement: 'Checkout replatforming', title: 'Keep the monolith through Black Friday', context: 'Eleven weeks are too few to split the checkout safely.', decision: 'Scale the monolith vertically for the peak; extract payments in Q1.', alternatives: 'Extract payments before the peak.', reversibility: 'ONE_WAY', revisitInDays: 30 },
  { engagement: 'Security engineering lead', title: 'Hire rather than augment', context: 'Security ownership is a permanent need and the budget allows a lead.', decision: 'Recruit a permanent security engineering lead; bridge with a four-week review.', alternatives: 'Augment with a contractor for six months.', reversibility: 'ONE_WAY', revisitInDays: null },
  { engagement: 'Clinical app architecture review', title: 'Split the shared database by domain', context: 'Three teams share one schema.', decision: 'Split into three schemas owned by each team, with published read models.', alternatives: 'Keep one database and add a change-review board.', reversibility: 'ONE_WAY', revisitInDays: null },
];

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The path an engagement took to reach `stage` (LOST after DISCOVERY in this demo). */
function pathTo(stage: EngagementStage): EngagementStage[] {
  if (stage === EngagementStage.LOST) return [EngagementStage.LEAD, EngagementStage.DISCOVERY, EngagementStage.LOST];
  const path: EngagementStage[] = [EngagementStage.LEAD];
  while (path.at(-1) !== stage) path.push(allowedNextStages(path.at(-1)!)[0]!);
  return path;
}

/**
 * A realistic portfolio for `npm run demo`: clients across industries and time zones, their
 * contacts, engagements in every stage with their timelines, and decisions (some due for revisit
 * this week), and assessments with responses. Only adds what is missing, so it is safe to run again. Tests do not use it.
 */
export async function seedPortfolio(ds: DataSource, demo: SeededDemo, opts: { revisitHourUtc: number }): Promise<{ respondentToken: string | null }> {
  return ds.transaction(async (m) => {
    const owners = [demo.users[Role.CONSULTANT], await secondConsultant(m)];
    const clientIds = new Map<string, string>();
    for (const c of CLIENTS) {
      let client = await m.findOneBy(Client, { name: c.name });
      client ??= m.create(Client, { name: c.name });
      Object.assign(client, { industry: c.industry, sizeBand: c.sizeBand, region: c.region, timeZone: c.timeZone, coreHoursStart: c.hours[0], coreHoursEnd: c.hours[1] });
      client = await m.save(client);
      clientIds.set(c.name, client.id);
      for (const [name, email, title] of c.contacts) {
        if (await m.existsBy(Contact, { clientId: client.id, email })) continue;
        const userId = email === 'cto@northwind.example' ? demo.users[Role.CLIENT] : null;
        await m.save(m.create(Contact, { clientId: client.id, name, email, title, userId }));
      }
    }
    const engagementIds = new Map<string, string>();
    for (const [i, e] of ENGAGEMENTS.entries()) {
      const clientId = clientIds.get(e.client)!;
      const existing = await m.findOneBy(Engagement, { clientId, title: e.title });
      if (existing) {
        engagementIds.set(e.title, existing.id);
        continue;
      }
      const engagement = await m.save(
        m.create(Engagement, {
          clientId,
          ownerId: owners[i % owners.length]!,
          title: e.title,
          businessNeed: e.need,
          stage: e.stage,
          horizon: e.horizon,
          urgency: e.urgency,
          budgetBand: e.budget,
          startDate: e.start === null ? null : day(e.start),
          endDate: e.start === null || e.weeks === null ? null : day(e.start + e.weeks * 7),
        }),
      );
      engagementIds.set(e.title, engagement.id);
      const path = pathTo(e.stage);
      for (const [step, toStage] of path.entries()) {
        const changedAt = new Date(Date.now() - (path.length - step) * 7 * 86_400_000);
        await m.insert(EngagementStageChange, { engagementId: engagement.id, fromStage: path[step - 1] ?? null, toStage, changedById: engagement.ownerId, changedAt });
      }
    }
    for (const d of DECISIONS) {
      const engagementId = engagementIds.get(d.engagement)!;
      if (await m.existsBy(DecisionRecord, { engagementId, title: d.title })) continue;
      const engagement = await m.findOneByOrFail(Engagement, { id: engagementId });
      const record = await m.save(
        m.create(DecisionRecord, {
          clientId: engagement.clientId,
          engagementId,
          title: d.title,
          context: d.context,
          decision: d.decision,
          alternatives: d.alternatives,
          reversibility: d.reversibility,
          decidedById: engagement.ownerId,
          decidedAt: new Date(Date.now() - 10 * 86_400_000),
          revisitDate: d.revisitInDays === null ? null : day(d.revisitInDays),
        }),
      );
      if (record.revisitDate) {
        // The same reminder the API schedules, through the outbox, so the worker sends it on the day.
        const result = await m.insert(OutboxEvent, {
          type: OutboxEventType.DECISION_REVISIT_SCHEDULED,
          payload: { decisionRecordId: record.id, runAt: revisitRunAt(record.revisitDate, opts.revisitHourUtc) },
        });
        await m.update(DecisionRecord, { id: record.id }, { revisitEventId: (result.identifiers[0] as { id: string }).id });
      }
    }
    const seeded = await seedDemoAssessments(m, demo, engagementIds);
    await seedTalent(m, engagementIds, demo.users[Role.RECRUITER]);
    return seeded;
  });
}

async function secondConsultant(m: EntityManager): Promise<string> {
  const email = 'priya.patel@orchestra.local';
  const existing = await m.findOneBy(User, { email });
  if (existing) return existing.id;
  // No password: she owns demo engagements but cannot sign in (no invitation is sent for seed data).
  return (await m.save(m.create(User, { email, name: 'Priya Patel', role: Role.CONSULTANT, clientId: null, passwordHash: null, active: true }))).id;
}
