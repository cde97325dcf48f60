import { describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { FINALISE_STEP_NAMES, Role } from '@orchestra/shared';
import { getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { openAssessmentWith, type FixtureRespondent } from './support/assessment-fixture.js';
import { codeOf, useTestApi } from './support/harness.js';

/** Every field of a type, nested (fields with required arguments left out), for "read everything" probes. */
function everyField(schema: GraphQLSchema, typeName: string, depth = 6): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type) || depth === 0) return '';
  const parts = Object.values(type.getFields())
    .filter((f) => !f.args.some((a) => a.type.toString().endsWith('!')))
    .map((f) => {
      const named = getNamedType(f.type);
      if (!isObjectType(named)) return f.name;
      const inner = everyField(schema, named.name, depth - 1);
      return inner ? `${f.name} { ${inner} }` : '';
    })
    .filter(Boolean);
  return parts.join(' ');
}

interface Heatmap {
  columns: { key: string; label: string; seats: string[]; respondents: number; identifiable: boolean }[];
  rows: { capabilityName: string; cells: { column: string; current: number | null; respondents: number }[] }[];
}
interface Report {
  heatmap: Heatmap;
  clientHeatmap: Heatmap;
  disclosure: { threshold: number; publishable: boolean; summary: string; seats: { respondentRole: string; respondents: number; outcome: string; reason: string }[] };
  gaps: { evidence: { respondentRole: string | null; quote: string | null }[] }[];
}
const answer = (scale: number, text: string) => ({ 'release-practice.q1': { choices: ['monthly-or-less'] }, 'release-practice.q2': { scale, text } });
const people = (role: string, n: number, scale: number, text: (i: number) => string): FixtureRespondent[] =>
  Array.from({ length: n }, (_, i) => ({ email: `${role.toLowerCase()}${i}@northwind.example`, respondentRole: role, answers: answer(scale, text(i)) }));

