import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FrameworkStatus } from '@orchestra/shared';
import { LRUCache } from 'lru-cache';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { readAll } from '../../core/database/read-all.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { AssessmentTemplate, Capability, CapabilityArea, CapabilityFramework, Question } from './framework.entities.js';

/** What scoring, gaps and the report read of a questionnaire: its questions, and its framework's outline, each in order. */
export interface Questionnaire {
  readonly questions: readonly Question[];
  readonly areas: readonly CapabilityArea[];
  readonly capabilities: readonly Capability[];
}

/**
 * Frameworks, their areas and capabilities, templates and questions. None of them belongs to a
 * client (tenantProperty null), so CLIENT users never list them; respondents see their
 * questionnaire through their invitation instead.
 */
@Injectable()
export class FrameworkService {
  readonly frameworks: ResourceRepository<CapabilityFramework>;
  readonly areas: ResourceRepository<CapabilityArea>;
  readonly capabilities: ResourceRepository<Capability>;
  readonly templates: ResourceRepository<AssessmentTemplate>;
  readonly questions: ResourceRepository<Question>;
  /**
   * Questionnaires of published framework versions, which never change (the editor refuses, and
   * assessments may only use them): each finalise step needs one, so a worker reads it once.
   */
  private readonly published = new LRUCache<string, Questionnaire>({ max: 200 });

  constructor(
    @InjectRepository(CapabilityFramework) frameworks: Repository<CapabilityFramework>,
    @InjectRepository(CapabilityArea) areas: Repository<CapabilityArea>,
    @InjectRepository(Capability) capabilities: Repository<Capability>,
    @InjectRepository(AssessmentTemplate) templates: Repository<AssessmentTemplate>,
    @InjectRepository(Question) questions: Repository<Question>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.frameworks = new ResourceRepository(frameworks, {
      typeName: 'CapabilityFramework',
      alias: 'framework',
      sortable: { id: 'id', name: 'name', version: 'version', status: 'status', createdAt: 'createdAt' },
      defaultSort: { field: 'name', order: 'ASC' },
      search: '"framework"."name"',
      equals: { status: 'status' },
      tenantProperty: null,
    });
    this.areas = new ResourceRepository(areas, {
      typeName: 'CapabilityArea',
      alias: 'area',
      sortable: { id: 'id', position: 'position', name: 'name' },
      defaultSort: { field: 'position', order: 'ASC' },
      search: '"area"."name"',
      equals: { frameworkId: 'frameworkId' },
      tenantProperty: null,
    });
    this.capabilities = new ResourceRepository(capabilities, {
      typeName: 'Capability',
      alias: 'capability',
      sortable: { id: 'id', position: 'position', name: 'name', key: 'key', weight: 'weight' },
      defaultSort: { field: 'position', order: 'ASC' },
      search: `("capability"."name" || ' ' || "capability"."key")`,
      equals: { frameworkId: 'frameworkId', areaId: 'areaId' },
      tenantProperty: null,
    });
    this.templates = new ResourceRepository(templates, {
      typeName: 'AssessmentTemplate',
      alias: 'template',
      sortable: { id: 'id', name: 'name', createdAt: 'createdAt' },
      defaultSort: { field: 'name', order: 'ASC' },
      search: '"template"."name"',
      equals: { frameworkId: 'frameworkId' },
      tenantProperty: null,
    });
    this.questions = new ResourceRepository(questions, {
      typeName: 'Question',
      alias: 'question',
      sortable: { id: 'id', position: 'position', key: 'key', type: 'type' },
      defaultSort: { field: 'position', order: 'ASC' },
      search: `("question"."prompt" || ' ' || "question"."key")`,
      equals: { templateId: 'templateId', capabilityId: 'capabilityId', type: 'type' },
      tenantProperty: null,
    });
  }

  /**
   * A capability (and through it, its area) by id whatever the reader's scope: framework content
   * is what clients read in their questionnaire and report, so it is not tenant data.
   */
  loadCapability(loaders: RequestLoaders, id: string): Promise<Capability | null> {
    return loaders.custom<string, Capability | null>('Capability.any', (ids) => this.capabilities.findByIds(TenantScope.system(), ids)).load(id);
  }

  loadArea(loaders: RequestLoaders, id: string): Promise<CapabilityArea | null> {
    return loaders.custom<string, CapabilityArea | null>('CapabilityArea.any', (ids) => this.areas.findByIds(TenantScope.system(), ids)).load(id);
  }

  publish(actor: AuthUser, id: string): Promise<CapabilityFramework> {
    return this.dataSource.transaction(async (m) => {
      const framework = await this.frameworks.findOne(TenantScope.system(), id, { manager: m, lock: true });
      if (framework.status === FrameworkStatus.PUBLISHED) throw AppError.conflict(`${framework.name} v${framework.version} is already published.`);
      const [counts] = await m.query(
        `SELECT (SELECT count(*) FROM capability WHERE "frameworkId" = $1)::int AS capabilities,
                (SELECT count(*) FROM question q JOIN assessment_template t ON t.id = q."templateId" WHERE t."frameworkId" = $1)::int AS questions`,
        [id],
      );
      if (!counts.capabilities || !counts.questions) {
        throw AppError.conflict(`${framework.name} v${framework.version} needs at least one capability and one question before it can be published.`);
      }
      const changes = { status: { old: framework.status, new: FrameworkStatus.PUBLISHED } };
      framework.status = FrameworkStatus.PUBLISHED;
      framework.publishedAt = new Date();
      await m.save(framework);
      await this.audit.record(m, { actorId: actor.id, action: 'framework.publish', targetType: 'CapabilityFramework', targetId: id, changes });
      return framework;
    });
  }

