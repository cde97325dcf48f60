import { Injectable } from '@nestjs/common';
import { ErrorCode, FrameworkStatus, questionOptionsProblem } from '@orchestra/shared';
import { DataSource, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { createdChanges, removedChanges, type AuditChanges } from '../../core/audit/audit-changes.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import type {
  CreateAssessmentTemplateArgs,
  CreateCapabilityAreaArgs,
  CreateCapabilityArgs,
  CreateCapabilityFrameworkArgs,
  CreateQuestionArgs,
  UpdateAssessmentTemplateArgs,
  UpdateCapabilityAreaArgs,
  UpdateCapabilityArgs,
  UpdateCapabilityFrameworkArgs,
  UpdateQuestionArgs,
} from './dto/framework-edit.args.js';
import { AssessmentTemplate, Capability, CapabilityArea, CapabilityFramework, Question } from './framework.entities.js';
import { FrameworkService } from './framework.service.js';

type Fields<E> = Partial<Record<keyof E, unknown>>;

/** Why a write on a published framework version (or anything in it) is refused. */
export const PUBLISHED_READ_ONLY = 'This framework version is published and read-only: create a new version to change it.';
const system = TenantScope.system();

/** A written record and the fields that changed (for the audit). */
class Outcome<E> {
  constructor(
    readonly record: E,
    readonly changes: AuditChanges,
  ) {}
}

/** What a created part's audit entry keeps, and what a deleted one's names (its own columns, not bookkeeping). */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);
const NAMING = ['key', 'name', 'title', 'text', 'version'];

/**
 * ADMIN's writes on frameworks and their parts. Every write first locks the framework and checks it
 * may change (`editable`): only a draft does; a published version is read-only (make a new version).
 */
