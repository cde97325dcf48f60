import { Injectable } from '@nestjs/common';
import {
  CANDIDATE_CSV_COLUMNS,
  CANDIDATE_CSV_HEADERS,
  CSV_REASON_HEADER,
  candidateCsvCells,
  candidateCsvHeader,
  isCsvReasonHeader,
  isTimeZone,
  readCandidateCsvRow,
  type CandidateCsvField,
  type CandidateCsvHeader,
} from '@orchestra/shared';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { noteUnchanged } from '../../core/request-context/request-context.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { validatePlain } from '../../core/validation/validation.js';
import { DataSource } from 'typeorm';
import { CandidateService, type CandidateFields } from './candidate.service.js';
import { CreateCandidateArgs, type CandidateFilter, type CandidateSkillInput } from './dto/candidate.args.js';
import type { CandidateImportReportType, CandidateImportRowType } from './dto/candidate.type.js';

export const MAX_IMPORT_ROWS = 5_000;
export const MAX_EXPORT_ROWS = 10_000;

export interface CandidateImportOptions {
  dryRun: boolean;
  /** Check and write only these lines of the file. */
  onlyLines?: readonly number[] | null;
  /** Accept rows that look like a person already in the pool (to merge them afterwards). */
  allowDuplicates?: boolean;
}

/** A parsed file: its header cells as written, what each stands for (null: the Reason column), its rows. */
interface ParsedCsv {
  header: string[];
  columns: (CandidateCsvHeader | null)[];
  rows: { line: number; cells: string[] }[];
}

interface CheckedRow {
  row: CandidateImportRowType;
  cells: string[];
  fields?: CandidateFields;
  skills?: CandidateSkillInput[];
}

/**
 * CSV import (every row checked with the API's own rules; the accepted rows written in one
 * transaction, the rejected ones answered as a CSV with a Reason column) and CSV export of a
 * filtered list. Headers and values are read and written in words (`Day rate`, `Senior`, 650.00)
 * by the shared `candidate-csv` rules, which also read the machine ones (`dayRateMinor`, `SENIOR`).
 */
