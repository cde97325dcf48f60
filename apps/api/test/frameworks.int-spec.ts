import { describe, expect, it, jest } from '@jest/globals';
import { Role } from '@orchestra/shared';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { codeOf, useTestApi } from './support/harness.js';
import { FrameworkService } from '../src/modules/framework/framework.service.js';

const LEVELS = ['Nobody owns it.', 'Someone owns it sometimes.', 'Written down and followed.', 'Measured and reviewed.', 'Improved from what is measured.'];
const SCALE_OPTIONS = [1, 2, 3, 4, 5].map((n) => ({ key: String(n), label: `Level ${n}`, score: n }));
const READ_ONLY = 'This framework version is published and read-only: create a new version to change it.';
const UPDATE_CAPABILITY = `mutation($id: ID!, $levels: [String!], $name: String, $weight: Float) {
  updateCapability(id: $id, levels: $levels, name: $name, weight: $weight) { id name levels weight } }`;

type Parts = { frameworkId: string; areaId: string; capabilityId: string; templateId: string; questionId: string };
/** Each write on a framework or its parts, by mutation name: the query and its variables. */
const WRITES = (p: Parts): Record<string, [string, Record<string, unknown>]> => ({
  updateCapabilityFramework: [`mutation($id: ID!) { updateCapabilityFramework(id: $id, description: "Changed") { id } }`, { id: p.frameworkId }],
  deleteCapabilityFramework: [`mutation($id: ID!) { deleteCapabilityFramework(id: $id) { id } }`, { id: p.frameworkId }],
  createCapabilityArea: [`mutation($f: ID!) { createCapabilityArea(frameworkId: $f, key: "new-area", name: "New area") { id } }`, { f: p.frameworkId }],
  updateCapabilityArea: [`mutation($id: ID!) { updateCapabilityArea(id: $id, name: "Renamed") { id } }`, { id: p.areaId }],
  deleteCapabilityArea: [`mutation($id: ID!) { deleteCapabilityArea(id: $id) { id } }`, { id: p.areaId }],
  createCapability: [
    `mutation($a: ID!, $levels: [String!]!) { createCapability(areaId: $a, key: "new-capability", name: "New", nature: PRACTICE, levels: $levels) { id } }`,
    { a: p.areaId, levels: LEVELS },
  ],
  updateCapability: [UPDATE_CAPABILITY, { id: p.capabilityId, levels: LEVELS }],
  deleteCapability: [`mutation($id: ID!) { deleteCapability(id: $id) { id } }`, { id: p.capabilityId }],
  createAssessmentTemplate: [`mutation($f: ID!) { createAssessmentTemplate(frameworkId: $f, name: "Short check") { id } }`, { f: p.frameworkId }],
  updateAssessmentTemplate: [`mutation($id: ID!) { updateAssessmentTemplate(id: $id, estimatedMinutes: 45) { id } }`, { id: p.templateId }],
  deleteAssessmentTemplate: [`mutation($id: ID!) { deleteAssessmentTemplate(id: $id) { id } }`, { id: p.templateId }],
  createQuestion: [
    `mutation($t: ID!, $c: ID!, $options: [QuestionOptionInput!]!) { createQuestion(templateId: $t, capabilityId: $c, key: "new.q1", prompt: "How?", type: SCALE, options: $options) { id } }`,
    { t: p.templateId, c: p.capabilityId, options: SCALE_OPTIONS },
  ],
  updateQuestion: [`mutation($id: ID!) { updateQuestion(id: $id, prompt: "Reworded?") { id } }`, { id: p.questionId }],
  deleteQuestion: [`mutation($id: ID!) { deleteQuestion(id: $id) { id } }`, { id: p.questionId }],
});