@Injectable()
export class FrameworkEditorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frameworks: FrameworkService,
    private readonly audit: AuditService,
  ) {}

  createFramework(actor: AuthUser, args: CreateCapabilityFrameworkArgs): Promise<CapabilityFramework> {
    return this.write(actor, 'CapabilityFramework', 'create', async (m) => {
      if (await m.existsBy(CapabilityFramework, { name: args.name })) {
        throw AppError.conflict(`A framework named "${args.name}" exists: make a new version of it instead.`);
      }
      return m.save(m.create(CapabilityFramework, { name: args.name, version: 1, description: args.description ?? '', status: FrameworkStatus.DRAFT, publishedAt: null }));
    });
  }

  updateFramework(actor: AuthUser, args: UpdateCapabilityFrameworkArgs): Promise<CapabilityFramework> {
    return this.write(actor, 'CapabilityFramework', 'update', async (m) => {
      const framework = await this.editable(m, args.id);
      return this.apply(m, framework, { name: args.name, description: args.description });
    });
  }

  deleteFramework(actor: AuthUser, id: string): Promise<CapabilityFramework> {
    return this.write(actor, 'CapabilityFramework', 'delete', async (m) => {
      const framework = await this.editable(m, id);
      await m.delete(CapabilityFramework, { id });
      return { ...framework, id };
    });
  }

  createArea(actor: AuthUser, args: CreateCapabilityAreaArgs): Promise<CapabilityArea> {
    return this.write(actor, 'CapabilityArea', 'create', async (m) => {
      await this.editable(m, args.frameworkId, 'frameworkId');
      await this.unique(m, CapabilityArea, { frameworkId: args.frameworkId, key: args.key }, `an area with key "${args.key}" exists in this framework`);
      const position = args.position ?? (await this.nextPosition(m, 'capability_area', 'frameworkId', args.frameworkId));
      return m.save(m.create(CapabilityArea, { frameworkId: args.frameworkId, key: args.key, name: args.name, description: args.description ?? '', position }));
    });
  }

  updateArea(actor: AuthUser, args: UpdateCapabilityAreaArgs): Promise<CapabilityArea> {
    return this.write(actor, 'CapabilityArea', 'update', async (m) => {
      const area = await this.part(m, this.frameworks.areas, args.id);
      await this.editable(m, area.frameworkId);
      return this.apply(m, area, { name: args.name, description: args.description, position: args.position });
    });
  }

  deleteArea(actor: AuthUser, id: string): Promise<CapabilityArea> {
    return this.write(actor, 'CapabilityArea', 'delete', async (m) => {
      const area = await this.part(m, this.frameworks.areas, id);
      await this.editable(m, area.frameworkId);
      await m.delete(CapabilityArea, { id });
      return { ...area, id };
    });
  }

  createCapability(actor: AuthUser, args: CreateCapabilityArgs): Promise<Capability> {
    return this.write(actor, 'Capability', 'create', async (m) => {
      const area = await this.frameworks.areas.findVisible(system, args.areaId, { manager: m });
      if (!area) throw AppError.badInput({ areaId: `does not match any area (${args.areaId})` });
      await this.editable(m, area.frameworkId);
      await this.unique(m, Capability, { frameworkId: area.frameworkId, key: args.key }, `a capability with key "${args.key}" exists in this framework`);
      const position = args.position ?? (await this.nextPosition(m, 'capability', 'areaId', area.id));
      return m.save(
        m.create(Capability, {
          frameworkId: area.frameworkId,
          areaId: area.id,
          key: args.key,
          name: args.name,
          description: args.description ?? '',
          nature: args.nature,
          weight: args.weight ?? 1,
          levels: args.levels.map((l) => l.trim()),
          skills: (args.skills ?? []).map((s) => s.trim()),
          defaultTarget: args.defaultTarget ?? 3,
          position,
        }),
      );
    });
  }

  updateCapability(actor: AuthUser, args: UpdateCapabilityArgs): Promise<Capability> {
    return this.write(actor, 'Capability', 'update', async (m) => {
      const capability = await this.part(m, this.frameworks.capabilities, args.id);
      await this.editable(m, capability.frameworkId);
      return this.apply(m, capability, {
        name: args.name,
        description: args.description,
        weight: args.weight,
        levels: args.levels?.map((l) => l.trim()),
        skills: args.skills?.map((s) => s.trim()),
        defaultTarget: args.defaultTarget,
        position: args.position,
      });
    });
  }

  deleteCapability(actor: AuthUser, id: string): Promise<Capability> {
    return this.write(actor, 'Capability', 'delete', async (m) => {
      const capability = await this.part(m, this.frameworks.capabilities, id);
      await this.editable(m, capability.frameworkId);
      await m.delete(Capability, { id });
      return { ...capability, id };
    });
  }

  createTemplate(actor: AuthUser, args: CreateAssessmentTemplateArgs): Promise<AssessmentTemplate> {
    return this.write(actor, 'AssessmentTemplate', 'create', async (m) => {
      await this.editable(m, args.frameworkId, 'frameworkId');
      await this.unique(m, AssessmentTemplate, { frameworkId: args.frameworkId, name: args.name }, `a template named "${args.name}" exists in this framework`);
      return m.save(
        m.create(AssessmentTemplate, { frameworkId: args.frameworkId, name: args.name, description: args.description ?? '', estimatedMinutes: args.estimatedMinutes ?? 20 }),
      );
    });
  }

  updateTemplate(actor: AuthUser, args: UpdateAssessmentTemplateArgs): Promise<AssessmentTemplate> {
    return this.write(actor, 'AssessmentTemplate', 'update', async (m) => {
      const template = await this.part(m, this.frameworks.templates, args.id);
      await this.editable(m, template.frameworkId);
      return this.apply(m, template, { name: args.name, description: args.description, estimatedMinutes: args.estimatedMinutes });
    });
  }

  deleteTemplate(actor: AuthUser, id: string): Promise<AssessmentTemplate> {
    return this.write(actor, 'AssessmentTemplate', 'delete', async (m) => {
      const template = await this.part(m, this.frameworks.templates, id);
      await this.editable(m, template.frameworkId);
      await m.delete(AssessmentTemplate, { id });
      return { ...template, id };
    });
  }

  createQuestion(actor: AuthUser, args: CreateQuestionArgs): Promise<Question> {
    return this.write(actor, 'Question', 'create', async (m) => {
      const template = await this.frameworks.templates.findVisible(system, args.templateId, { manager: m });
      if (!template) throw AppError.badInput({ templateId: `does not match any template (${args.templateId})` });
      await this.editable(m, template.frameworkId);
      if (!(await m.existsBy(Capability, { id: args.capabilityId, frameworkId: template.frameworkId }))) {
        throw AppError.badInput({ capabilityId: `is not a capability of this template's framework (${args.capabilityId})` });
      }
      this.checkOptions(args.type, args.options);
      await this.unique(m, Question, { templateId: template.id, key: args.key }, `a question with key "${args.key}" exists in this template`);
      const position = args.position ?? (await this.nextPosition(m, 'question', 'templateId', template.id));
      return m.save(
        m.create(Question, {
          templateId: template.id,
          capabilityId: args.capabilityId,
          key: args.key,
          prompt: args.prompt,
          helpText: args.helpText ?? null,
          type: args.type,
          options: args.options,
          weight: args.weight ?? 1,
          allowsDontKnow: args.allowsDontKnow ?? true,
          position,
        }),
      );
    });
  }

  updateQuestion(actor: AuthUser, args: UpdateQuestionArgs): Promise<Question> {
    return this.write(actor, 'Question', 'update', async (m) => {
      const question = await this.part(m, this.frameworks.questions, args.id);
      const template = await m.findOneByOrFail(AssessmentTemplate, { id: question.templateId });
      await this.editable(m, template.frameworkId);
      if (args.options) this.checkOptions(question.type, args.options);
      return this.apply(m, question, {
        prompt: args.prompt,
        helpText: args.helpText,
        options: args.options,
        weight: args.weight,
        allowsDontKnow: args.allowsDontKnow,
        position: args.position,
      });
    });
  }

  deleteQuestion(actor: AuthUser, id: string): Promise<Question> {
    return this.write(actor, 'Question', 'delete', async (m) => {
      const question = await this.part(m, this.frameworks.questions, id);
      const template = await m.findOneByOrFail(AssessmentTemplate, { id: question.templateId });
      await this.editable(m, template.frameworkId);
      await m.delete(Question, { id });
      return { ...question, id };
    });
  }

  /** One transaction and one audit entry per write (`capability_area.update`, with the changed fields). */
  private write<E extends { id: string }>(actor: AuthUser, type: string, verb: string, work: (m: EntityManager) => Promise<E | Outcome<E>>): Promise<E> {
    return this.dataSource.transaction(async (m) => {
      const result = await work(m);
      const record = result instanceof Outcome ? result.record : result;
      const changes =
        result instanceof Outcome
          ? result.changes
          : verb === 'delete'
            ? removedChanges(record, NAMING.filter((k) => k in record) as (keyof E & string)[])
            : createdChanges(record, Object.keys(record).filter((k) => !BOOKKEEPING.has(k)) as (keyof E & string)[]);
      const action = `${type.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()}.${verb}`;
      await this.audit.record(m, { actorId: actor.id, action, targetType: type, targetId: record.id, changes });
      return record;
    });
  }

  /**
   * The one guard of every write on a framework or its parts: the framework, locked, if it is a
   * draft. A published version is read-only (assessments rely on it staying as published):
   * BAD_USER_INPUT saying to make a new version. Checked before anything is written.
   */
  private async editable(m: EntityManager, frameworkId: string, field?: string): Promise<CapabilityFramework> {
    const framework = await this.frameworks.frameworks.findVisible(system, frameworkId, { manager: m, lock: true });
    if (!framework) {
      if (field) throw AppError.badInput({ [field]: `does not match any framework (${frameworkId})` });
      throw AppError.notFound('CapabilityFramework', frameworkId);
    }
    if (framework.status === FrameworkStatus.PUBLISHED) throw new AppError(ErrorCode.BAD_USER_INPUT, PUBLISHED_READ_ONLY, undefined, 'FRAMEWORK_PUBLISHED');
    return framework;
  }

  private part<E extends ObjectLiteral & { id: string }>(m: EntityManager, repo: ResourceRepository<E>, id: string): Promise<E> {
    return repo.findOne(system, id, { manager: m, lock: true });
  }

  /** Sets the given fields (left out: undefined; null only clears helpText) and saves; says which changed. */
  private async apply<E extends ObjectLiteral & { id: string }>(m: EntityManager, entity: E, fields: Fields<E>): Promise<Outcome<E>> {
    const changes: AuditChanges = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined || (value === null && key !== 'helpText')) continue;
      if (JSON.stringify(entity[key]) === JSON.stringify(value)) continue;
      changes[key] = { old: entity[key], new: value };
      (entity as Record<string, unknown>)[key] = value;
    }
    if (Object.keys(changes).length) await m.save(entity);
    return new Outcome(entity, changes);
  }

  private async unique<E extends ObjectLiteral>(m: EntityManager, target: EntityTarget<E>, where: FindOptionsWhere<E>, problem: string): Promise<void> {
    if (await m.getRepository(target).existsBy(where)) throw AppError.conflict(`${problem[0]!.toUpperCase()}${problem.slice(1)}: choose another.`);
  }

  private async nextPosition(m: EntityManager, table: string, parentColumn: string, parentId: string): Promise<number> {
    const [{ next }] = await m.query(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM "${table}" WHERE "${parentColumn}" = $1`, [parentId]);
    return next as number;
  }

  private checkOptions(type: Question['type'], options: Question['options']): void {
    const problem = questionOptionsProblem(type, options);
    if (problem) throw AppError.badInput({ options: problem });
  }
}
