import { describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, type GraphQLObjectType } from 'graphql';
import { FINALISE_STEP_NAMES, Role } from '@orchestra/shared';
import { codeOf, useTestApi } from './support/harness.js';
import { openAssessmentWithResponses } from './support/assessment-fixture.js';
import { createCandidate, submitMatch } from './support/talent-fixture.js';

// The tenant probe: a CLIENT user of another client asks every list and every record the schema
// offers (the ra-data-graphql-simple grammar), and gets nothing of Northwind's; the test first
// gives Northwind a record of nearly every resource to ask for.

describe('Tenant probe: every list and record query, asked by another client’s user', () => {
  const ctx = useTestApi();

  it('answers FORBIDDEN, NOT_FOUND or only the asker’s own records', async () => {
    const [{ id: globexId }] = await ctx.api.dataSource.query(`INSERT INTO client (name) VALUES ('Globex Corporation') RETURNING id`);
    const [{ id: globexUserId }] = await ctx.api.dataSource.query(
      `INSERT INTO app_user (email, name, role, "clientId", "passwordHash") SELECT 'it@globex.example', 'Globex IT', 'CLIENT', $1, "passwordHash" FROM app_user WHERE role = 'CLIENT' RETURNING id`,
      [globexId],
    );
    // Northwind's records of every kind: a scored assessment (invitations, responses, scores,
    // gaps, options, report), an accepted option (a decision, a drafted role), a candidate
    // submitted to the client and placed (a contact, a match, a shortlist, a placement).
    const { assessmentId } = await openAssessmentWithResponses(ctx.api, ctx.seeded);
    await ctx.api.gql(`mutation($id: ID!) { closeAssessment(id: $id, reason: "Enough responses") { status } }`, { id: assessmentId }, { as: Role.CONSULTANT });
    const steps = await ctx.api.finaliseSteps();
    for (const step of FINALISE_STEP_NAMES) await steps.run(step, assessmentId);
    const [rec] = await ctx.api.dataSource.query(`SELECT id FROM recommendation WHERE "assessmentId" = $1 AND option = 'AUGMENTATION' LIMIT 1`, [assessmentId]);
    expect((await ctx.api.gql(`mutation($id: ID!) { acceptRecommendation(id: $id) { state } }`, { id: rec.id }, { as: Role.CONSULTANT })).errors).toBeUndefined();
    const [role] = await ctx.api.dataSource.query(`SELECT id, "startDate"::text AS "startDate" FROM role WHERE "recommendationId" = $1`, [rec.id]);
    await ctx.api.gql(`mutation($id: ID!) { updateRole(id: $id, status: OPEN, requiredSkills: []) { status } }`, { id: role.id }, { as: Role.RECRUITER });
    const person = await createCandidate(ctx.api, { name: 'Pia Probe', kind: 'ASSOCIATE', availableFrom: role.startDate ?? undefined });
    const match = await ctx.api.gql<{ shortlistCandidate: { id: string } }>(`mutation($r: ID!, $c: ID!) { shortlistCandidate(roleId: $r, candidateId: $c) { id } }`, { r: role.id, c: person.id }, { as: Role.RECRUITER });
    expect(match.errors).toBeUndefined();
    const matchId = match.data!.shortlistCandidate.id;
    await submitMatch(ctx.api, matchId);
    const MOVE = `mutation($id: ID!, $stage: MatchStage!, $placement: PlacementInput) { moveMatchStage(id: $id, stage: $stage, placement: $placement) { stage } }`;
    for (const stage of ['INTERVIEWING', 'OFFERED']) await ctx.api.gql(MOVE, { id: matchId, stage }, { as: Role.RECRUITER });
    const placed = await ctx.api.gql(MOVE, { id: matchId, stage: 'PLACED', placement: { startDate: role.startDate, rateMinor: 70000, currency: 'EUR' } }, { as: Role.RECRUITER });
    expect(placed.errors).toBeUndefined();
    const token = (await ctx.api.login('it@globex.example', 'orchestra-client-demo')).data!.login.accessToken;
    const own = new Set<string>([globexId, globexUserId]);
    const query = ctx.api.app.get(GraphQLSchemaHost).schema.getQueryType()!;
    const lists = Object.values(query.getFields()).filter((f) => /^all[A-Z]/.test(f.name));
    expect(lists.length).toBeGreaterThan(20);
    const probed: string[] = [];
    for (const list of lists) {
      const type = getNamedType(list.type) as GraphQLObjectType;
      const one = query.getFields()[type.name];
      const seen = await ctx.api.gql<Record<string, { id: string }[]>>(`{ ${list.name}(perPage: 100) { id } }`, {}, { as: Role.ADMIN });
      expect(seen.errors).toBeUndefined();
      const northwind = seen.data![list.name]!.map((r) => r.id).filter((id) => !own.has(id));
      const asked = await ctx.api.gql<Record<string, { id: string }[]>>(`{ ${list.name}(perPage: 100) { id } _${list.name}Meta { count } }`, {}, { token });
      if (asked.errors) {
        expect([list.name, codeOf(asked)]).toEqual([list.name, 'FORBIDDEN']);
      } else {
        const leaked = asked.data![list.name]!.map((r) => r.id).filter((id) => !own.has(id));
        expect([list.name, leaked]).toEqual([list.name, []]);
        expect((asked.data![`_${list.name}Meta`] as unknown as { count: number }).count).toBe(asked.data![list.name]!.length);
      }
      if (one && northwind[0]) {
        const single = await ctx.api.gql(`query($id: ID!) { ${type.name}(id: $id) { id } }`, { id: northwind[0] }, { token });
        expect([type.name, codeOf(single)]).toEqual([type.name, expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)]);
        probed.push(type.name);
      }
    }
    // Records of these were there to ask for (the demo seeds them).
    expect(probed).toEqual(
      expect.arrayContaining(['Client', 'Contact', 'Engagement', 'DecisionRecord', 'Assessment', 'Invitation', 'CapabilityScore', 'CapabilityGap', 'Recommendation', 'Role', 'Candidate', 'Match', 'Placement', 'ShortlistProfile', 'AuditEvent']),
    );
  });
});
