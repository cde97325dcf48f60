import type { EntityManager } from 'typeorm';
import type { SkillDefinition } from './skill-taxonomy.js';

/**
 * Writes the taxonomy: skills that exist (by name, any case) get their category and aliases
 * refreshed, and only new names are inserted. An upsert would draw a `skill.no` for every row on
 * every run, and matching's per-candidate arrays are as long as the highest number a candidate has.
 */
export async function seedSkills(m: EntityManager, skills: readonly SkillDefinition[]): Promise<number> {
  const rows = JSON.stringify(skills.map((s) => ({ name: s.name, category: s.category, aliases: s.aliases.map((a) => a.toLowerCase()) })));
  const input = `jsonb_to_recordset($1::jsonb) AS r(name text, category text, aliases jsonb)`;
  await m.query(
    `UPDATE skill s SET category = r.category, aliases = ARRAY(SELECT jsonb_array_elements_text(r.aliases)), "updatedAt" = now()
       FROM ${input} WHERE lower(s.name) = lower(r.name)`,
    [rows],
  );
  await m.query(
    `INSERT INTO skill (name, category, aliases)
     SELECT r.name, r.category, ARRAY(SELECT jsonb_array_elements_text(r.aliases)) FROM ${input}
      WHERE NOT EXISTS (SELECT 1 FROM skill s WHERE lower(s.name) = lower(r.name))`,
    [rows],
  );
  return skills.length;
}
