import { FrameworkStatus } from '@orchestra/shared';
import type { EntityManager } from 'typeorm';
import { AssessmentTemplate, Capability, CapabilityArea, CapabilityFramework, Question } from '../framework.entities.js';
import type { FrameworkDefinition } from './framework-definition.js';

/**
 * Writes a framework definition (areas, capabilities, its template and questions) as a PUBLISHED
 * framework. Idempotent: a framework of that name and version that exists is left as it is (a
 * published framework never changes; edits make a new version).
 */
export async function seedFramework(m: EntityManager, def: FrameworkDefinition): Promise<{ frameworkId: string; templateId: string }> {
  const existing = await m.findOneBy(CapabilityFramework, { name: def.name, version: def.version });
  if (existing) {
    const template = await m.findOneByOrFail(AssessmentTemplate, { frameworkId: existing.id, name: def.templateName });
    return { frameworkId: existing.id, templateId: template.id };
  }
  const framework = await m.save(
    m.create(CapabilityFramework, { name: def.name, version: def.version, description: def.description, status: FrameworkStatus.PUBLISHED, publishedAt: new Date() }),
  );
  const template = await m.save(
    m.create(AssessmentTemplate, {
      frameworkId: framework.id,
      name: def.templateName,
      description: def.templateDescription,
      estimatedMinutes: def.estimatedMinutes,
    }),
  );
  let questionPosition = 0;
  for (const [areaPosition, a] of def.areas.entries()) {
    const area = await m.save(m.create(CapabilityArea, { frameworkId: framework.id, key: a.key, name: a.name, description: a.description, position: areaPosition }));
    for (const [capabilityPosition, c] of a.capabilities.entries()) {
      const capability = await m.save(
        m.create(Capability, {
          frameworkId: framework.id,
          areaId: area.id,
          key: c.key,
          name: c.name,
          description: c.description,
          nature: c.nature,
          weight: c.weight,
          levels: [...c.levels],
          skills: c.skills,
          defaultTarget: c.defaultTarget,
          position: capabilityPosition,
        }),
      );
      await m.insert(
        Question,
        c.questions.map((q) => ({
          templateId: template.id,
          capabilityId: capability.id,
          key: q.key,
          prompt: q.prompt,
          helpText: q.helpText ?? null,
          type: q.type,
          options: q.options,
          weight: q.weight,
          allowsDontKnow: q.allowsDontKnow,
          position: questionPosition++,
        })),
      );
    }
  }
  return { frameworkId: framework.id, templateId: template.id };
}
