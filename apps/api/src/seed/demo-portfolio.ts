import { allowedNextStages, EngagementStage, OutboxEventType, revisitRunAt, Role, daysFromNow, daysFromToday } from '@orchestra/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Client } from '../modules/client/client.entity.js';
import { Contact } from '../modules/contact/contact.entity.js';
import { DecisionRecord } from '../modules/decision/decision-record.entity.js';
import { EngagementStageChange } from '../modules/engagement/engagement-stage-change.entity.js';
import { Engagement } from '../modules/engagement/engagement.entity.js';
import { User } from '../core/identity/user/user.entity.js';
import { OutboxEvent } from '../core/queue/outbox-event.entity.js';
import { seedDemoAssessments } from './demo-assessments.js';
import type { SeededDemo } from './demo-data.js';
import { seedTalent } from './demo-talent.js';
import { CLIENTS, DECISIONS, ENGAGEMENTS } from './data/demo-portfolio.data.js';

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
          startDate: e.start === null ? null : daysFromToday(e.start),
          endDate: e.start === null || e.weeks === null ? null : daysFromToday(e.start + e.weeks * 7),
        }),
      );
      engagementIds.set(e.title, engagement.id);
      const path = pathTo(e.stage);
      for (const [step, toStage] of path.entries()) {
        const changedAt = daysFromNow(-(path.length - step) * 7);
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
          decidedAt: daysFromNow(-10),
          revisitDate: d.revisitInDays === null ? null : daysFromToday(d.revisitInDays),
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
