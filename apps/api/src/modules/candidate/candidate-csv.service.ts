import { Injectable } from '@nestjs/common';
import { isTimeZone } from '@orchestra/shared';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { validatePlain } from '../../core/validation/validation.js';
import { DataSource } from 'typeorm';
import { CandidateService, type CandidateFields } from './candidate.service.js';
import { CreateCandidateArgs, type CandidateFilter, type CandidateSkillInput } from './dto/candidate.args.js';
import type { CandidateImportReportType, CandidateImportRowType } from './dto/candidate.type.js';

/** The columns of an import file and of an export, in export order. */
export const CANDIDATE_CSV_COLUMNS = [
  'name', 'email', 'kind', 'seniority', 'timeZone', 'availableFrom', 'allocation', 'dayRateMinor', 'salaryMinor', 'currency',
  'phone', 'profileUrl', 'location', 'skills', 'consentBasis', 'consentGivenAt', 'consentExpiresAt', 'lastContactAt', 'tags', 'cvText',
] as const;
const REQUIRED_COLUMNS = ['name', 'email', 'kind', 'seniority', 'timeZone', 'availableFrom', 'consentBasis'];
const NUMBER_COLUMNS = new Set(['allocation', 'dayRateMinor', 'salaryMinor']);
export const MAX_IMPORT_ROWS = 5_000;
export const MAX_EXPORT_ROWS = 10_000;

interface CheckedRow {
  row: CandidateImportRowType;
  fields?: CandidateFields;
  skills?: CandidateSkillInput[];
}

/**
 * CSV import (every row checked with the API's own rules; accepted rows written in one
 * transaction, so a file is never half-imported) and CSV export of a filtered list.
 */
