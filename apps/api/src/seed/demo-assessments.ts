import { AssessmentStatus, InvitationStatus, QuestionType, RespondentRole, type Answer, daysFromNow, daysFromToday } from '@orchestra/shared';
import type { EntityManager } from 'typeorm';
import { Assessment, Invitation, Response } from '../modules/assessment/assessment.entities.js';
import { issueInvitationToken } from '../modules/assessment/invitation-tokens.js';
import { Contact } from '../modules/contact/contact.entity.js';
import { Question } from '../modules/framework/framework.entities.js';
import type { SeededDemo } from './demo-data.js';


/** A stable pseudo-random number in [0, 1) per string: the demo answers are the same every run. */
function unit(seed: string): number {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

const QUOTES = [
  'Last quarter we shipped an AI-generated migration that nobody read closely; it dropped an index in production.',
  'We decided to move to Kubernetes in a meeting with no notes; half the team still does not know why.',
  'Releases go out on Thursday nights and someone always stays until two.',
];

/**
 * A respondent's answers with a tendency (`lean`, around 1–5): people see the same organisation
 * differently, so respondents disagree a little, and some say "don't know".
 */
function answersFor(questions: Question[], who: string, lean: number): Answer[] {
  return questions.flatMap((q, i): Answer[] => {
    const r = unit(`${who}:${q.key}`);
    if (q.allowsDontKnow && r < 0.06) return [{ questionId: q.id, dontKnow: true }];
    const level = Math.min(5, Math.max(1, Math.round(lean + (r - 0.5) * 2)));
    switch (q.type) {
      case QuestionType.SCALE:
        return [{ questionId: q.id, scale: level }];
      case QuestionType.CHOICE: {
        const closest = [...q.options].sort((a, b) => Math.abs(a.score - level) - Math.abs(b.score - level))[0];
        return closest ? [{ questionId: q.id, choices: [closest.key] }] : [];
      }
      case QuestionType.MULTI:
        return [{ questionId: q.id, choices: q.options.filter((o) => o.score <= level + 1).slice(0, 3).map((o) => o.key) }].filter((a) => a.choices.length);
      case QuestionType.TEXT:
        return [{ questionId: q.id, text: QUOTES[i % QUOTES.length]! }];
    }
  });
}

/**
 * The demo's assessments: an OPEN one on "Platform team rescue" with three submitted responses,
 * the CTO's draft and one person yet to start, and a DRAFT one on "Data team build-out". Returns a fresh
 * link for the one who has not started, so the demo can point at the respondent's journey.
 */
export async function seedDemoAssessments(m: EntityManager, demo: SeededDemo, engagementIds: Map<string, string>): Promise<{ respondentToken: string | null }> {
  const platform = engagementIds.get('Platform team rescue');
  const data = engagementIds.get('Data team build-out');
  if (!platform || !data) return { respondentToken: null };
  const questions = await m.find(Question, { where: { templateId: demo.templateId }, order: { position: 'ASC' } });

  let open = await m.findOneBy(Assessment, { engagementId: platform, title: 'Platform baseline' });
  if (!open) {
    open = await m.save(
      m.create(Assessment, {
        clientId: demo.clientId,
        engagementId: platform,
        templateId: demo.templateId,
        title: 'Platform baseline',
        status: AssessmentStatus.OPEN,
        dueDate: daysFromToday(9),
        minRespondents: 3,
        openedAt: daysFromNow(-5),
      }),
    );
    await m.query(
      `INSERT INTO assessment_target ("assessmentId", "capabilityId", target) SELECT $1, id, "defaultTarget" FROM capability WHERE "frameworkId" = $2`,
      [open.id, demo.frameworkId],
    );
    const people: [string, string, RespondentRole, InvitationStatus, number][] = [
      // The CTO can sign in as the demo CLIENT user and carry on with her draft.
      ['Nora Lind', 'cto@northwind.example', RespondentRole.CTO, InvitationStatus.STARTED, 3.2],
      ['Lars Lindqvist', 'lars@northwind.example', RespondentRole.ENGINEERING_MANAGER, InvitationStatus.SUBMITTED, 2.6],
      ['Maja Berg', 'maja@northwind.example', RespondentRole.ENGINEER, InvitationStatus.SUBMITTED, 2.1],
      ['Oskar Holm', 'oskar@northwind.example', RespondentRole.ENGINEER, InvitationStatus.SUBMITTED, 2.4],
      ['Petra Sund', 'petra@northwind.example', RespondentRole.PRODUCT, InvitationStatus.PENDING, 3],
    ];
    for (const [name, email, role, status, lean] of people) {
      const sentAt = daysFromNow(-5);
      const contact = await m.findOneBy(Contact, { clientId: demo.clientId, email });
      const invitation = await m.save(
        m.create(Invitation, {
          clientId: demo.clientId,
          assessmentId: open.id,
          contactId: contact?.id ?? null,
          email,
          name,
          respondentRole: role,
          status,
          sentAt,
          startedAt: status === InvitationStatus.PENDING ? null : sentAt,
          submittedAt: status === InvitationStatus.SUBMITTED ? daysFromNow(-2) : null,
        }),
      );
      if (status === InvitationStatus.PENDING) continue;
      const all = answersFor(questions, email, lean);
      await m.save(
        m.create(Response, {
          clientId: demo.clientId,
          invitationId: invitation.id,
          answers: status === InvitationStatus.SUBMITTED ? all : all.slice(0, 12),
          submittedAt: invitation.submittedAt,
          submitKey: status === InvitationStatus.SUBMITTED ? `demo-${invitation.id}` : null,
        }),
      );
    }
  }
  if (!(await m.existsBy(Assessment, { engagementId: data }))) {
    const [engagement] = await m.query(`SELECT "clientId" FROM engagement WHERE id = $1`, [data]);
    const draft = await m.save(
      m.create(Assessment, {
        clientId: engagement.clientId,
        engagementId: data,
        templateId: demo.templateId,
        title: 'Data capability baseline',
        status: AssessmentStatus.DRAFT,
        dueDate: daysFromToday(21),
        minRespondents: 4,
      }),
    );
    await m.query(
      `INSERT INTO assessment_target ("assessmentId", "capabilityId", target) SELECT $1, id, "defaultTarget" FROM capability WHERE "frameworkId" = $2`,
      [draft.id, demo.frameworkId],
    );
  }
  const pending = await m.findOneBy(Invitation, { assessmentId: open.id, status: InvitationStatus.PENDING });
  return { respondentToken: pending ? await issueInvitationToken(m, pending.id, open.dueDate, false) : null };
}