describe('Capability frameworks', () => {
  const ctx = useTestApi();

  const capabilityId = async (key: string, frameworkId = ctx.seeded.frameworkId) =>
    ((await ctx.api.dataSource.query(`SELECT id FROM capability WHERE key = $1 AND "frameworkId" = $2`, [key, frameworkId])) as { id: string }[])[0]!.id;
  const useFramework = () =>
    ctx.api.dataSource.query(
      `INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed") VALUES ($1, $2, 'E', 'N') RETURNING id`,
      [ctx.seeded.clientId, ctx.seeded.users.CONSULTANT],
    ).then(([e]: { id: string }[]) =>
      ctx.api.dataSource.query(
        `INSERT INTO assessment ("clientId", "engagementId", "templateId", title, "dueDate") VALUES ($1, $2, $3, 'A', current_date + 7)`,
        [ctx.seeded.clientId, e!.id, ctx.seeded.templateId],
      ),
    );

  const newDraft = async () =>
    (
      await ctx.api.gql<{ newCapabilityFrameworkVersion: { id: string } }>(`mutation($id: ID!) { newCapabilityFrameworkVersion(id: $id) { id } }`, { id: ctx.seeded.frameworkId }, { as: Role.ADMIN })
    ).data!.newCapabilityFrameworkVersion.id;
  /** One of each part of a framework version (its first area, capability, template and question). */
  const partsOf = async (frameworkId: string) => {
    const [row] = await ctx.api.dataSource.query(
      `SELECT (SELECT id FROM capability_area WHERE "frameworkId" = $1 ORDER BY position LIMIT 1) AS "areaId",
              (SELECT id FROM capability WHERE "frameworkId" = $1 ORDER BY key LIMIT 1) AS "capabilityId",
              (SELECT id FROM assessment_template WHERE "frameworkId" = $1 LIMIT 1) AS "templateId",
              (SELECT q.id FROM question q JOIN assessment_template t ON t.id = q."templateId" WHERE t."frameworkId" = $1 ORDER BY q.key LIMIT 1) AS "questionId"`,
      [frameworkId],
    );
    return { frameworkId, ...(row as { areaId: string; capabilityId: string; templateId: string; questionId: string }) };
  };
  /** Every framework row and the audit of writes on them, to show a refused write left nothing behind. */
  const snapshot = () =>
    ctx.api.dataSource.query(
      `SELECT (SELECT json_agg(f ORDER BY f.id) FROM capability_framework f) AS frameworks,
              (SELECT json_agg(a ORDER BY a.id) FROM capability_area a) AS areas,
              (SELECT json_agg(c ORDER BY c.id) FROM capability c) AS capabilities,
              (SELECT json_agg(t ORDER BY t.id) FROM assessment_template t) AS templates,
              (SELECT json_agg(q ORDER BY q.id) FROM question q) AS questions,
              (SELECT count(*)::int FROM audit_event WHERE "targetType" IN ('CapabilityFramework', 'CapabilityArea', 'Capability', 'AssessmentTemplate', 'Question')) AS audits`,
    );

  it('reads the default framework in order: 8 areas, 25 capabilities with five levels, one template of 59 questions', async () => {
    const res = await ctx.api.gql<{
      allCapabilityFrameworks: { name: string; version: number; status: string }[];
      allCapabilityAreas: { name: string }[];
      _allCapabilitiesMeta: { count: number };
      allCapabilities: { key: string; levels: string[]; area: { name: string } }[];
      allAssessmentTemplates: { name: string; estimatedMinutes: number }[];
      _allQuestionsMeta: { count: number };
    }>(
      `query($f: ID!, $t: ID!) {
        allCapabilityFrameworks { name version status }
        allCapabilityAreas(filter: { frameworkId: $f }, perPage: 100) { name }
        _allCapabilitiesMeta(filter: { frameworkId: $f }) { count }
        allCapabilities(filter: { frameworkId: $f }, perPage: 3, sortField: "key") { key levels area { name } }
        allAssessmentTemplates(filter: { frameworkId: $f }) { name estimatedMinutes }
        _allQuestionsMeta(filter: { templateId: $t }) { count } }`,
      { f: ctx.seeded.frameworkId, t: ctx.seeded.templateId },
      { as: Role.CONSULTANT },
    );
    const d = res.data!;
    expect(d.allCapabilityFrameworks).toEqual([{ name: 'Engineering Orchestration', version: 1, status: 'PUBLISHED' }]);
    expect(d.allCapabilityAreas).toHaveLength(8);
    expect(d.allCapabilityAreas[0]!.name).toBe('Direction and alignment');
    expect(d._allCapabilitiesMeta.count).toBe(25);
    for (const c of d.allCapabilities) expect(c.levels).toHaveLength(5);
    expect(d.allAssessmentTemplates).toEqual([{ name: 'Engineering Orchestration — standard assessment', estimatedMinutes: 30 }]);
    expect(d._allQuestionsMeta.count).toBe(59);
  });

  it('is read by ADMIN and CONSULTANT only, and changed by ADMIN only', async () => {
    const id = await capabilityId('release-practice');
    for (const role of [Role.RECRUITER, Role.CLIENT]) {
      for (const q of [`{ allCapabilityFrameworks { id } }`, `{ allCapabilities { id } }`, `{ allQuestions { id } }`, `{ _allAssessmentTemplatesMeta { count } }`]) {
        expect([role, q, codeOf(await ctx.api.gql(q, {}, { as: role }))]).toEqual([role, q, 'FORBIDDEN']);
      }
    }
    expect(codeOf(await ctx.api.gql(`{ allCapabilityAreas { id } }`))).toBe('UNAUTHENTICATED');
    const mutations: [string, Record<string, unknown>][] = [
      [UPDATE_CAPABILITY, { id, name: 'X' }],
      [`mutation($id: ID!) { publishCapabilityFramework(id: $id) { id } }`, { id: ctx.seeded.frameworkId }],
      [`mutation($id: ID!) { newCapabilityFrameworkVersion(id: $id) { id } }`, { id: ctx.seeded.frameworkId }],
      [`mutation { createCapabilityFramework(name: "Mine") { id } }`, {}],
      [`mutation($id: ID!) { deleteQuestion(id: $id) { id } }`, { id: ctx.seeded.templateId }],
    ];
    for (const [q, vars] of mutations) {
      for (const role of [Role.CONSULTANT, Role.RECRUITER, Role.CLIENT]) expect([role, codeOf(await ctx.api.gql(q, vars, { as: role }))]).toEqual([role, 'FORBIDDEN']);
    }
    const [row] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM capability_framework`);
    expect(row.n).toBe(1);
  });

  it('edits a capability of a draft (five levels side by side), and refuses bad levels', async () => {
    const id = await capabilityId('release-practice', await newDraft());
    const res = await ctx.api.gql(UPDATE_CAPABILITY, { id, levels: LEVELS.map((l) => ` ${l} `), weight: 2 }, { as: Role.ADMIN });
    expect(res.data).toMatchObject({ updateCapability: { levels: LEVELS, weight: 2 } });
    const four = await ctx.api.gql(UPDATE_CAPABILITY, { id, levels: LEVELS.slice(0, 4) }, { as: Role.ADMIN });
    expect(four.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { levels: 'must be exactly five descriptors' } });
    const [audit] = await ctx.api.dataSource.query(`SELECT action, "changedFields" FROM audit_event WHERE "targetId" = $1`, [id]);
    expect(audit).toEqual({ action: 'capability.update', changedFields: ['levels', 'weight'] });
  });

  it('refuses every write on a published version or anything in it (BAD_USER_INPUT, nothing written), even before an assessment uses it', async () => {
    const published = await partsOf(ctx.seeded.frameworkId);
    const before = await snapshot();
    for (const [name, [query, vars]] of Object.entries(WRITES(published))) {
      const res = await ctx.api.gql(query, vars, { as: Role.ADMIN });
      expect([name, res.data?.[name] ?? null, res.errors?.[0]?.message, res.errors?.[0]?.extensions.code]).toEqual([name, null, READ_ONLY, 'BAD_USER_INPUT']);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('allows the same writes on a draft version', async () => {
    const draft = await partsOf(await newDraft());
    const all = WRITES(draft);
    // Creates and updates, then deletes from the leaves up (a delete takes the parts under it along).
    const deletes = ['deleteQuestion', 'deleteAssessmentTemplate', 'deleteCapability', 'deleteCapabilityArea', 'deleteCapabilityFramework'];
    const order = [...Object.keys(all).filter((n) => !deletes.includes(n)), ...deletes];
    expect([...order].sort()).toEqual(Object.keys(all).sort());
    for (const name of order) {
      const [query, vars] = all[name]!;
      const res = await ctx.api.gql(query, vars, { as: Role.ADMIN });
      expect([name, res.errors]).toEqual([name, undefined]);
      expect(res.data?.[name]).toMatchObject({ id: expect.any(String) });
    }
    const [left] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM capability_framework WHERE id = $1`, [draft.frameworkId]);
    expect(left.n).toBe(0);
  });

  it('keeps a published framework that an assessment uses read-only; a new version copies everything as a DRAFT to edit and publish', async () => {
    await useFramework();
    const frozen = await ctx.api.gql(UPDATE_CAPABILITY, { id: await capabilityId('release-practice'), name: 'Shipping' }, { as: Role.ADMIN });
    expect(frozen.errors![0]).toMatchObject({ message: READ_ONLY, extensions: { code: 'BAD_USER_INPUT' } });

    const copy = await ctx.api.gql<{ newCapabilityFrameworkVersion: { id: string; version: number; status: string } }>(
      `mutation($id: ID!) { newCapabilityFrameworkVersion(id: $id) { id version status } }`,
      { id: ctx.seeded.frameworkId },
      { as: Role.ADMIN },
    );
    const v2 = copy.data!.newCapabilityFrameworkVersion;
    expect(v2).toMatchObject({ version: 2, status: 'DRAFT' });
    const [counts] = await ctx.api.dataSource.query(
      `SELECT (SELECT count(*) FROM capability_area WHERE "frameworkId" = $1)::int AS areas,
              (SELECT count(*) FROM capability WHERE "frameworkId" = $1)::int AS capabilities,
              (SELECT count(*) FROM question q JOIN assessment_template t ON t.id = q."templateId" WHERE t."frameworkId" = $1)::int AS questions,
              (SELECT count(*) FROM question q JOIN capability c ON c.id = q."capabilityId" JOIN assessment_template t ON t.id = q."templateId"
                WHERE t."frameworkId" = $1 AND c."frameworkId" <> $1)::int AS "crossLinked"`,
      [v2.id],
    );
    expect(counts).toEqual({ areas: 8, capabilities: 25, questions: 59, crossLinked: 0 });

    const edited = await ctx.api.gql(UPDATE_CAPABILITY, { id: await capabilityId('release-practice', v2.id), name: 'Shipping safely' }, { as: Role.ADMIN });
    expect(edited.data).toMatchObject({ updateCapability: { name: 'Shipping safely' } });
    const [v1] = await ctx.api.dataSource.query(`SELECT name FROM capability WHERE id = $1`, [await capabilityId('release-practice')]);
    expect(v1.name).toBe('Release practice');

    const PUBLISH = `mutation($id: ID!) { publishCapabilityFramework(id: $id) { status publishedAt } }`;
    expect((await ctx.api.gql<{ publishCapabilityFramework: { status: string } }>(PUBLISH, { id: v2.id }, { as: Role.ADMIN })).data!.publishCapabilityFramework.status).toBe('PUBLISHED');
    expect(codeOf(await ctx.api.gql(PUBLISH, { id: v2.id }, { as: Role.ADMIN }))).toBe('CONFLICT');
  });

  it('builds a framework from nothing: area, capability, template and question, with the rules on keys and options', async () => {
    const { api } = ctx;
    const as = { as: Role.ADMIN };
    const fw = await api.gql<{ createCapabilityFramework: { id: string; version: number; status: string } }>(
      `mutation { createCapabilityFramework(name: "Data platform maturity", description: "For data teams") { id version status } }`,
      {},
      as,
    );
    const frameworkId = fw.data!.createCapabilityFramework.id;
    expect(fw.data!.createCapabilityFramework).toMatchObject({ version: 1, status: 'DRAFT' });
    const empty = await api.gql(`mutation($id: ID!) { publishCapabilityFramework(id: $id) { id } }`, { id: frameworkId }, as);
    expect(empty.errors![0]!.message).toBe('Data platform maturity v1 needs at least one capability and one question before it can be published.');

    const area = await api.gql<{ createCapabilityArea: { id: string; position: number } }>(
      `mutation($f: ID!) { createCapabilityArea(frameworkId: $f, key: "pipelines", name: "Pipelines") { id position } }`,
      { f: frameworkId },
      as,
    );
    const areaId = area.data!.createCapabilityArea.id;
    const badKey = await api.gql(`mutation($f: ID!) { createCapabilityArea(frameworkId: $f, key: "Bad Key", name: "X") { id } }`, { f: frameworkId }, as);
    expect(badKey.errors![0]!.extensions).toMatchObject({ fields: { key: 'must be lower-case words joined by - or . (e.g. release-practice)' } });
    const twice = await api.gql(`mutation($f: ID!) { createCapabilityArea(frameworkId: $f, key: "pipelines", name: "Again") { id } }`, { f: frameworkId }, as);
    expect(twice.errors![0]).toMatchObject({ message: 'An area with key "pipelines" exists in this framework: choose another.', extensions: { code: 'CONFLICT' } });

    const cap = await api.gql<{ createCapability: { id: string; frameworkId: string } }>(
      `mutation($a: ID!, $levels: [String!]!) { createCapability(areaId: $a, key: "data-quality", name: "Data quality", nature: PRACTICE, levels: $levels, skills: ["dbt"]) { id frameworkId } }`,
      { a: areaId, levels: LEVELS },
      as,
    );
    expect(cap.data!.createCapability.frameworkId).toBe(frameworkId);
    const template = await api.gql<{ createAssessmentTemplate: { id: string } }>(
      `mutation($f: ID!) { createAssessmentTemplate(frameworkId: $f, name: "Data check", estimatedMinutes: 10) { id } }`,
      { f: frameworkId },
      as,
    );
    const CREATE_Q = `mutation($t: ID!, $c: ID!, $type: QuestionType!, $options: [QuestionOptionInput!]!) {
      createQuestion(templateId: $t, capabilityId: $c, key: "data-quality.q1", prompt: "How often do dashboards disagree?", type: $type, options: $options) { id position } }`;
    const vars = { t: template.data!.createAssessmentTemplate.id, c: cap.data!.createCapability.id };
    const fourAnchors = await api.gql(CREATE_Q, { ...vars, type: 'SCALE', options: SCALE_OPTIONS.slice(0, 4) }, as);
    expect(fourAnchors.errors![0]!.extensions).toMatchObject({ fields: { options: 'must be five anchored labels scored 1, 2, 3, 4, 5 in order' } });
    const foreign = await api.gql(CREATE_Q, { ...vars, c: await capabilityId('release-practice'), type: 'SCALE', options: SCALE_OPTIONS }, as);
    expect(foreign.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const q = await api.gql(CREATE_Q, { ...vars, type: 'SCALE', options: SCALE_OPTIONS }, as);
    expect(q.data).toMatchObject({ createQuestion: { position: 0 } });

    const published = await api.gql(`mutation($id: ID!) { publishCapabilityFramework(id: $id) { status } }`, { id: frameworkId }, as);
    expect(published.data).toEqual({ publishCapabilityFramework: { status: 'PUBLISHED' } });
    const same = await api.gql(`mutation { createCapabilityFramework(name: "Data platform maturity") { id } }`, {}, as);
    expect(same.errors![0]!.message).toBe('A framework named "Data platform maturity" exists: make a new version of it instead.');
  });

  it('reads a published questionnaire once per process and shares it frozen; a draft one is read every time', async () => {
    const frameworks = ctx.api.app.get(FrameworkService);
    const read = async (templateId: string) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      const questionnaire = await frameworks.questionnaire(ctx.api.dataSource.manager, templateId);
      const statements = spy.mock.calls.length;
      spy.mockRestore();
      return { questionnaire, statements };
    };
    const [{ n: questions }] = await ctx.api.dataSource.query(`SELECT count(*)::int AS n FROM question WHERE "templateId" = $1`, [ctx.seeded.templateId]);
    const first = await read(ctx.seeded.templateId);
    expect(first.questionnaire.questions).toHaveLength(questions);
    expect(first.questionnaire.questions.map((q) => q.position)).toEqual([...first.questionnaire.questions.map((q) => q.position)].sort((a, b) => a - b));
    const again = await read(ctx.seeded.templateId);
    expect(again.statements).toBe(0);
    expect(again.questionnaire).toBe(first.questionnaire);
    expect(Object.isFrozen(again.questionnaire.questions[0])).toBe(true);

    // A draft can still change, so it is never kept: an edit shows in the next read.
    const draft = await partsOf(await newDraft());
    const before = await read(draft.templateId);
    expect(before.statements).toBeGreaterThan(0);
    expect(Object.isFrozen(before.questionnaire.questions)).toBe(false);
    const edited = await ctx.api.gql(`mutation($id: ID!) { updateQuestion(id: $id, prompt: "Edited in the draft?") { id } }`, { id: draft.questionId }, { as: Role.ADMIN });
    expect(edited.errors).toBeUndefined();
    const after = await read(draft.templateId);
    expect(after.statements).toBeGreaterThan(0);
    expect(after.questionnaire.questions.find((q) => q.id === draft.questionId)!.prompt).toBe('Edited in the draft?');
  });
});
