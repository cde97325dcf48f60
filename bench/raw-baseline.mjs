#!/usr/bin/env node
// The floor for `npm run bench:api`: a bare Fastify + `pg` server that answers the bench's GraphQL
// POST bodies with ONE SQL statement each (the JSON built in SQL), verifying the HS256 bearer token
// with node:crypto. bench/api-overhead.mjs checks that its answers equal the API's byte for byte.
//
// On its own: DATABASE_URL=… JWT_SECRET=… PORT=3511 node bench/raw-baseline.mjs
import { createHmac, timingSafeEqual } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import Fastify from 'fastify';
import pg from 'pg';

/** A timestamptz as GraphQL's DateTime prints a JS Date (milliseconds, UTC). */
const iso = (col) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const person = (u) => `json_build_object('id', ${u}.id, 'name', ${u}.name)`;

const ENGAGEMENT_PAGE = `(SELECT * FROM engagement ORDER BY "createdAt" DESC, id DESC LIMIT $1 OFFSET $2)`;
const META = (table) => `'total', json_build_object('count', (SELECT count(*)::int FROM ${table}))`;

/**
 * The cases: the GraphQL document and variables the bench sends to both servers, and the one
 * statement that answers it here (parameters from the variables; `$user` is the token's subject).
 */
export const CASES = [
  {
    name: 'allEngagements 14 rows + client + owner + meta',
    short: 'engagements14',
    // The columns the admin's engagement list shows (EngagementList.tsx), its references, and the total.
    query: `query EngagementList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String) {
  items: allEngagements(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) { id title stage urgency startDate clientId ownerId client { id name } owner { id name } }
  total: _allEngagementsMeta { count }
}`,
    variables: { page: 0, perPage: 14, sortField: 'createdAt', sortOrder: 'DESC' },
    sql: `SELECT json_build_object('items', coalesce((SELECT json_agg(json_build_object('id', e.id, 'title', e.title, 'stage', e.stage, 'urgency', e.urgency,
              'startDate', e."startDate"::text, 'clientId', e."clientId", 'ownerId', e."ownerId", 'client', ${person('c')}, 'owner', ${person('u')})
              ORDER BY e."createdAt" DESC, e.id DESC)
            FROM ${ENGAGEMENT_PAGE} e JOIN client c ON c.id = e."clientId" JOIN app_user u ON u.id = e."ownerId"), '[]'), ${META('engagement')}) AS data`,
    params: (v) => [v.perPage, v.page * v.perPage],
  },
  {
    name: 'allEngagements 50 rows + client + owner + stageChanges { changedBy } + meta',
    short: 'engagements50',
    query: `query EngagementPage($page: Int, $perPage: Int, $sortField: String, $sortOrder: String) {
  items: allEngagements(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) { id title stage urgency startDate clientId ownerId client { id name } owner { id name } stageChanges { toStage changedAt changedBy { id name } } }
  total: _allEngagementsMeta { count }
}`,
    variables: { page: 0, perPage: 50, sortField: 'createdAt', sortOrder: 'DESC' },
    sql: `SELECT json_build_object('items', coalesce((SELECT json_agg(json_build_object('id', e.id, 'title', e.title, 'stage', e.stage, 'urgency', e.urgency,
              'startDate', e."startDate"::text, 'clientId', e."clientId", 'ownerId', e."ownerId", 'client', ${person('c')}, 'owner', ${person('u')},
              'stageChanges', (SELECT coalesce(json_agg(json_build_object('toStage', sc."toStage", 'changedAt', ${iso('sc."changedAt"')},
                   'changedBy', CASE WHEN b.id IS NULL THEN NULL ELSE ${person('b')} END) ORDER BY sc."changedAt", sc.id), '[]')
                 FROM engagement_stage_change sc LEFT JOIN app_user b ON b.id = sc."changedById" WHERE sc."engagementId" = e.id))
              ORDER BY e."createdAt" DESC, e.id DESC)
            FROM ${ENGAGEMENT_PAGE} e JOIN client c ON c.id = e."clientId" JOIN app_user u ON u.id = e."ownerId"), '[]'), ${META('engagement')}) AS data`,
    params: (v) => [v.perPage, v.page * v.perPage],
  },
  {
    name: 'allCandidates 50 rows + skills { skill } + meta',
    short: 'candidates50',
    // The admin's candidate list columns, plus each candidate's skills (a nested relation of a nested relation).
    query: `query CandidatePage($page: Int, $perPage: Int, $sortField: String, $sortOrder: String) {
  items: allCandidates(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) { id name email kind seniority availableFrom allocation dayRateMinor currency timeZone consentExpiresAt lastContactAt tags skills { level skill { id name } } }
  total: _allCandidatesMeta { count }
}`,
    variables: { page: 0, perPage: 50, sortField: 'name', sortOrder: 'ASC' },
    sql: `SELECT json_build_object('items', coalesce((SELECT json_agg(json_build_object('id', k.id, 'name', k.name, 'email', k.email, 'kind', k.kind,
              'seniority', k.seniority, 'availableFrom', k."availableFrom"::text, 'allocation', k.allocation, 'dayRateMinor', k."dayRateMinor",
              'currency', k.currency, 'timeZone', k."timeZone", 'consentExpiresAt', ${iso('k."consentExpiresAt"')}, 'lastContactAt', ${iso('k."lastContactAt"')},
              'tags', to_json(k.tags),
              'skills', (SELECT coalesce(json_agg(json_build_object('level', cs.level, 'skill', json_build_object('id', s.id, 'name', s.name)) ORDER BY cs.level DESC, s.name), '[]')
                 FROM candidate_skill cs JOIN skill s ON s.id = cs."skillId" WHERE cs."candidateId" = k.id))
              ORDER BY k.name, k.id)
            FROM (SELECT * FROM candidate ORDER BY name, id LIMIT $1 OFFSET $2) k), '[]'), ${META('candidate')}) AS data`,
    params: (v) => [v.perPage, v.page * v.perPage],
  },
  {
    name: 'Engagement(id) + client + owner + stageChanges { changedBy }',
    short: 'engagement',
    query: `query EngagementDetail($id: ID!) {
  data: Engagement(id: $id) { id title businessNeed stage urgency horizon budgetBand startDate endDate createdAt client { id name } owner { id name } stageChanges { id fromStage toStage note changedAt changedBy { id name } } }
}`,
    // The id is filled in by the bench (the demo engagement with the longest timeline).
    variables: { id: null },
    sql: `SELECT json_build_object('data', (SELECT json_build_object('id', e.id, 'title', e.title, 'businessNeed', e."businessNeed", 'stage', e.stage, 'urgency', e.urgency,
              'horizon', e.horizon, 'budgetBand', e."budgetBand", 'startDate', e."startDate"::text, 'endDate', e."endDate"::text, 'createdAt', ${iso('e."createdAt"')},
              'client', ${person('c')}, 'owner', ${person('u')},
              'stageChanges', (SELECT coalesce(json_agg(json_build_object('id', sc.id, 'fromStage', sc."fromStage", 'toStage', sc."toStage", 'note', sc.note,
                   'changedAt', ${iso('sc."changedAt"')}, 'changedBy', CASE WHEN b.id IS NULL THEN NULL ELSE ${person('b')} END) ORDER BY sc."changedAt", sc.id), '[]')
                 FROM engagement_stage_change sc LEFT JOIN app_user b ON b.id = sc."changedById" WHERE sc."engagementId" = e.id))
            FROM engagement e JOIN client c ON c.id = e."clientId" JOIN app_user u ON u.id = e."ownerId" WHERE e.id = $1)) AS data`,
    params: (v) => [v.id],
  },
  {
    name: 'me',
    short: 'me',
    query: `query Me { me { id email name role clientId active } }`,
    variables: {},
    sql: `SELECT json_build_object('me', (SELECT json_build_object('id', id, 'email', email, 'name', name, 'role', role, 'clientId', "clientId", 'active', active)
            FROM app_user WHERE id = $1 AND active)) AS data`,
    params: (_v, user) => [user],
  },
];

