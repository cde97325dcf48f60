import { Role, daysFromToday } from '@orchestra/shared';
import type { DataSource } from 'typeorm';
import { issueInvitationToken } from '../../src/modules/assessment/invitation-tokens.js';
import type { SeededDemo } from '../../src/seed/demo-data.js';
import type { TestApi } from './harness.js';

/** Question ids of the default template by key. */
export async function questionIds(ds: DataSource, templateId: string): Promise<Map<string, string>> {
  const rows: { id: string; key: string }[] = await ds.query(`SELECT id, key FROM question WHERE "templateId" = $1`, [templateId]);
  return new Map(rows.map((r) => [r.key, r.id]));
}

export interface FixtureRespondent {
  email: string;
  respondentRole: string;
  name?: string | null;
  /** By question key (`release-practice.q2`): the answer without its question id. */
  answers: Record<string, { scale?: number; choices?: string[]; text?: string; dontKnow?: boolean }>;
}

/**
 * An OPEN assessment of the default framework on `engagementId` (or on a new engagement with HIGH
 * urgency, TEMPORARY horizon and a 50–150k budget), with these respondents' answers submitted.
 */
export async function openAssessmentWith(
  api: TestApi,
  seeded: SeededDemo,
  opts: { title: string; engagementId?: string; anonymityThreshold?: number; respondents: FixtureRespondent[] },
): Promise<{ assessmentId: string; engagementId: string }> {
  const ds = api.dataSource;
  const [engagement] = opts.engagementId
    ? [{ id: opts.engagementId }]
    : await ds.query(
        `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed", stage, urgency, horizon, "budgetBand")
         VALUES ($1, $2, $3, 'Releases break every Friday.', 'DISCOVERY', 'HIGH', 'TEMPORARY', 'FROM_50K_TO_150K') RETURNING id`,
        [seeded.clientId, seeded.users.CONSULTANT, `Engagement for ${opts.title}`],
      );
  const created = await api.gql<{ createAssessment: { id: string } }>(
    `mutation($e: ID!, $t: ID!, $title: String!, $due: String!, $k: Int) {
      createAssessment(engagementId: $e, templateId: $t, title: $title, dueDate: $due, minRespondents: 3, anonymityThreshold: $k) { id } }`,
    { e: engagement.id, t: seeded.templateId, title: opts.title, due: daysFromToday(10), k: opts.anonymityThreshold ?? null },
    { as: Role.CONSULTANT },
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const assessmentId = created.data.createAssessment.id;
  const tokens: string[] = [];
  for (const r of opts.respondents) {
    const [inv] = await ds.query(
      `INSERT INTO invitation ("clientId", "assessmentId", email, name, "respondentRole", status) VALUES ($1, $2, $3, $4, $5, 'PENDING') RETURNING id`,
      [seeded.clientId, assessmentId, r.email, r.name ?? null, r.respondentRole],
    );
    tokens.push(await ds.transaction((m) => issueInvitationToken(m, inv.id, daysFromToday(10), false)));
  }
  const opened = await api.gql(`mutation($id: ID!) { openAssessment(id: $id) { id } }`, { id: assessmentId }, { as: Role.CONSULTANT });
  if (opened.errors) throw new Error(JSON.stringify(opened.errors));
  const q = await questionIds(ds, seeded.templateId);
  const SUBMIT = `mutation($t: String!, $a: [AnswerInput!]!) { submitResponse(token: $t, answers: $a, idempotencyKey: "fixture") { status } }`;
  for (const [i, token] of tokens.entries()) {
    const answers = Object.entries(opts.respondents[i]!.answers).map(([key, a]) => ({ questionId: q.get(key), ...a }));
    const res = await api.gql(SUBMIT, { t: token, a: answers });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
  return { assessmentId, engagementId: engagement.id };
}

/**
 * The hand-worked scenario of the finalise tests: an engagement (HIGH urgency, TEMPORARY horizon,
 * 50–150k budget), an OPEN assessment of the default framework, and two submitted responses that
 * answer only "Release practice" (target 4, weight 1.5):
 *   CTO      q1 weekly (3), q2 scale 2, q3 manual-steps + automated-pipeline (mean 2)
 *            → (3×1.5 + 2 + 2) / 3.5 = 2.428571…
 *   ENGINEER q1 monthly-or-less (1), q2 scale 1, q3 don't know
 *            → (1×1.5 + 1) / 2.5 = 1.0
 * Two respondents: the anonymity threshold is 2 so that the report can be published.
 */
export function openAssessmentWithResponses(
  api: TestApi,
  seeded: SeededDemo,
  title = 'Release baseline',
  engagementId?: string,
): Promise<{ assessmentId: string; engagementId: string }> {
  return openAssessmentWith(api, seeded, {
    title,
    engagementId,
    anonymityThreshold: 2,
    respondents: [
      {
        email: 'cto@northwind.example',
        respondentRole: 'CTO',
        answers: {
          'release-practice.q1': { choices: ['weekly'] },
          'release-practice.q2': { scale: 2 },
          'release-practice.q3': { choices: ['manual-steps', 'automated-pipeline'] },
        },
      },
      {
        email: 'eng@northwind.example',
        respondentRole: 'ENGINEER',
        answers: {
          'release-practice.q1': { choices: ['monthly-or-less'] },
          'release-practice.q2': { scale: 1 },
          'release-practice.q3': { dontKnow: true },
        },
      },
    ],
  });
}