@Injectable()
export class CandidateCsvService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: CandidateService,
    private readonly audit: AuditService,
  ) {}

  async import(actor: AuthUser, csv: string, dryRun: boolean): Promise<CandidateImportReportType> {
    const records = this.parse(csv);
    const skills = await this.skillIndex();
    return this.dataSource.transaction(async (m) => {
      const checked: CheckedRow[] = [];
      const seenEmails = new Map<string, number>();
      for (const [i, record] of records.entries()) {
        const line = i + 2;
        const result = await this.checkRow(record, line, skills);
        if (result.fields) {
          const earlier = seenEmails.get(result.fields.email);
          if (earlier) result.row.reasons.push(`same e-mail as line ${earlier} of this file`);
          else seenEmails.set(result.fields.email, line);
          for (const d of await this.candidates.findDuplicates(m, result.fields)) result.row.reasons.push(`duplicate of ${d.candidate.name} (${d.reasons.join(', ')})`);
        }
        if (result.row.reasons.length) {
          result.row.status = 'REJECTED';
          delete result.fields;
        }
        checked.push(result);
      }
      if (!dryRun) {
        for (const c of checked) {
          if (!c.fields) continue;
          const candidate = await this.candidates.insert(m, c.fields, c.skills ?? []);
          c.row.candidateId = candidate.id;
        }
        const accepted = checked.filter((c) => c.fields).length;
        await this.audit.record(m, { actorId: actor.id, action: 'candidate.import', targetType: 'Candidate', targetId: null, changedFields: accepted ? ['created'] : [] });
      }
      const rows = checked.map((c) => c.row);
      return { accepted: rows.filter((r) => r.status === 'ACCEPTED').length, rejected: rows.filter((r) => r.status === 'REJECTED').length, dryRun, rows };
    });
  }

  async export(actor: AuthUser, filter: CandidateFilter | null): Promise<string> {
    const repo = this.candidates.resources;
    const list = await repo
      .applyFilter(repo.query(TenantScope.of(actor)), filter)
      .orderBy('candidate.name', 'ASC')
      .addOrderBy('candidate.id', 'ASC')
      .take(MAX_EXPORT_ROWS)
      .getMany();
    const skillRows = list.length
      ? ((await this.dataSource.query(
          `SELECT cs."candidateId", string_agg(s.name || ':' || cs.level, ';' ORDER BY cs.level DESC, s.name) AS skills
             FROM candidate_skill cs JOIN skill s ON s.id = cs."skillId" WHERE cs."candidateId" = ANY($1::uuid[]) GROUP BY cs."candidateId"`,
          [list.map((c) => c.id)],
        )) as { candidateId: string; skills: string }[])
      : [];
    const skillsOf = new Map(skillRows.map((r) => [r.candidateId, r.skills]));
    const iso = (d: Date | null) => (d ? d.toISOString() : '');
    const rows = list.map((c) => ({
      ...c,
      skills: skillsOf.get(c.id) ?? '',
      tags: c.tags.join(';'),
      consentGivenAt: iso(c.consentGivenAt),
      consentExpiresAt: iso(c.consentExpiresAt),
      lastContactAt: iso(c.lastContactAt),
    }));
    await this.dataSource.transaction((m) => this.audit.record(m, { actorId: actor.id, action: 'candidate.export-csv', targetType: 'Candidate', targetId: null }));
    return stringify(rows, { header: true, columns: [...CANDIDATE_CSV_COLUMNS], cast: { number: (n) => String(n) } });
  }

  private parse(csv: string): Record<string, string>[] {
    let records: Record<string, string>[];
    try {
      records = parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
    } catch (e) {
      throw AppError.badInput({ csv: `is not valid CSV: ${(e as Error).message}` });
    }
    const header = records[0] ? Object.keys(records[0]) : [];
    const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
    if (!records.length) throw AppError.badInput({ csv: 'has no rows after the header' });
    if (missing.length) throw AppError.badInput({ csv: `lacks the columns ${missing.join(', ')}` });
    const unknown = header.filter((h) => !(CANDIDATE_CSV_COLUMNS as readonly string[]).includes(h));
    if (unknown.length) throw AppError.badInput({ csv: `has unknown columns ${unknown.join(', ')} (known: ${CANDIDATE_CSV_COLUMNS.join(', ')})` });
    if (records.length > MAX_IMPORT_ROWS) throw AppError.badInput({ csv: `has ${records.length} rows; import at most ${MAX_IMPORT_ROWS} at a time` });
    return records;
  }

  private async checkRow(record: Record<string, string>, line: number, skillIndex: Map<string, string>): Promise<CheckedRow> {
    const row: CandidateImportRowType = { line, status: 'ACCEPTED', name: record['name'] || null, candidateId: null, reasons: [] };
    const plain: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(record)) {
      if (raw === '' || key === 'skills') continue;
      if (key === 'tags') plain[key] = raw.split(';').map((t) => t.trim()).filter(Boolean);
      else if (NUMBER_COLUMNS.has(key)) plain[key] = /^-?\d+$/.test(raw) ? Number(raw) : raw;
      else plain[key] = raw;
    }
    const skills: CandidateSkillInput[] = [];
    for (const part of (record['skills'] ?? '').split(';').map((s) => s.trim()).filter(Boolean)) {
      const m = /^(.+):([1-5])$/.exec(part);
      const skillId = m ? skillIndex.get(m[1]!.trim().toLowerCase()) : undefined;
      if (!m) row.reasons.push(`skills: "${part}" must be name:level with a level from 1 to 5`);
      else if (!skillId) row.reasons.push(`skills: "${m[1]}" is not a skill of the taxonomy`);
      else if (skills.some((s) => s.skillId === skillId)) row.reasons.push(`skills: "${m[1]}" is listed twice`);
      else skills.push({ skillId, level: Number(m[2]) });
    }
    const { value, problems } = await validatePlain(CreateCandidateArgs, plain);
    for (const [field, problem] of Object.entries(problems)) row.reasons.push(`${field}: ${problem}`);
    // Checked here too so a row with several problems lists them all (fieldsOf stops at the first).
    if (typeof plain['timeZone'] === 'string' && !problems['timeZone'] && !isTimeZone(plain['timeZone'])) row.reasons.push(`timeZone: must be an IANA time zone such as Europe/Berlin (got "${plain['timeZone']}")`);
    if (row.reasons.length) return { row };
    try {
      return { row, fields: this.candidates.fieldsOf(value), skills };
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      for (const [field, problem] of Object.entries(e.fields ?? { row: e.message })) row.reasons.push(`${field}: ${problem}`);
      return { row };
    }
  }

  /** Lower-cased skill name or alias → skill id. */
  private async skillIndex(): Promise<Map<string, string>> {
    const rows = (await this.dataSource.query(`SELECT id, name, aliases FROM skill`)) as { id: string; name: string; aliases: string[] }[];
    const index = new Map<string, string>();
    for (const r of rows) for (const key of [r.name, ...r.aliases]) index.set(key.toLowerCase(), r.id);
    return index;
  }
}