/** The token's subject, or null: HS256 over header.payload, exp checked (as cheap as it gets). */
function subjectOf(authorization, key) {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : null;
  const [header, payload, signature] = token?.split('.') ?? [];
  if (!signature) return null;
  const expected = createHmac('sha256', key).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  return claims.exp > Date.now() / 1000 ? claims.sub : null;
}

/** Starts the baseline on 127.0.0.1:`port`; returns a stop function. */
export async function startRawBaseline({ port, databaseUrl, jwtSecret, poolSize = 10 }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const byQuery = new Map(CASES.map((c) => [c.query, c]));
  const app = Fastify({ logger: false });
  app.post('/graphql', async (req, reply) => {
    const user = subjectOf(req.headers.authorization, jwtSecret);
    if (!user) return reply.code(401).send({ errors: [{ message: 'unauthenticated' }] });
    const c = byQuery.get(req.body?.query);
    if (!c) return reply.code(400).send({ errors: [{ message: 'not one of the bench documents' }] });
    const { rows } = await pool.query(c.sql, c.params(req.body.variables ?? {}, user));
    return { data: rows[0].data };
  });
  await app.listen({ port, host: '127.0.0.1' });
  return async () => {
    await app.close();
    await pool.end();
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const stop = await startRawBaseline({ port: Number(process.env.PORT ?? 3511), databaseUrl: process.env.DATABASE_URL, jwtSecret: process.env.JWT_SECRET });
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stop().then(() => process.exit(0)));
}
