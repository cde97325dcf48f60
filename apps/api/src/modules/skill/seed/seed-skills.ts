import type { EntityManager } from 'typeorm';
import type { SkillDefinition } from './skill-taxonomy.js';

/** Writes the taxonomy in one statement; a skill that exists (by name, any case) gets its category and aliases refreshed. */
export async function seedSkills(m: EntityManager, skills: readonly SkillDefinition[]): Promise<number> {
  const rows = skills.map((s) => ({ name: s.name, category: s.category, aliases: s.aliases.map((a) => a.toLowerCase()) }));
  await m.query(
    `INSERT INTO skill (name, category, aliases)
     SELECT r.name, r.category, ARRAY(SELECT jsonb_array_elements_text(r.aliases))
       FROM jsonb_to_recordset($1::jsonb) AS r(name text, category text, aliases jsonb)
     ON CONFLICT ((lower(name))) DO UPDATE SET category = EXCLUDED.category, aliases = EXCLUDED.aliases, "updatedAt" = now()`,
    [JSON.stringify(rows)],
  );
  return rows.length;
}
