import { describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { RecordAsRead } from './record-as-read.js';

const schema = buildSchema(`
  type Skill { id: ID! name: String! }
  type RequiredSkill { skillId: ID! minLevel: Int! skill: String! }
  input RequiredSkillInput { skillId: ID! minLevel: Int! }
  type Role { id: ID! title: String! }
  type Query { role: Role }
  type Mutation { updateRole(id: ID!, title: String, requiredSkills: [RequiredSkillInput!]): Role }
`);
const UPDATE = `mutation U($id: ID!, $requiredSkills: [RequiredSkillInput!]) { updateRole(id: $id, requiredSkills: $requiredSkills) { id } }`;

describe('RecordAsRead', () => {
  const records = new RecordAsRead(() => schema);

  it("drops __typename and the output type's read-only fields from an input, keeping what it takes", () => {
    const read = { id: 'r1', requiredSkills: [{ skillId: 's1', minLevel: 3, skill: 'Kubernetes', __typename: 'RequiredSkill' }] };
    expect(records.clean(UPDATE, 'U', read)).toEqual({ id: 'r1', requiredSkills: [{ skillId: 's1', minLevel: 3 }] });
  });

  it('keeps an unknown field that is not a read-only one, for GraphQL to refuse by name', () => {
    const typo = { id: 'r1', requiredSkills: [{ skillId: 's1', minLevel: 3, minLevle: 4 }] };
    expect(records.clean(UPDATE, undefined, typo)).toEqual(typo);
  });

  it('leaves scalar-only variables, and documents that do not parse, alone', () => {
    const flat = { id: 'r1' };
    expect(records.clean(UPDATE, 'U', flat)).toBe(flat);
    const odd = { requiredSkills: [{ __typename: 'X' }] };
    expect(records.clean('mutation {', undefined, odd)).toBe(odd);
  });
});
