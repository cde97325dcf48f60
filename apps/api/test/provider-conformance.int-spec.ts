import { beforeEach, describe, expect, it } from '@jest/globals';
import { RESOURCE_PERMISSIONS, Role, daysFromToday } from '@orchestra/shared';
import { buildSchema, introspectionFromSchema, type IntrospectionSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useTestApi, type TestApi } from './support/harness.js';

// The admin's own data provider: react-admin's stock ra-data-graphql-simple, unmodified, built from
// the committed schema. Its CommonJS build: the ESM one imports @apollo/client by named exports,
// which Node's ESM loader cannot take from that CommonJS package.
const require = createRequire(import.meta.url);
type Params = Record<string, unknown>;
interface DataProvider {
  getList(resource: string, params: Params): Promise<{ data: Params[]; total: number }>;
  getOne(resource: string, params: Params): Promise<{ data: Params }>;
  getMany(resource: string, params: Params): Promise<{ data: Params[] }>;
  getManyReference(resource: string, params: Params): Promise<{ data: Params[]; total: number }>;
  create(resource: string, params: Params): Promise<{ data: Params }>;
  update(resource: string, params: Params): Promise<{ data: Params }>;
  delete(resource: string, params: Params): Promise<{ data: Params }>;
}
const buildGraphQLProvider = (require('ra-data-graphql-simple') as { default: (options: unknown) => DataProvider }).default;
const { HttpLink } = require('@apollo/client') as { HttpLink: new (options: unknown) => unknown };

