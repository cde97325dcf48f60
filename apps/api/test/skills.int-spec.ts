import { describe, expect, it } from '@jest/globals';
import { Role } from '@orchestra/shared';
import { ENGINEERING_ORCHESTRATION_V1 } from '../src/modules/framework/seed/engineering-orchestration-v1.js';
import { codeOf, useTestApi } from './support/harness.js';

const SEARCH = `query($q: String, $category: String) { allSkills(filter: { q: $q, category: $category }, perPage: 100) { name category aliases } _allSkillsMeta(filter: { q: $q, category: $category }) { count } }`;

describe('Skill taxonomy', () => {
  const ctx = useTestApi();
  const BY_Q = `query($q: String) { allSkills(filter: { q: $q }, perPage: 100) { name } }`;
  const names = async (q: string) => ((await ctx.api.gql<{ allSkills: { name: string }[] }>(BY_Q, { q }, { as: Role.RECRUITER })).data!.allSkills).map((s) => s.name);

  it('is seeded with at least 120 skills in every category, and names every skill the framework asks for', async () => {
    const res = await ctx.api.gql<{ _allSkillsMeta: { count: number } }>(SEARCH, {}, { as: Role.CONSULTANT });
    expect(res.data!._allSkillsMeta.count).toBeGreaterThanOrEqual(120);
    const [row] = await ctx.api.dataSource.query(`SELECT count(DISTINCT category)::int AS n FROM skill`);
    expect(row.n).toBe(10);
    const frameworkSkills = [...new Set(ENGINEERING_ORCHESTRATION_V1.areas.flatMap((a) => a.capabilities.flatMap((c) => c.skills)))];
    const known: { name: string }[] = await ctx.api.dataSource.query(`SELECT name FROM skill WHERE name = ANY($1)`, [frameworkSkills]);
    expect(known.map((k) => k.name).sort()).toEqual(frameworkSkills.sort());
  });

  it('finds a skill by part of its name or by an alias ("k8s" → Kubernetes)', async () => {
    expect(await names('k8s')).toEqual(['Kubernetes']);
    expect(await names('K8S')).toEqual(['Kubernetes']);
    expect(await names('postgres')).toContain('PostgreSQL');
    expect(await names('kubern')).toEqual(['Azure Kubernetes Service', 'Google Kubernetes Engine', 'Kubernetes']);
    expect(await names('no such skill')).toEqual([]);
  });

  it('is read by staff only', async () => {
    for (const role of [Role.ADMIN, Role.CONSULTANT, Role.RECRUITER]) expect((await ctx.api.gql(SEARCH, { q: 'k8s' }, { as: role })).errors).toBeUndefined();
    expect(codeOf(await ctx.api.gql(SEARCH, {}, { as: Role.CLIENT }))).toBe('FORBIDDEN');
    expect(codeOf(await ctx.api.gql(SEARCH, {}))).toBe('UNAUTHENTICATED');
  });
});
