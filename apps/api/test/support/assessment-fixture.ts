import { Role } from '@orchestra/shared';
import type { DataSource } from 'typeorm';
import { issueInvitationToken } from '../../src/modules/assessment/invitation-tokens.js';
import type { SeededDemo } from '../../src/core/database/demo-data.js';
import type { TestApi } from './harness.js';

export const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Question ids of the default template by key. */
export async function questionIds(ds: DataSource, templateId: string): Promise<Map<string, string>> {
  const rows: { id: string; key: string }[] = await ds.query(`SELECT id, key FROM question WHERE "templateId" = $1`, [templateId]);
  return new Map(rows.map((r) => [r.key, r.id]));
}

/**
 * The hand-worked scenario of the finalise tests: an engagement (HIGH urgency, TEMPORARY horizon,
 * 50–150k budget), an OPEN assessment of the default framework, and two submitted responses that
 * answer only "Release practice" (target 4, weight 1.5):
 *   CTO      q1 weekly (3), q2 scale 2, q3 manual-steps + automated-pipeline (mean 2)
 *            → (3×1.5 + 2 + 2) / 3.5 = 2.428571…
 *   ENGINEER q1 monthly-or-less (1), q2 scale 1, q3 don't know
 *            → (1×1.5 + 1) / 2.5 = 1.0
 */
export async function openAssessmentWithResponses(
  api: TestApi,
  seeded: SeededDemo,
  title = 'Release baseline',
  engagementId?: string,
): Promise<{ assessmentId: string; engagementId: string }> {
  const ds = api.dataSource;
  const [engagement] = engagementId
    ? [{ id: engagementId }]
    : await ds.query(
        `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed", stage, urgency, horizon, "budgetBand")
         VALUES ($1, $2, $3, 'Releases break every Friday.', 'DISCOVERY', 'HIGH', 'TEMPORARY', 'FROM_50K_TO_150K') RETURNING id`,
        [seeded.clientId, seeded.users.CONSULTANT, `Engagement for ${title}`],
      );
  const created = await api.gql<{ createAssessment: { id: string } }>(
    `mutation($e: ID!, $t: ID!, $title: String!, $due: String!) { createAssessment(engagementId: $e, templateId: $t, title: $title, dueDate: $due, minRespondents: 3) { id } }`,
    { e: engagement.id, t: seeded.templateId, title, due: dayFromNow(10) },
    { as: Role.CONSULTANT },
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const assessmentId = created.data.createAssessment.id;
  const tokens: string[] = [];
  for (const [email, role] of [
    ['cto@northwind.example', 'CTO'],
    ['eng@northwind.example', 'ENGINEER'],
  ] as const) {
    const [inv] = await ds.query(
      `INSERT INTO invitation ("clientId", "assessmentId", email, "respondentRole", status) VALUES ($1, $2, $3, $4, 'PENDING') RETURNING id`,
      [seeded.clientId, assessmentId, email, role],
    );
    tokens.push(await ds.transaction((m) => issueInvitationToken(m, inv.id, dayFromNow(10), false)));
  }
  const opened = await api.gql(`mutation($id: ID!) { openAssessment(id: $id) { id } }`, { id: assessmentId }, { as: Role.CONSULTANT });
  if (opened.errors) throw new Error(JSON.stringify(opened.errors));
  const q = await questionIds(ds, seeded.templateId);
  const SUBMIT = `mutation($t: String!, $a: [AnswerInput!]!) { submitResponse(token: $t, answers: $a, idempotencyKey: "fixture") { status } }`;
  const answers = [
    [
      { questionId: q.get('release-practice.q1'), choices: ['weekly'] },
      { questionId: q.get('release-practice.q2'), scale: 2 },
      { questionId: q.get('release-practice.q3'), choices: ['manual-steps', 'automated-pipeline'] },
    ],
    [
      { questionId: q.get('release-practice.q1'), choices: ['monthly-or-less'] },
      { questionId: q.get('release-practice.q2'), scale: 1 },
      { questionId: q.get('release-practice.q3'), dontKnow: true },
    ],
  ];
  for (const [i, token] of tokens.entries()) {
    const res = await api.gql(SUBMIT, { t: token, a: answers[i] });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
  return { assessmentId, engagementId: engagement.id };
}
