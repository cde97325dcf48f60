import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, OutboxEventType, isTimeZone, standardUtcOffsetMinutes } from '@orchestra/shared';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { createdChanges, diffChanges } from '../../core/audit/audit-changes.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { prefixTsQuery, ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { ResourceService } from '../../core/graphql/list/resource.service.js';
import { groupedBy, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { Candidate, CandidateNote, CandidateSkill } from './candidate.entities.js';
import type { Skill } from '../skill/skill.entity.js';
import type { CandidateFilter, CandidateSkillInput, CreateCandidateArgs, UpdateCandidateArgs } from './dto/candidate.args.js';

/** A candidate's skill as CandidateSkill shows it, with the skill itself joined in. */
export type CandidateSkillRow = Pick<CandidateSkill, 'candidateId' | 'skillId' | 'level' | 'evidence'> & { skill: Pick<Skill, 'id' | 'name' | 'category' | 'aliases'> };

/** The fields a candidate's create/update writes, as stored. */
const EDITABLE = [
  'kind', 'name', 'email', 'phone', 'profileUrl', 'location', 'timeZone', 'seniority', 'availableFrom', 'allocation',
  'dayRateMinor', 'salaryMinor', 'currency', 'cvText', 'consentBasis', 'consentGivenAt', 'consentExpiresAt', 'lastContactAt', 'tags',
] as const;
type Editable = (typeof EDITABLE)[number];
export type CandidateFields = Pick<Candidate, Editable>;

export interface DuplicateMatch {
  candidate: Candidate;
  reasons: string[];
}

/** SQL for "consent given and not expired" on alias c. */
export const CONSENT_VALID_SQL = (a: string) => `(${a}."consentGivenAt" IS NOT NULL AND (${a}."consentExpiresAt" IS NULL OR ${a}."consentExpiresAt" > now()))`;

export function consentValid(c: Pick<Candidate, 'consentGivenAt' | 'consentExpiresAt'>, now = new Date()): boolean {
  return c.consentGivenAt !== null && (c.consentExpiresAt === null || c.consentExpiresAt > now);
}

/**
 * The talent pool: candidates with their skills and notes. Every change is audited and tells the
 * matching queue (through the outbox) so stored matches follow.
 */
@Injectable()
export class CandidateService extends ResourceService<Candidate, CandidateFilter> {
  override readonly resources: ResourceRepository<Candidate>;

  constructor(
    @InjectRepository(Candidate) repo: Repository<Candidate>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {
    super();
    this.resources = new ResourceRepository(repo, {
      typeName: 'Candidate',
      alias: 'candidate',
      sortable: {
        id: 'id',
        name: 'name',
        kind: 'kind',
        seniority: 'seniorityRank',
        availableFrom: 'availableFrom',
        dayRateMinor: 'dayRateMinor',
        consentExpiresAt: 'consentExpiresAt',
        lastContactAt: 'lastContactAt',
        createdAt: 'createdAt',
      },
      defaultSort: { field: 'name', order: 'ASC' },
      search: `("candidate"."name" || ' ' || "candidate"."email")`,
      equals: { kind: 'kind', seniority: 'seniority', timeZone: 'timeZone' },
      ranges: { dayRateMinor: 'dayRateMinor' },
      tenantProperty: null,
      needs: { consentValid: ['consentGivenAt', 'consentExpiresAt'], skills: [], notes: [], placements: [] },
      where: (qb, f) => {
        const cv = typeof f['cv'] === 'string' ? prefixTsQuery(f['cv']) : null;
        if (cv) qb.andWhere(`"candidate"."cvSearch" @@ to_tsquery('english', :xCv)`, { xCv: cv });
        if (typeof f['skillId'] === 'string') {
          qb.andWhere(`EXISTS (SELECT 1 FROM candidate_skill xs WHERE xs."candidateId" = "candidate".id AND xs."skillId" = :xSkill AND xs.level >= :xLevel)`, {
            xSkill: f['skillId'],
            xLevel: typeof f['skillMinLevel'] === 'number' ? f['skillMinLevel'] : 1,
          });
        }
        if (typeof f['availableBy'] === 'string') qb.andWhere(`"candidate"."availableFrom" <= :xAvailableBy`, { xAvailableBy: f['availableBy'] });
        if (typeof f['consentValid'] === 'boolean') qb.andWhere(f['consentValid'] ? CONSENT_VALID_SQL('"candidate"') : `NOT ${CONSENT_VALID_SQL('"candidate"')}`);
        if (typeof f['tag'] === 'string') qb.andWhere(`"candidate"."tags" @> ARRAY[:xTag]::text[]`, { xTag: f['tag'] });
      },
    });
  }

  create(actor: AuthUser, args: CreateCandidateArgs & { allowDuplicate?: boolean }): Promise<Candidate> {
    const fields = this.fieldsOf(args);
    return this.dataSource.transaction(async (m) => {
      if (!args.allowDuplicate) await this.refuseDuplicates(m, fields);
      const candidate = await this.insert(m, fields, args.skills ?? []);
      await this.audit.record(m, { actorId: actor.id, action: 'candidate.create', targetType: 'Candidate', targetId: candidate.id, changes: createdChanges(candidate, EDITABLE), changedFields: ['skills'] });
      return candidate;
    });
  }

  /** Writes one candidate with its skills and tells matching; the caller owns the transaction. */
  async insert(m: EntityManager, fields: CandidateFields, skills: readonly CandidateSkillInput[]): Promise<Candidate> {
    const candidate = await m.save(m.create(Candidate, { ...fields, utcOffsetMinutes: standardUtcOffsetMinutes(fields.timeZone) }));
    await this.writeSkills(m, candidate.id, skills);
    await this.changed(m, candidate.id);
    return candidate;
  }

  update(actor: AuthUser, args: UpdateCandidateArgs): Promise<Candidate> {
    return this.dataSource.transaction(async (m) => {
      const candidate = await this.resources.findOne(TenantScope.of(actor), args.id, { manager: m, lock: true });
      for (const required of ['kind', 'name', 'email', 'timeZone', 'seniority', 'availableFrom', 'consentBasis'] as const) {
        if (args[required] === null) throw AppError.badInput({ [required]: 'must not be empty' });
      }
      const next = this.fieldsOf({ ...this.asArgs(candidate), ...Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined)) } as CreateCandidateArgs);
      const changed: string[] = EDITABLE.filter((f) => JSON.stringify(next[f]) !== JSON.stringify(candidate[f]));
      const changes = diffChanges(candidate, next, EDITABLE);
      Object.assign(candidate, next, { utcOffsetMinutes: standardUtcOffsetMinutes(next.timeZone) });
      if (changed.length) await m.save(candidate);
      if (args.skills) {
        await this.writeSkills(m, candidate.id, args.skills);
        changed.push('skills');
      }
      if (changed.length) await this.changed(m, candidate.id);
      await this.audit.record(m, { actorId: actor.id, action: 'candidate.update', targetType: 'Candidate', targetId: candidate.id, changes, changedFields: args.skills ? ['skills'] : [] });
      return candidate;
    });
  }

  /** Replaces a candidate's skills and rewrites matching's arrays. */
  async writeSkills(m: EntityManager, candidateId: string, skills: readonly CandidateSkillInput[]): Promise<void> {
    const ids = skills.map((s) => s.skillId);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) throw AppError.badInput({ skills: `name skill ${dup} more than once` });
    if (ids.length) {
      const known = (await m.query(`SELECT id FROM skill WHERE id = ANY($1::uuid[])`, [ids])) as { id: string }[];
      const unknown = ids.filter((id) => !known.some((k) => k.id === id));
      if (unknown.length) throw AppError.badInput({ skills: `name unknown skills (${unknown.join(', ')})` });
    }
    await m.delete(CandidateSkill, { candidateId });
    if (skills.length) await m.insert(CandidateSkill, skills.map((s) => ({ candidateId, skillId: s.skillId, level: s.level, evidence: s.evidence ?? null })));
    await m.query(`SELECT candidate_sync_skills($1::uuid[])`, [[candidateId]]);
  }

  /** Tells the matching queue that a candidate changed (debounced per candidate). */
  async changed(m: EntityManager, candidateId: string): Promise<void> {
    await this.outbox.add(m, OutboxEventType.CANDIDATE_CHANGED, { candidateId });
  }

  addNote(actor: AuthUser, candidateId: string, body: string): Promise<CandidateNote> {
    return this.dataSource.transaction(async (m) => {
      await this.resources.findOne(TenantScope.of(actor), candidateId, { manager: m });
      const note = await m.save(m.create(CandidateNote, { candidateId, authorId: actor.id, body }));
      await this.audit.record(m, { actorId: actor.id, action: 'candidate.note', targetType: 'Candidate', targetId: candidateId, changes: { notes: { old: null, new: note.body } } });
      return note;
    });
  }

  /**
   * Likely duplicates of a person: the same e-mail, phone or profile URL, or a very similar name
   * (trigram similarity ≥ 0.6) in the same location. The phone and profile keys are normalised
   * exactly as the candidate table's generated columns are.
   */
  async findDuplicates(m: EntityManager, f: Pick<CandidateFields, 'email' | 'phone' | 'profileUrl' | 'name' | 'location'>, exceptId?: string): Promise<DuplicateMatch[]> {
    const rows = (await m.query(
      `WITH k AS (
         SELECT lower($1::text) AS email,
                nullif(regexp_replace(coalesce($2::text, ''), '[^0-9]', '', 'g'), '') AS phone,
                nullif(lower(regexp_replace(regexp_replace(coalesce($3::text, ''), '^[a-zA-Z]+://(www\\.)?', ''), '/+$', '')), '') AS profile,
                $4::text AS name, lower(coalesce($5::text, '')) AS location)
       SELECT c.id, array_remove(ARRAY[
                CASE WHEN lower(c.email) = k.email THEN 'same e-mail' END,
                CASE WHEN c."phoneDigits" = k.phone THEN 'same phone' END,
                CASE WHEN c."profileKey" = k.profile THEN 'same profile URL' END,
                CASE WHEN similarity(c.name, k.name) >= 0.6 AND lower(coalesce(c.location, '')) = k.location THEN 'similar name in the same location' END
              ], NULL) AS reasons
         FROM candidate c, k
        WHERE (lower(c.email) = k.email OR c."phoneDigits" = k.phone OR c."profileKey" = k.profile
               OR (c.name % k.name AND similarity(c.name, k.name) >= 0.6 AND lower(coalesce(c.location, '')) = k.location))
          AND c.id IS DISTINCT FROM $6::uuid
        ORDER BY c."createdAt" LIMIT 10`,
      [f.email, f.phone, f.profileUrl, f.name, f.location, exceptId ?? null],
    )) as { id: string; reasons: string[] }[];
    if (!rows.length) return [];
    const found = await m.findBy(Candidate, { id: In(rows.map((r) => r.id)) });
    return rows.flatMap((r) => {
      const candidate = found.find((c) => c.id === r.id);
      return candidate ? [{ candidate, reasons: r.reasons }] : [];
    });
  }

  async duplicatesOf(actor: AuthUser, id: string): Promise<DuplicateMatch[]> {
    const candidate = await this.findOne(actor, id);
    return this.findDuplicates(this.dataSource.manager, candidate, id);
  }

  private async refuseDuplicates(m: EntityManager, fields: CandidateFields): Promise<void> {
    const dups = await this.findDuplicates(m, fields);
    if (!dups.length) return;
    const first = dups[0]!;
    throw new AppError(
      ErrorCode.CONFLICT,
      `${first.candidate.name} looks like the same person (${first.reasons.join(', ')}). Open that record, or create anyway with allowDuplicate.`,
      undefined,
      'DUPLICATE_CANDIDATE',
      { duplicates: dups.map((d) => ({ id: d.candidate.id, name: d.candidate.name, reasons: d.reasons })) },
    );
  }

  /** Validated arguments → stored fields, with defaults and cross-field checks. */
  fieldsOf(args: CreateCandidateArgs): CandidateFields {
    if (!isTimeZone(args.timeZone)) throw AppError.badInput({ timeZone: `must be an IANA time zone such as Europe/Berlin (got "${args.timeZone}")` });
    const given = args.consentGivenAt ? new Date(args.consentGivenAt) : null;
    const expires = args.consentExpiresAt ? new Date(args.consentExpiresAt) : null;
    if (given && expires && expires <= given) throw AppError.badInput({ consentExpiresAt: 'must be after consentGivenAt' });
    if (expires && !given) throw AppError.badInput({ consentGivenAt: 'is required when consentExpiresAt is set' });
    return {
      kind: args.kind,
      name: args.name,
      email: args.email,
      phone: args.phone ?? null,
      profileUrl: args.profileUrl ?? null,
      location: args.location ?? null,
      timeZone: args.timeZone,
      seniority: args.seniority,
      availableFrom: args.availableFrom,
      allocation: args.allocation ?? 100,
      dayRateMinor: args.dayRateMinor ?? null,
      salaryMinor: args.salaryMinor ?? null,
      currency: args.currency ?? 'EUR',
      cvText: args.cvText ?? null,
      consentBasis: args.consentBasis,
      consentGivenAt: given,
      consentExpiresAt: expires,
      lastContactAt: args.lastContactAt ? new Date(args.lastContactAt) : null,
      tags: [...new Set((args.tags ?? []).map((t) => t.trim()).filter(Boolean))],
    };
  }

  private asArgs(c: Candidate): Record<string, unknown> {
    const iso = (d: Date | null) => (d ? d.toISOString() : null);
    return { ...c, consentGivenAt: iso(c.consentGivenAt), consentExpiresAt: iso(c.consentExpiresAt), lastContactAt: iso(c.lastContactAt) };
  }

  load(loaders: RequestLoaders, id: string): Promise<Candidate | null> {
    return loaders.byId(this.resources).load(id);
  }

  /**
   * Skills of many candidates in one query, strongest first, each with its skill joined in: a page
   * holds hundreds, and a nested object already in the row costs nothing to resolve, where a field
   * resolver per row costs a promise chain and a loader call each.
   */
  skillsOf(loaders: RequestLoaders, candidateId: string): Promise<CandidateSkillRow[]> {
    return loaders
      .custom<string, CandidateSkillRow[]>('candidate.skills', async (ids) => {
        const rows = (await this.dataSource.query(
          `SELECT cs."candidateId", cs."skillId", cs.level, cs.evidence, s.name, s.category, s.aliases
             FROM candidate_skill cs JOIN skill s ON s.id = cs."skillId"
            WHERE cs."candidateId" = ANY($1) ORDER BY cs.level DESC, s.name ASC`,
          [[...ids]],
        )) as (Pick<CandidateSkill, 'candidateId' | 'skillId' | 'level' | 'evidence'> & Pick<Skill, 'name' | 'category' | 'aliases'>)[];
        const skills = rows.map(({ candidateId, skillId, level, evidence, name, category, aliases }) => ({
          candidateId,
          skillId,
          level,
          evidence,
          skill: { id: skillId, name, category, aliases },
        }));
        return groupedBy(ids, skills, (r) => r.candidateId);
      })
      .load(candidateId);
  }

  notesOf(loaders: RequestLoaders, candidateId: string): Promise<CandidateNote[]> {
    return loaders
      .custom<string, CandidateNote[]>('candidate.notes', async (ids) => {
        const rows = await this.dataSource.getRepository(CandidateNote).find({ where: { candidateId: In([...ids]) }, order: { createdAt: 'DESC' } });
        return groupedBy(ids, rows, (r) => r.candidateId);
      })
      .load(candidateId);
  }
}
