import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { JobName, QueueName, Role, daysFromToday } from '@orchestra/shared';
import { Queue, QueueEvents } from 'bullmq';
import { isNonNullType } from 'graphql';
import { randomUUID } from 'node:crypto';
import { codeOf, useTestApi, type GqlResult } from './support/harness.js';
import { createCandidate, skillIds } from './support/talent-fixture.js';
import { WorkerProcess } from './support/worker-process.js';

const NOT_NULL = 'cannot be empty: leave it out to keep the current value';
const fieldsOf = (res: GqlResult<unknown>) => res.errors?.[0]?.extensions.fields;

describe('Input the API can trust (production messages)', () => {
  const ctx = useTestApi({ NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:2525' });
  const admin = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => ctx.api.gql<T>(query, variables, { as: Role.ADMIN });
  const must = async <T>(res: Promise<GqlResult<T>>): Promise<T> => {
    const r = await res;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!;
  };

  async function engagement(): Promise<string> {
    const [row] = await ctx.api.dataSource.query(`INSERT INTO engagement ("clientId", "ownerId", title, "businessNeed") VALUES ($1, $2, 'Data platform', 'Pipelines break nightly') RETURNING id`, [
      ctx.seeded.clientId,
      ctx.seeded.users.CONSULTANT,
    ]);
    return row.id;
  }

  async function role(engagementId: string, title = 'Senior platform engineer'): Promise<string> {
    const [python] = await skillIds(ctx.api.dataSource, 'Python');
    const data = await must(
      admin<{ createRole: { id: string } }>(
        `mutation($e: ID!, $t: String!, $s: [RequiredSkillInput!]!, $d: String) { createRole(engagementId: $e, title: $t, optionType: AUGMENTATION, requiredSkills: $s, seniority: SENIOR, startDate: $d) { id } }`,
        { e: engagementId, t: title, s: [{ skillId: python, minLevel: 3, mustHave: true, weight: 1 }], d: daysFromToday(14) },
      ),
    );
    return data.createRole.id;
  }

  describe('the edge check of every argument', () => {
    it('refuses control characters and broken UTF-16 in the public operations, naming the field', async () => {
      const token = 'x'.repeat(43);
      const cases: [string, Record<string, unknown>, Record<string, string>][] = [
        ['mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: 'ana\u0000@example.com', p: 'secret' }, { email: 'contains a control character (U+0000): remove it' }],
        [
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
          { e: 'ana\uD800@example.com', p: 'secret' },
          { email: 'contains a broken character (a lone UTF-16 surrogate): send well-formed Unicode text' },
        ],
        ['mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }', { t: token, p: 'bell\u0007bell' }, { password: 'contains a control character (U+0007): remove it' }],
        ['query($t: String!) { invitationByToken(token: $t) { status } }', { t: `${token}\u001F` }, { token: 'contains a control character (U+001F): remove it' }],
        [
          'mutation($t: String!, $a: [AnswerInput!]!) { saveResponseDraft(token: $t, answers: $a) { status } }',
          { t: token, a: [{ questionId: randomUUID(), text: 'fine' }, { questionId: randomUUID(), text: 'nul\u0000' }] },
          { 'answers.1.text': 'contains a control character (U+0000): remove it' },
        ],
        [
          'mutation($t: String!, $a: [AnswerInput!]!, $k: String!) { submitResponse(token: $t, answers: $a, idempotencyKey: $k) { status } }',
          { t: token, a: [], k: 'key\uDC00' },
          { idempotencyKey: 'contains a broken character (a lone UTF-16 surrogate): send well-formed Unicode text' },
        ],
      ];
      for (const [query, variables, fields] of cases) {
        const res = await ctx.api.gql(query, variables, { ip: ctx.api.nextIp() });
        expect({ query, code: codeOf(res), fields: fieldsOf(res) }).toEqual({ query, code: 'BAD_USER_INPUT', fields });
      }
    });

    it('checks nested inputs and filters too, writes nothing, and lets tabs and line breaks through', async () => {
      const count = async () => Number((await ctx.api.dataSource.query(`SELECT count(*) FROM client`))[0].count);
      const before = await count();
      const refused = await admin(`mutation($n: String) { createClient(name: "Acme", notes: $n) { id } }`, { n: 'line\u0000' });
      expect(fieldsOf(refused)).toEqual({ notes: 'contains a control character (U+0000): remove it' });
      expect(await count()).toBe(before);
      const filtered = await admin(`query($f: ClientFilter) { allClients(filter: $f) { id } }`, { f: { q: 'x\u007F' } });
      expect(fieldsOf(filtered)).toEqual({ 'filter.q': 'contains a control character (U+007F): remove it' });
      const ok = await admin<{ createClient: { notes: string } }>(`mutation($n: String) { createClient(name: "Acme", notes: $n) { notes } }`, { n: 'one\ttwo\r\nthree 🎻' });
      expect(ok.data?.createClient.notes).toBe('one\ttwo\r\nthree 🎻');
    });
  });

  describe('ids', () => {
    it('accepts UUIDs in any case and normalises them once, at the edge', async () => {
      const roleId = await role(await engagement());
      const candidate = await createCandidate(ctx.api, { name: 'Ana Airflow', skills: { Python: 4 } });
      const up = (id: string) => id.toUpperCase();
      const fit = await must(admin<{ candidateFit: { eligible: boolean } }>(`query($r: ID!, $c: ID!) { candidateFit(roleId: $r, candidateId: $c) { eligible } }`, { r: up(roleId), c: up(candidate.id) }));
      expect(fit.candidateFit.eligible).toBe(true);
      const match = await must(
        admin<{ shortlistCandidate: { roleId: string; candidateId: string } }>(`mutation($r: ID!, $c: ID!) { shortlistCandidate(roleId: $r, candidateId: $c) { roleId candidateId } }`, {
          r: up(roleId),
          c: up(candidate.id),
        }),
      );
      expect(match.shortlistCandidate).toEqual({ roleId, candidateId: candidate.id });
      const listed = await must(admin<{ allRoles: { id: string }[] }>(`query($f: RoleFilter) { allRoles(filter: $f) { id } }`, { f: { ids: [up(roleId)] } }));
      expect(listed.allRoles).toEqual([{ id: roleId }]);
      const byKey = await must(admin<{ allMatches: { candidateId: string }[] }>(`query($f: MatchFilter) { allMatches(filter: $f) { candidateId } }`, { f: { roleId: up(roleId) } }));
      expect(byKey.allMatches).toEqual([{ candidateId: candidate.id }]);
      expect(fieldsOf(await admin(`query { Role(id: "660241B5-XXXX") { id } }`))).toEqual({ id: 'must be a UUID' });
    });
  });

  describe('dates', () => {
    it('keeps calendar dates and date-times within 1900-01-01 … 2199-12-31', async () => {
      const engagementId = await engagement();
      const [python] = await skillIds(ctx.api.dataSource, 'Python');
      const create = (startDate: string) =>
        admin(`mutation($e: ID!, $s: [RequiredSkillInput!]!, $d: String) { createRole(engagementId: $e, title: "Far", optionType: HIRE, requiredSkills: $s, seniority: SENIOR, startDate: $d) { id } }`, {
          e: engagementId,
          s: [{ skillId: python, minLevel: 1, mustHave: false, weight: 1 }],
          d: startDate,
        });
      expect(fieldsOf(await create('10000-01-01'))).toEqual({ startDate: 'must be a date as YYYY-MM-DD' });
      expect(fieldsOf(await create('0000-00-00'))).toEqual({ startDate: 'must be a date as YYYY-MM-DD' });
      expect(fieldsOf(await create('2200-01-01'))).toEqual({ startDate: 'must be from 1900-01-01 to 2199-12-31' });
      expect(codeOf(await create('2199-12-31'))).toBeUndefined();
      const decided = await admin(`mutation($e: ID!, $at: DateTime) { createDecisionRecord(engagementId: $e, title: "T", context: "C", decision: "D", reversibility: ONE_WAY, decidedAt: $at) { id } }`, {
        e: engagementId,
        at: '+275760-09-13T00:00:00.000Z',
      });
      expect(fieldsOf(decided)).toEqual({ decidedAt: 'must be an ISO 8601 date-time from 1900-01-01 to 2199-12-31' });
      const filtered = await admin(`query($f: UserFilter) { allUsers(filter: $f) { id } }`, { f: { createdAt_gte: '10000-01-01T00:00:00Z' } });
      expect(codeOf(filtered)).toBe('BAD_USER_INPUT');
    });

    it('refuses a date-time list nested thousands deep, each time, also in the request that compiles the query', async () => {
      // Written by hand: JSON.stringify overflows on it too. Slots are DateTime, whose scalar's
      // new Date(value) joined such a list until the stack overflowed.
      const deep = `${'['.repeat(10_000)}"2031-03-02T09:00:00Z"${']'.repeat(10_000)}`;
      const query = `mutation($id: ID!, $slots: [DateTime!]) { answerShortlistProfile(id: $id, answer: INTERESTED, slots: $slots, idempotencyKey: "deep-slots-key-0001") { id } }`;
      const body = `{"query":${JSON.stringify(query)},"variables":{"id":"${randomUUID()}","slots":${deep}}}`;
      for (let i = 0; i < 3; i++) {
        const res = await ctx.api.raw(body, { as: Role.CLIENT });
        expect({ code: codeOf(res), problems: Object.values(fieldsOf(res) ?? {}) }).toEqual({ code: 'BAD_USER_INPUT', problems: ['nests values too deeply: flatten it'] });
        expect(res.errors![0]!.message).not.toMatch(/stack|Maximum/i);
      }
    });
  });

  describe('nullability that matches the columns', () => {
    /** Columns an update may clear with null; every other optional argument of an update refuses null. */
    const NULLABLE: Readonly<Record<string, readonly string[]>> = {
      updateUser: ['clientId'],
      updateClient: ['industry', 'sizeBand', 'region', 'timeZone', 'coreHoursStart', 'coreHoursEnd', 'notes'],
      updateContact: ['title', 'userId'],
      updateEngagement: ['startDate', 'endDate'],
      updateRole: ['startDate', 'durationWeeks', 'budgetMinMinor', 'budgetMaxMinor'],
      updateDecisionRecord: ['alternatives', 'revisitDate', 'noteToClient'],
      updateCandidate: ['phone', 'profileUrl', 'location', 'dayRateMinor', 'salaryMinor', 'cvText', 'consentGivenAt', 'consentExpiresAt', 'lastContactAt'],
      updateQuestion: ['helpText'],
    };

    /** A record for every update mutation of the schema (a new one fails here until it has one). */
    async function records(): Promise<Record<string, string>> {
      const engagementId = await engagement();
      const draft = await must(admin<{ createAssessment: { id: string } }>(`mutation($e: ID!, $t: ID!) { createAssessment(engagementId: $e, templateId: $t, title: "Draft", dueDate: "${daysFromToday(20)}") { id } }`, {
        e: engagementId,
        t: ctx.seeded.templateId,
      }));
      const framework = await must(admin<{ createCapabilityFramework: { id: string } }>(`mutation { createCapabilityFramework(name: "Fuzzed practice") { id } }`));
      const frameworkId = framework.createCapabilityFramework.id;
      const area = await must(admin<{ createCapabilityArea: { id: string } }>(`mutation($f: ID!) { createCapabilityArea(frameworkId: $f, key: "delivery", name: "Delivery") { id } }`, { f: frameworkId }));
      const capability = await must(
        admin<{ createCapability: { id: string } }>(`mutation($a: ID!) { createCapability(areaId: $a, key: "ci", name: "CI", nature: PRACTICE, levels: ["1", "2", "3", "4", "5"]) { id } }`, {
          a: area.createCapabilityArea.id,
        }),
      );
      const template = await must(admin<{ createAssessmentTemplate: { id: string } }>(`mutation($f: ID!) { createAssessmentTemplate(frameworkId: $f, name: "Quick check") { id } }`, { f: frameworkId }));
      const question = await must(
        admin<{ createQuestion: { id: string } }>(`mutation($t: ID!, $c: ID!) { createQuestion(templateId: $t, capabilityId: $c, key: "ci-notes", prompt: "How?", type: TEXT, options: []) { id } }`, {
          t: template.createAssessmentTemplate.id,
          c: capability.createCapability.id,
        }),
      );
      const contact = await must(admin<{ createContact: { id: string } }>(`mutation($c: ID!) { createContact(clientId: $c, name: "Cy", email: "cy@example.com") { id } }`, { c: ctx.seeded.clientId }));
      const decision = await must(
        admin<{ createDecisionRecord: { id: string } }>(`mutation($e: ID!) { createDecisionRecord(engagementId: $e, title: "T", context: "C", decision: "D", reversibility: TWO_WAY) { id } }`, { e: engagementId }),
      );
      const candidate = await createCandidate(ctx.api, { name: 'Bo Basic', skills: { Python: 3 } });
      return {
        updateUser: ctx.seeded.users.CONSULTANT,
        updateClient: ctx.seeded.clientId,
        updateContact: contact.createContact.id,
        updateEngagement: engagementId,
        updateRole: await role(engagementId),
        updateDecisionRecord: decision.createDecisionRecord.id,
        updateCandidate: candidate.id,
        updateCapabilityFramework: frameworkId,
        updateCapabilityArea: area.createCapabilityArea.id,
        updateCapability: capability.createCapability.id,
        updateAssessmentTemplate: template.createAssessmentTemplate.id,
        updateQuestion: question.createQuestion.id,
        updateAssessment: draft.createAssessment.id,
      };
    }

    it('in every update mutation, refuses null where the column is NOT NULL and clears the nullable ones', async () => {
      const ids = await records();
      const mutations = Object.values(ctx.api.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields()).filter((f) => f.name.startsWith('update'));
      expect(mutations.map((m) => m.name).sort()).toEqual(Object.keys(ids).sort());
      for (const mutation of mutations) {
        for (const arg of mutation.args.filter((a) => a.name !== 'id' && !isNonNullType(a.type))) {
          const res = await admin(`mutation($id: ID!, $v: ${arg.type.toString()}) { ${mutation.name}(id: $id, ${arg.name}: $v) { __typename } }`, { id: ids[mutation.name], v: null });
          const outcome = { mutation: mutation.name, arg: arg.name, code: codeOf(res), field: fieldsOf(res)?.[arg.name] };
          if (NULLABLE[mutation.name]?.includes(arg.name)) expect(outcome).toEqual({ ...outcome, code: undefined, field: undefined });
          else expect(outcome).toEqual({ ...outcome, code: 'BAD_USER_INPUT', field: NOT_NULL });
        }
      }
      // A cleared column is stored as NULL.
      const [client] = await ctx.api.dataSource.query(`SELECT industry, notes FROM client WHERE id = $1`, [ctx.seeded.clientId]);
      expect(client).toEqual({ industry: null, notes: null });
    });
  });

  describe('CONFLICT in words', () => {
    it('says what clashes, never naming a constraint', async () => {
      // The consultant owns an engagement (ON DELETE RESTRICT): the database refuses, the message says why.
      await engagement();
      const refused = await admin(`mutation($id: ID!) { deleteUser(id: $id) { id } }`, { id: ctx.seeded.users.CONSULTANT });
      expect(refused.errors![0]).toMatchObject({ message: 'The user still has engagements they own: delete or move them first.', extensions: { code: 'CONFLICT' } });
    });
  });

  describe('background jobs', () => {
    let worker: WorkerProcess | undefined;
    let queue: Queue;
    let events: QueueEvents;
    const connection = { url: process.env['REDIS_URL'] };

    beforeAll(async () => {
      queue = new Queue(QueueName.MATCHING, { connection, prefix: process.env['QUEUE_PREFIX'] });
      events = new QueueEvents(QueueName.MATCHING, { connection, prefix: process.env['QUEUE_PREFIX'] });
      await events.waitUntilReady();
    });
    afterEach(async () => {
      await worker?.stop();
      worker = undefined;
    });
    afterAll(async () => {
      await events.close();
      await queue.close();
    });

    it('fail once when their subject is bad, and the queue page names the subject', async () => {
      worker = await WorkerProcess.start();
      const roleId = await role(await engagement(), 'Senior platform engineer');
      // Written before the edge check existed (the API refuses it now).
      await ctx.api.dataSource.query(`UPDATE role SET "startDate" = '10000-01-01' WHERE id = $1`, [roleId]);

      const bad = await queue.add(JobName.RECOMPUTE_ROLE_MATCHES, { roleId }, { attempts: 5, backoff: { type: 'fixed', delay: 10 } });
      await expect(bad.waitUntilFinished(events, 30_000)).rejects.toThrow('Role “Senior platform engineer” has a start date outside 1900-01-01 to 2199-12-31: correct it.');
      const malformed = await queue.add(JobName.RECOMPUTE_ROLE_MATCHES, { roleId: 'not-an-id' }, { attempts: 5, backoff: { type: 'fixed', delay: 10 } });
      await expect(malformed.waitUntilFinished(events, 30_000)).rejects.toThrow(/^recompute-role-matches has bad data: roleId: Invalid /);
      // Once each: no retry of a job that can never succeed.
      expect((await queue.getJob(bad.id!))!.attemptsMade).toBe(1);
      expect((await queue.getJob(malformed.id!))!.attemptsMade).toBe(1);

      const failed = await must(
        admin<{ failedJobs: { id: string; subjectType: string | null; subjectId: string | null; subjectLabel: string | null }[] }>(
          `{ failedJobs(queue: "matching") { id subjectType subjectId subjectLabel } }`,
        ),
      );
      expect(failed.failedJobs.find((j) => j.id === bad.id)).toEqual({ id: bad.id, subjectType: 'Role', subjectId: roleId, subjectLabel: 'Senior platform engineer' });
      expect(failed.failedJobs.find((j) => j.id === malformed.id)).toEqual({ id: malformed.id, subjectType: null, subjectId: null, subjectLabel: null });
    });
  });
});