const here = dirname(fileURLToPath(import.meta.url));
const schemaText = readFileSync(resolve(here, '../schema.gql'), 'utf8');
const introspection: IntrospectionSchema = introspectionFromSchema(buildSchema(schemaText)).__schema;
const mutations = new Set([...schemaText.matchAll(/^ {2}(\w+)\(/gm)].map((m) => m[1]));

/** Apollo's fetch, served by the app in process (no port): the provider's requests as they are. */
function injectFetch(api: TestApi) {
  return async (_url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) => {
    const res = await api.app.inject({ method: (init.method ?? 'POST') as 'POST', url: '/graphql', headers: init.headers, payload: init.body });
    return new Response(res.body, { status: res.statusCode, headers: { 'content-type': String(res.headers['content-type'] ?? 'application/json') } });
  };
}

function providerFor(api: TestApi, token: string): DataProvider {
  return buildGraphQLProvider({
    // ra-data-graphql builds its HttpLink from uri and headers only; the link carries the fetch.
    clientOptions: { link: new HttpLink({ uri: 'http://api.test/graphql', fetch: injectFetch(api), headers: { authorization: `Bearer ${token}` } }) },
    introspection: { schema: introspection },
  });
}

type Extensions = { code?: string; reason?: string };

/** The API's error extensions (code, reason) behind whatever the provider threw (an ApolloError, bare or wrapped). */
function extensionsOf(error: unknown): Extensions | undefined {
  const e = error as { graphQLErrors?: { extensions?: Extensions }[]; body?: unknown; networkError?: { result?: { errors?: { extensions?: Extensions }[] } } };
  const inner = (e.body ?? e) as typeof e;
  return inner.graphQLErrors?.[0]?.extensions ?? inner.networkError?.result?.errors?.[0]?.extensions;
}

describe("react-admin's stock provider, unmodified, against the API", () => {
  const ctx = useTestApi();
  let provider: DataProvider;
  beforeEach(async () => {
    provider = providerFor(ctx.api, await ctx.api.tokenFor(Role.ADMIN));
  });

  it.each(Object.keys(RESOURCE_PERMISSIONS))('%s: lists, reads one and many, and takes a record back as it read it', async (resource) => {
    const list = await provider.getList(resource, { pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(list.total).toBeGreaterThanOrEqual(list.data.length);
    const first = list.data[0];
    if (!first) return;
    const one = await provider.getOne(resource, { id: first['id'] });
    expect(one.data['id']).toBe(first['id']);
    const many = await provider.getMany(resource, { ids: [first['id']] });
    expect(many.data.map((r) => r['id'])).toEqual([first['id']]);
    if (!mutations.has(`update${resource}`)) return;
    // What the edit form does when nothing was changed: the whole record goes back. A business rule
    // may refuse the change (a published framework is read-only), the shape never.
    try {
      const updated = await provider.update(resource, { id: one.data['id'], data: one.data, previousData: one.data });
      expect(updated.data['id']).toBe(one.data['id']);
    } catch (error) {
      expect(extensionsOf(error)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FRAMEWORK_PUBLISHED' });
    }
  });

  it('updates a role, a candidate and a question with their records as read (nested skills and options included)', async () => {
    const page = { pagination: { page: 1, perPage: 2 }, sort: { field: 'name', order: 'ASC' } };
    const skillId = async (name: string) =>
      (await provider.getList('Skill', { ...page, pagination: { page: 1, perPage: 20 }, filter: { q: name } })).data.find((x) => x['name'] === name)!['id'] as string;
    const [k8s, terraform] = [await skillId('Kubernetes'), await skillId('Terraform')];
    const engagement = (
      await provider.create('Engagement', { data: { clientId: ctx.seeded.clientId, ownerId: ctx.seeded.users.CONSULTANT, title: 'Platform', businessNeed: 'Releases break.' } })
    ).data;
    const drafted = await provider.create('Role', {
      data: {
        engagementId: engagement['id'],
        title: 'Platform lead',
        optionType: 'AUGMENTATION',
        seniority: 'LEAD',
        requiredSkills: [
          { skillId: k8s, minLevel: 4, mustHave: true, weight: 3 },
          { skillId: terraform, minLevel: 3, mustHave: false, weight: 1 },
        ],
      },
    });
    const role = (await provider.getOne('Role', { id: drafted.data['id'] })).data;
    expect((role['requiredSkills'] as Params[])[0]).toMatchObject({ __typename: 'RequiredSkill', skill: 'Kubernetes' });
    const renamed = await provider.update('Role', { id: role['id'], data: { ...role, title: 'Platform lead (renamed)' }, previousData: role });
    expect(renamed.data).toMatchObject({
      title: 'Platform lead (renamed)',
      requiredSkills: [expect.objectContaining({ skillId: k8s, minLevel: 4 }), expect.objectContaining({ skillId: terraform, minLevel: 3 })],
    });

    const person = await provider.create('Candidate', {
      data: {
        name: 'Ines Duarte',
        email: 'ines@conformance.example',
        kind: 'CONTRACTOR',
        seniority: 'LEAD',
        timeZone: 'Europe/Lisbon',
        availableFrom: daysFromToday(7),
        consentBasis: 'CONSENT',
        skills: [{ skillId: k8s, level: 5, evidence: 'Ran 40 clusters' }],
      },
    });
    const candidate = (await provider.getOne('Candidate', { id: person.data['id'] })).data;
    expect((candidate['skills'] as Params[])[0]).toMatchObject({ __typename: 'CandidateSkill', skill: { __typename: 'Skill', id: k8s } });
    const moved = await provider.update('Candidate', { id: candidate['id'], data: { ...candidate, location: 'Lisbon, Portugal' }, previousData: candidate });
    expect(moved.data).toMatchObject({ location: 'Lisbon, Portugal', skills: [expect.objectContaining({ skillId: k8s, level: 5, evidence: 'Ran 40 clusters' })] });

    // A question of a draft framework (a published one is read-only), built through the provider.
    const framework = (await provider.create('CapabilityFramework', { data: { name: 'Conformance framework' } })).data;
    const area = (await provider.create('CapabilityArea', { data: { frameworkId: framework['id'], key: 'area', name: 'Area' } })).data;
    const capability = (
      await provider.create('Capability', {
        data: { areaId: area['id'], key: 'cap', name: 'Capability', nature: 'PRACTICE', levels: ['One', 'Two', 'Three', 'Four', 'Five'] },
      })
    ).data;
    const template = (await provider.create('AssessmentTemplate', { data: { frameworkId: framework['id'], name: 'Questionnaire' } })).data;
    const options = [1, 2, 3, 4, 5].map((score) => ({ key: `l${score}`, label: `Level ${score}`, score }));
    const created = (
      await provider.create('Question', { data: { templateId: template['id'], capabilityId: capability['id'], key: 'q1', prompt: 'How?', type: 'SCALE', options } })
    ).data;
    const question = (await provider.getOne('Question', { id: created['id'] })).data;
    expect((question['options'] as Params[])[0]).toHaveProperty('__typename', 'QuestionOption');
    const reworded = await provider.update('Question', { id: question['id'], data: { ...question, prompt: 'How, exactly?' }, previousData: question });
    expect(reworded.data).toMatchObject({ prompt: 'How, exactly?', options: options.map((o) => expect.objectContaining(o)) });

    for (const [resource, record] of [
      ['Question', question],
      ['AssessmentTemplate', template],
      ['Capability', capability],
      ['CapabilityArea', area],
      ['CapabilityFramework', framework],
    ] as const) {
      expect((await provider.delete(resource, { id: record['id'], previousData: record })).data['id']).toBe(record['id']);
    }
  });

  it('creates and deletes through the provider: client, contact, engagement, decision, candidate, role, user', async () => {
    const client = (await provider.create('Client', { data: { name: 'Conformance Ltd', timeZone: 'Europe/Lisbon' } })).data;
    const contact = (await provider.create('Contact', { data: { clientId: client['id'], name: 'Rita Costa', email: 'rita@conformance.example' } })).data;
    const engagement = (
      await provider.create('Engagement', {
        data: { clientId: client['id'], ownerId: ctx.seeded.users.CONSULTANT, title: 'Conformance', businessNeed: 'Check the provider.' },
      })
    ).data;
    const decision = (
      await provider.create('DecisionRecord', {
        data: { engagementId: engagement['id'], title: 'Use the stock provider', decision: 'Yes.', context: 'Conformance.', reversibility: 'TWO_WAY' },
      })
    ).data;
    const candidate = (
      await provider.create('Candidate', {
        data: { name: 'Tomas Vieira', email: 'tomas@conformance.example', kind: 'CONTRACTOR', seniority: 'SENIOR', timeZone: 'Europe/Lisbon', availableFrom: daysFromToday(7), consentBasis: 'CONSENT' },
      })
    ).data;
    const role = (
      await provider.create('Role', { data: { engagementId: engagement['id'], title: 'Conformance engineer', optionType: 'AUGMENTATION', seniority: 'SENIOR', requiredSkills: [] } })
    ).data;
    const user = (await provider.create('User', { data: { name: 'Conformance Admin', email: 'conformance@orchestra.local', role: 'ADMIN' } })).data;
    expect([client, contact, engagement, decision, candidate, role, user].every((r) => typeof r['id'] === 'string')).toBe(true);

    // getManyReference: the client's contacts, as a ReferenceManyField asks for them.
    const contacts = await provider.getManyReference('Contact', { target: 'clientId', id: client['id'], pagination: { page: 1, perPage: 10 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    expect(contacts.data.map((c) => c['email'])).toEqual(['rita@conformance.example']);

    for (const [resource, record] of [
      ['User', user],
      ['Role', role],
      ['Candidate', candidate],
      ['DecisionRecord', decision],
      ['Engagement', engagement],
      ['Contact', contact],
      ['Client', client],
    ] as const) {
      expect((await provider.delete(resource, { id: record['id'], previousData: record })).data['id']).toBe(record['id']);
    }
  });
});