@Injectable()
export class CandidateCsvService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: CandidateService,
    private readonly audit: AuditService,
  ) {}

  async import(actor: AuthUser, csv: string, options: CandidateImportOptions): Promise<CandidateImportReportType> {
    const { dryRun, onlyLines, allowDuplicates = false } = options;
    const file = this.parse(csv);
    let rows = file.rows;
    if (onlyLines?.length) {
      const missing = onlyLines.filter((l) => !rows.some((r) => r.line === l));
      if (missing.length) throw AppError.badInput({ onlyLines: `${missing.join(', ')} ${missing.length === 1 ? 'is not a line' : 'are not lines'} with a row in the file: use the line numbers of the report` });
      rows = rows.filter((r) => onlyLines.includes(r.line));
    }
    const skills = await this.skillIndex();
    return this.dataSource.transaction(async (m) => {
      const checked: CheckedRow[] = [];
      const seenEmails = new Map<string, number>();
      for (const { line, cells } of rows) {
        const result = await this.checkRow(file, cells, line, skills);
        if (result.fields) {
          const earlier = seenEmails.get(result.fields.email);
          if (earlier) result.row.reasons.push(`same e-mail as line ${earlier} of this file`);
          else seenEmails.set(result.fields.email, line);
          const dups = await this.candidates.findDuplicates(m, result.fields);
          if (dups.length) {
            result.row.duplicateOfId = dups[0]!.candidate.id;
            if (!allowDuplicates) for (const d of dups) result.row.reasons.push(`duplicate of ${d.candidate.name} (${d.reasons.join(', ')})`);
          }
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
        await this.audit.record(m, { actorId: actor.id, action: 'candidate.import', targetType: 'Candidate', targetId: null, changes: { created: { old: null, new: accepted } } });
      } else {
        noteUnchanged(); // a dry run only reports
      }
      const report = checked.map((c) => c.row);
      const rejected = checked.filter((c) => c.row.status === 'REJECTED');
      return {
        accepted: report.length - rejected.length,
        rejected: rejected.length,
        dryRun,
        rows: report,
        rejectedCsv: rejected.length ? this.rejectedCsv(file, rejected) : null,
      };
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
    const rows = list.map((c) => candidateCsvCells({ ...c, skills: skillsOf.get(c.id) ?? '' }));
    await this.dataSource.transaction((m) => this.audit.record(m, { actorId: actor.id, action: 'candidate.export-csv', targetType: 'Candidate', targetId: null }));
    return stringify([[...CANDIDATE_CSV_HEADERS], ...rows]);
  }

  /** The readable header row and one example person, for a file to start from. */
  template(): string {
    return stringify([[...CANDIDATE_CSV_HEADERS], CANDIDATE_CSV_COLUMNS.map((c) => c.example)]);
  }

  /** The rejected rows as the file had them (any earlier Reason column replaced), with a Reason column. */
  private rejectedCsv(file: ParsedCsv, rejected: readonly CheckedRow[]): string {
    const keep = file.columns.map((c, i) => (c ? i : -1)).filter((i) => i >= 0);
    return stringify([
      [...keep.map((i) => file.header[i]!), CSV_REASON_HEADER],
      ...rejected.map((r) => [...keep.map((i) => r.cells[i] ?? ''), r.row.reasons.join('; ')]),
    ]);
  }

  private parse(csv: string): ParsedCsv {
    let records: { record: string[]; info: { lines: number }; raw: string }[];
    try {
      records = parse(csv, { skip_empty_lines: true, trim: true, bom: true, info: true, raw: true, relax_column_count: true }) as unknown as typeof records;
    } catch (e) {
      throw AppError.badInput({ csv: `is not valid CSV: ${(e as Error).message}` });
    }
    const [head, ...body] = records;
    if (!head || !body.length) throw AppError.badInput({ csv: 'has no rows after the header' });
    const header = head.record;
    const columns = header.map((h) => (isCsvReasonHeader(h) ? null : candidateCsvHeader(h)));
    const unknown = header.filter((h, i) => !columns[i] && !isCsvReasonHeader(h));
    if (unknown.length) throw AppError.badInput({ csv: `has unknown columns ${unknown.map((h) => `"${h}"`).join(', ')} (known: ${CANDIDATE_CSV_HEADERS.join(', ')})` });
    const fields = columns.flatMap((c) => (c ? [c.column.field] : []));
    const twice = CANDIDATE_CSV_COLUMNS.filter((c) => fields.filter((f) => f === c.field).length > 1);
    if (twice.length) throw AppError.badInput({ csv: `has more than one column for ${twice.map((c) => c.header).join(', ')}: keep one of each` });
    const missing = CANDIDATE_CSV_COLUMNS.filter((c) => c.required && !fields.includes(c.field));
    if (missing.length) throw AppError.badInput({ csv: `lacks the columns ${missing.map((c) => c.header).join(', ')}` });
    if (body.length > MAX_IMPORT_ROWS) throw AppError.badInput({ csv: `has ${body.length} rows; import at most ${MAX_IMPORT_ROWS} at a time` });
    // The line a record starts on: where it ends, less the line breaks inside its quoted cells.
    const rows = body.map(({ record, info, raw }) => ({ line: info.lines - (raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0), cells: record }));
    return { header, columns, rows };
  }

  private async checkRow(file: ParsedCsv, cells: string[], line: number, skillIndex: Map<string, string>): Promise<CheckedRow> {
    const cellOf = (field: CandidateCsvField) => {
      const i = file.columns.findIndex((c) => c?.column.field === field);
      return i >= 0 ? (cells[i] ?? '') : '';
    };
    const headerOf = (field: string) => file.columns.find((c) => c?.column.field === field)?.header ?? field;
    const row: CandidateImportRowType = { line, status: 'ACCEPTED', name: cellOf('name') || null, candidateId: null, duplicateOfId: null, reasons: [] };
    if (cells.length !== file.header.length) {
      row.reasons.push(`has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'} where the header has ${file.header.length}: check for a missing or extra comma`);
      return { row, cells };
    }
    const read = readCandidateCsvRow(file.columns.flatMap((c, i) => (c && c.column.field !== 'skills' ? [[c, cells[i]!] as const] : [])));
    row.reasons.push(...read.reasons);
    const skills: CandidateSkillInput[] = [];
    const skillsHeader = headerOf('skills');
    for (const part of cellOf('skills').split(';').map((s) => s.trim()).filter(Boolean)) {
      const m = /^(.+):([1-5])$/.exec(part);
      const skillId = m ? skillIndex.get(m[1]!.trim().toLowerCase()) : undefined;
      if (!m) row.reasons.push(`${skillsHeader}: "${part}" must be name:level with a level from 1 to 5`);
      else if (!skillId) row.reasons.push(`${skillsHeader}: "${m[1]}" is not a skill of the taxonomy`);
      else if (skills.some((s) => s.skillId === skillId)) row.reasons.push(`${skillsHeader}: "${m[1]}" is listed twice`);
      else skills.push({ skillId, level: Number(m[2]) });
    }
    const plain: Record<string, unknown> = { ...read.values };
    delete plain['skills'];
    const { value, problems } = await validatePlain(CreateCandidateArgs, plain);
    for (const [field, problem] of Object.entries(problems)) {
      if (!read.refused.has(field as CandidateCsvField)) row.reasons.push(`${headerOf(field)}: ${problem}`);
    }
    // Checked here too so a row with several problems lists them all (fieldsOf stops at the first).
    const timeZone = plain['timeZone'];
    if (typeof timeZone === 'string' && !problems['timeZone'] && !isTimeZone(timeZone)) row.reasons.push(`${headerOf('timeZone')}: must be an IANA time zone such as Europe/Berlin (got "${timeZone}")`);
    if (row.reasons.length) return { row, cells };
    try {
      return { row, cells, fields: this.candidates.fieldsOf(value), skills };
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      for (const [field, problem] of Object.entries(e.fields ?? { row: e.message })) row.reasons.push(`${headerOf(field)}: ${problem}`);
      return { row, cells };
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