  /** Copies a framework (areas, capabilities, templates, questions) as a DRAFT with the next version. */
  newVersion(actor: AuthUser, id: string): Promise<CapabilityFramework> {
    return this.dataSource.transaction(async (m) => {
      const source = await this.frameworks.findOne(TenantScope.system(), id, { manager: m });
      // Serialises concurrent copies of the same framework name.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('framework-version:' || $1))`, [source.name]);
      const [{ next }] = await m.query(`SELECT max(version) + 1 AS next FROM capability_framework WHERE name = $1`, [source.name]);
      const copy = await m.save(
        m.create(CapabilityFramework, { name: source.name, version: next, description: source.description, status: FrameworkStatus.DRAFT, publishedAt: null }),
      );
      // Set-based copies keep the mapping old → new through the (frameworkId, key) pairs.
      await m.query(
        `INSERT INTO capability_area ("frameworkId", key, name, description, position)
         SELECT $2, key, name, description, position FROM capability_area WHERE "frameworkId" = $1`,
        [id, copy.id],
      );
      await m.query(
        `INSERT INTO capability ("frameworkId", "areaId", key, name, description, nature, weight, levels, skills, "defaultTarget", position)
         SELECT $2, na.id, c.key, c.name, c.description, c.nature, c.weight, c.levels, c.skills, c."defaultTarget", c.position
           FROM capability c JOIN capability_area oa ON oa.id = c."areaId"
           JOIN capability_area na ON na."frameworkId" = $2 AND na.key = oa.key
          WHERE c."frameworkId" = $1`,
        [id, copy.id],
      );
      await m.query(
        `INSERT INTO assessment_template ("frameworkId", name, description, "estimatedMinutes")
         SELECT $2, name, description, "estimatedMinutes" FROM assessment_template WHERE "frameworkId" = $1`,
        [id, copy.id],
      );
      await m.query(
        `INSERT INTO question ("templateId", "capabilityId", key, prompt, "helpText", type, options, weight, "allowsDontKnow", position)
         SELECT nt.id, nc.id, q.key, q.prompt, q."helpText", q.type, q.options, q.weight, q."allowsDontKnow", q.position
           FROM question q
           JOIN assessment_template ot ON ot.id = q."templateId" AND ot."frameworkId" = $1
           JOIN assessment_template nt ON nt."frameworkId" = $2 AND nt.name = ot.name
           JOIN capability oc ON oc.id = q."capabilityId"
           JOIN capability nc ON nc."frameworkId" = $2 AND nc.key = oc.key`,
        [id, copy.id],
      );
      await this.audit.record(m, { actorId: actor.id, action: 'framework.new_version', targetType: 'CapabilityFramework', targetId: copy.id, changes: { version: { old: source.version, new: copy.version } } });
      return copy;
    });
  }

  /** Capabilities of a template's framework with their areas, in order (targets, questionnaire). */
  async outline(m: EntityManager, frameworkId: string): Promise<{ areas: CapabilityArea[]; capabilities: Capability[] }> {
    const [areas, capabilities] = await readAll(m, [
      () => m.find(CapabilityArea, { where: { frameworkId }, order: { position: 'ASC' } }),
      () => m.find(Capability, { where: { frameworkId }, order: { position: 'ASC' } }),
    ]);
    const areaOrder = new Map(areas.map((a, i) => [a.id, i]));
    capabilities.sort((a, b) => areaOrder.get(a.areaId)! - areaOrder.get(b.areaId)! || a.position - b.position);
    return { areas, capabilities };
  }

  /**
   * A questionnaire's questions and its framework's outline, in order (what finalising reads).
   * A published version's is read once per process and shared frozen; a draft's is read each time.
   */
  async questionnaire(m: EntityManager, templateId: string): Promise<Questionnaire> {
    const hit = this.published.get(templateId);
    if (hit) return hit;
    const [template] = (await m.query(
      `SELECT t."frameworkId", f.status FROM assessment_template t JOIN capability_framework f ON f.id = t."frameworkId" WHERE t.id = $1`,
      [templateId],
    )) as { frameworkId: string; status: FrameworkStatus }[];
    if (!template) throw new Error(`Questionnaire ${templateId} does not exist.`);
    const [questions, outline] = await readAll(m, [
      () => m.find(Question, { where: { templateId }, order: { position: 'ASC' } }),
      () => this.outline(m, template.frameworkId),
    ]);
    const questionnaire: Questionnaire = { questions, ...outline };
    if (template.status !== FrameworkStatus.PUBLISHED) return questionnaire;
    // Shared by every flow of this process: frozen, so a caller that changed one would fail loudly.
    for (const list of [questions, outline.areas, outline.capabilities]) Object.freeze(list).forEach((row) => Object.freeze(row));
    this.published.set(templateId, Object.freeze(questionnaire));
    return questionnaire;
  }

  /** The areas of these capabilities (of any framework version). */
  async areaIdsOf(m: EntityManager, capabilityIds: readonly string[]): Promise<string[]> {
    if (!capabilityIds.length) return [];
    const capabilities = await m.find(Capability, { where: { id: In([...capabilityIds]) }, select: { areaId: true } });
    return [...new Set(capabilities.map((c) => c.areaId))];
  }
}