describe('respondent anonymity', () => {
  const ctx = useTestApi();

  const finalise = async (assessmentId: string) => {
    await ctx.api.gql(`mutation($id: ID!) { closeAssessment(id: $id, reason: "Enough responses") { status } }`, { id: assessmentId }, { as: Role.CONSULTANT });
    const steps = await ctx.api.finaliseSteps();
    for (const step of FINALISE_STEP_NAMES) await steps.run(step, assessmentId);
  };
  const publish = (id: string) => ctx.api.gql(`mutation($id: ID!) { publishAssessmentReport(id: $id) { status } }`, { id }, { as: Role.CONSULTANT });

  it('publishes no seat of fewer than k: a one-person seat can be read by no client query, in no field, under no alias', async () => {
    // k = 3. CTO 1 and Engineering manager 1 stay below k even together, so the smallest seat that
    // reaches k on its own (Product, 3) joins them: "Other roles" = 5; Engineers (4) show on their own.
    const { assessmentId } = await openAssessmentWith(ctx.api, ctx.seeded, {
      title: 'Anonymity probe',
      respondents: [
        { email: 'olivia@northwind.example', name: 'Olivia Quinn', respondentRole: 'CTO', answers: answer(1, 'ZEBRA-CTO: only Olivia Quinn signs releases off.') },
        { email: 'em@northwind.example', name: 'Marcus Hale', respondentRole: 'ENGINEERING_MANAGER', answers: answer(5, 'ZEBRA-EM: our rollbacks are fine.') },
        ...people('ENGINEER', 4, 2, (i) => `Engineer note ${i}: ask Olivia Quinn (olivia@northwind.example) or @marcus.hale before a rollback.`),
        ...people('PRODUCT', 3, 3, (i) => `Product note ${i}: releases slip.`),
      ],
    });
    await finalise(assessmentId);

    // Staff see every seat, the small ones marked, and what the client will get.
    const STAFF = `query($id: ID!) { assessmentReport(assessmentId: $id) {
      heatmap { columns { key respondents identifiable } } clientHeatmap { columns { key seats respondents } }
      disclosure { threshold publishable summary seats { respondentRole respondents outcome reason } }
      gaps { evidence { respondentRole quote } } } }`;
    const staff = (await ctx.api.gql<{ assessmentReport: Report }>(STAFF, { id: assessmentId }, { as: Role.CONSULTANT })).data!.assessmentReport;
    expect(staff.heatmap.columns).toEqual([
      { key: 'CTO', respondents: 1, identifiable: true },
      { key: 'ENGINEERING_MANAGER', respondents: 1, identifiable: true },
      { key: 'ENGINEER', respondents: 4, identifiable: false },
      { key: 'PRODUCT', respondents: 3, identifiable: false },
    ]);
    expect(staff.clientHeatmap.columns).toEqual([
      { key: 'ENGINEER', seats: ['ENGINEER'], respondents: 4 },
      { key: 'OTHER_ROLES', seats: ['CTO', 'ENGINEERING_MANAGER', 'PRODUCT'], respondents: 5 },
    ]);
    expect(staff.disclosure).toMatchObject({
      threshold: 3,
      publishable: true,
      summary: 'Breakdowns by seat show groups of at least 3: CTO (1), Engineering manager (1) and Product (3) are shown together as Other roles.',
    });
    expect(staff.disclosure.seats.map((s) => [s.respondentRole, s.outcome])).toEqual([
      ['CTO', 'MERGED'],
      ['ENGINEERING_MANAGER', 'MERGED'],
      ['ENGINEER', 'SHOWN'],
      ['PRODUCT', 'MERGED'],
    ]);
    const staffQuotes = staff.gaps.flatMap((g) => g.evidence.map((e) => e.quote)).filter(Boolean);
    expect(staffQuotes).toContain('ZEBRA-CTO: only Olivia Quinn signs releases off.');

    expect((await publish(assessmentId)).errors).toBeUndefined();

    // The client reads everything it can: every field of the report, twice under aliases.
    const schema = ctx.api.app.get(GraphQLSchemaHost).schema;
    const all = everyField(schema, 'AssessmentReport');
    const probe = await ctx.api.gql<{ a: Report }>(
      `query($id: ID!) { a: assessmentReport(assessmentId: $id) { ${all} } b: assessmentReport(assessmentId: $id) { h1: heatmap { columns { key label seats } } h2: clientHeatmap { rows { cells { column current respondents } } } d: disclosure { seats { respondentRole reason } } } }`,
      { id: assessmentId },
      { as: Role.CLIENT },
    );
    expect(probe.errors).toBeUndefined();
    const text = JSON.stringify(probe.data);
    // No seat of fewer than three has a column, a cell, a seat on an answer, a count or a word of its own.
    for (const forbidden of [/"(key|column|respondentRole)":"(CTO|ENGINEERING_MANAGER|PRODUCT)"/, /\(1\)/, /ZEBRA|Olivia|Quinn|olivia@|marcus/i]) {
      expect(text).not.toMatch(forbidden);
    }
    expect(probe.data!.a.disclosure.summary).toBe('No breakdown shows a group of fewer than 3 people: CTO, Engineering manager and Product are shown together as Other roles.');
    const report = probe.data!.a;
    expect(report.heatmap.columns.map((c) => c.key)).toEqual(['ENGINEER', 'OTHER_ROLES']);
    expect(report.heatmap.columns.map((c) => c.label)).toEqual(['Engineer', 'Other roles']);
    expect(report.heatmap).toEqual(report.clientHeatmap);
    expect(report.disclosure.seats).toEqual([]);
    // Every respondent answered release practice: each column counts its whole group.
    const release = report.heatmap.rows.find((r) => r.capabilityName === 'Release practice')!;
    expect(release.cells.map((c) => [c.column, c.respondents])).toEqual([
      ['ENGINEER', 4],
      ['OTHER_ROLES', 5],
    ]);
    const evidence = report.gaps.flatMap((g) => g.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((e) => e.respondentRole === null)).toBe(true);
    const quotes = evidence.map((e) => e.quote).filter(Boolean);
    // Engineers (4 ≥ 3) may be quoted, redacted; Product (3 ≥ 3) too; the CTO and the manager never.
    expect(quotes).toContain('Engineer note 0: ask [name] ([e-mail]) or [name] before a rollback.');
    expect(quotes).toContain('Product note 0: releases slip.');
    expect(quotes).toHaveLength(7);
  });

  it('refuses to publish when fewer than k people answered in all, and says why', async () => {
    const { assessmentId } = await openAssessmentWith(ctx.api, ctx.seeded, {
      title: 'Two answers',
      respondents: people('ENGINEER', 2, 2, () => 'Fine.'),
    });
    await finalise(assessmentId);
    const res = await publish(assessmentId);
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toBe(
      'Only 2 respondents answered; with an anonymity threshold of 3, the report cannot be shared with the client without exposing individuals.',
    );
  });

  it('takes the threshold when the assessment is created (2–20), and keeps it once open (respondents are told it: see assessments.int-spec)', async () => {
    const CREATE = `mutation($e: ID!, $t: ID!, $k: Int) { createAssessment(engagementId: $e, templateId: $t, title: "k", dueDate: "2099-01-01", anonymityThreshold: $k) { id anonymityThreshold } }`;
    const [engagement] = await ctx.api.dataSource.query(
      `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed", stage) VALUES ($1, $2, 'Threshold', 'Need.', 'DISCOVERY') RETURNING id`,
      [ctx.seeded.clientId, ctx.seeded.users.CONSULTANT],
    );
    const one = await ctx.api.gql(CREATE, { e: engagement.id, t: ctx.seeded.templateId, k: 1 }, { as: Role.CONSULTANT });
    expect(codeOf(one)).toBe('BAD_USER_INPUT');
    expect(one.errors![0]!.extensions.fields).toEqual({ anonymityThreshold: "must be at least 2: a smaller group would show one person's answers" });
    const byDefault = await ctx.api.gql<{ createAssessment: { anonymityThreshold: number } }>(CREATE, { e: engagement.id, t: ctx.seeded.templateId, k: null }, { as: Role.CONSULTANT });
    expect(byDefault.data!.createAssessment.anonymityThreshold).toBe(3);

    const { assessmentId } = await openAssessmentWith(ctx.api, ctx.seeded, { title: 'Open one', anonymityThreshold: 4, respondents: people('ENGINEER', 1, 3, () => 'Fine.') });
    const change = await ctx.api.gql(`mutation($id: ID!) { updateAssessment(id: $id, anonymityThreshold: 2) { id } }`, { id: assessmentId }, { as: Role.CONSULTANT });
    expect(codeOf(change)).toBe('BAD_USER_INPUT');
    expect(change.errors![0]!.extensions.fields).toEqual({
      anonymityThreshold: 'cannot change once the assessment is open: respondents were told groups of fewer than 4 are never shown',
    });
  });
});
