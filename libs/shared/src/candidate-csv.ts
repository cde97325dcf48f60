/**
 * The candidate CSV, in words a person reads: the columns (readable header, API field, type), how a
 * cell is read (readable headers and values, and the machine ones: `dayRateMinor`, `SENIOR`) and
 * how a candidate is written (labels, money in units such as 650.00, days as YYYY-MM-DD).
 * Quoting and parsing are the CSV library's (the API's csv-parse / csv-stringify); this is the
 * meaning of the cells.
 */
import { isoDay } from './dates.js';
import { ENUM_LABELS, enumFromText, enumLabel, type LabelledEnum } from './labels.js';

export type CandidateCsvField =
  | 'name'
  | 'email'
  | 'kind'
  | 'seniority'
  | 'timeZone'
  | 'availableFrom'
  | 'allocation'
  | 'dayRateMinor'
  | 'salaryMinor'
  | 'currency'
  | 'phone'
  | 'profileUrl'
  | 'location'
  | 'skills'
  | 'consentBasis'
  | 'consentGivenAt'
  | 'consentExpiresAt'
  | 'lastContactAt'
  | 'tags'
  | 'cvText';

export interface CandidateCsvColumn {
  /** The API argument, also accepted as the header (`dayRateMinor` then means minor units). */
  field: CandidateCsvField;
  /** The header an export and the template write. */
  header: string;
  type: 'text' | 'enum' | 'money' | 'percent' | 'day' | 'list';
  enumKind?: LabelledEnum;
  required?: boolean;
  /** The template's example value. */
  example: string;
}

/** Export and template order. */
export const CANDIDATE_CSV_COLUMNS: readonly CandidateCsvColumn[] = [
  { field: 'name', header: 'Name', type: 'text', required: true, example: 'Ada Lovelace' },
  { field: 'email', header: 'E-mail', type: 'text', required: true, example: 'ada.lovelace@example.com' },
  { field: 'kind', header: 'Kind', type: 'enum', enumKind: 'CandidateKind', required: true, example: 'Contractor' },
  { field: 'seniority', header: 'Seniority', type: 'enum', enumKind: 'Seniority', required: true, example: 'Senior' },
  { field: 'timeZone', header: 'Time zone', type: 'text', required: true, example: 'Europe/London' },
  { field: 'availableFrom', header: 'Available from', type: 'day', required: true, example: '2027-01-04' },
  { field: 'allocation', header: 'Allocation (%)', type: 'percent', example: '100' },
  { field: 'dayRateMinor', header: 'Day rate', type: 'money', example: '650.00' },
  { field: 'salaryMinor', header: 'Salary', type: 'money', example: '' },
  { field: 'currency', header: 'Currency', type: 'text', example: 'EUR' },
  { field: 'phone', header: 'Phone', type: 'text', example: '+44 20 7946 0000' },
  { field: 'profileUrl', header: 'Profile URL', type: 'text', example: 'https://www.linkedin.com/in/ada-lovelace/' },
  { field: 'location', header: 'Location', type: 'text', example: 'London' },
  { field: 'skills', header: 'Skills', type: 'text', example: 'Kubernetes:4;Go:3' },
  { field: 'consentBasis', header: 'Consent basis', type: 'enum', enumKind: 'ConsentBasis', required: true, example: 'Consent' },
  { field: 'consentGivenAt', header: 'Consent given', type: 'day', example: '2026-11-01' },
  { field: 'consentExpiresAt', header: 'Consent expires', type: 'day', example: '2027-11-01' },
  { field: 'lastContactAt', header: 'Last contact', type: 'day', example: '2026-11-20' },
  { field: 'tags', header: 'Tags', type: 'list', example: 'platform;sre' },
  { field: 'cvText', header: 'CV text', type: 'text', example: '' },
];

/** The column a rejected-rows file adds; an import ignores it, so a fixed file imports as it is. */
export const CSV_REASON_HEADER = 'Reason';

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface CandidateCsvHeader {
  column: CandidateCsvColumn;
  /** The header as the file wrote it (problems name it). */
  header: string;
  /** Money in minor units (the machine header `dayRateMinor`), not units (`Day rate`). */
  minorUnits: boolean;
}

/**
 * The column a header stands for: its readable name or the API field, in any case and spacing
 * ("Day rate", "day_rate", "dayRate" are units; "dayRateMinor" is minor units). Null: not a column.
 */
export function candidateCsvHeader(header: string): CandidateCsvHeader | null {
  const key = squash(header);
  for (const column of CANDIDATE_CSV_COLUMNS) {
    if (key === squash(column.header)) return { column, header, minorUnits: false };
    if (key === squash(column.field)) return { column, header, minorUnits: column.type === 'money' };
  }
  return null;
}

/** Whether a header is the `Reason` column of a rejected-rows file. */
export function isCsvReasonHeader(header: string): boolean {
  return squash(header) === squash(CSV_REASON_HEADER);
}

const DIGITS = new Map<string, number>();

/** Decimals of a currency's minor unit: EUR 2, JPY 0 (2 for a code the runtime does not know). */
export function currencyDigits(currency: string | null | undefined): number {
  const code = (currency ?? '').toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return 2;
  let digits = DIGITS.get(code);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    DIGITS.set(code, digits);
  }
  return digits;
}

/** 65000 EUR → "650.00", 5000 JPY → "5000"; null → "". */
export function formatMoneyUnits(minor: number | null | undefined, currency: string | null | undefined): string {
  if (minor === null || minor === undefined) return '';
  const digits = currencyDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}

export interface CandidateCsvRow {
  /** The API arguments read from the cells (empty cells left out; skills as the file wrote them). */
  values: Partial<Record<CandidateCsvField, string | number | string[]>>;
  /** One message per bad cell, naming the column as the file did: "Day rate: 'abc' is not a number". */
  reasons: string[];
  /** Fields whose cell was refused here (their API checks would only repeat it). */
  refused: Set<CandidateCsvField>;
}

const quote = (raw: string) => `'${raw}'`;

/**
 * Reads one row's cells (`[header, cell]` in file order, headers already known to be columns):
 * labels or codes for enums, units or minor units for money (by the header), "80" or "80%" for
 * the allocation, `a;b` lists. What the API's own validation checks (e-mail, dates, ranges) is
 * passed on as it is.
 */
export function readCandidateCsvRow(cells: readonly (readonly [CandidateCsvHeader, string])[]): CandidateCsvRow {
  const values: CandidateCsvRow['values'] = {};
  const reasons: string[] = [];
  const refused = new Set<CandidateCsvField>();
  const refuse = (h: CandidateCsvHeader, message: string) => {
    reasons.push(`${h.header}: ${message}`);
    refused.add(h.column.field);
  };
  const currencyCell = cells.find(([h]) => h.column.field === 'currency')?.[1].trim();
  const currency = currencyCell ? currencyCell.toUpperCase() : 'EUR';
  for (const [h, cell] of cells) {
    const raw = cell.trim();
    if (raw === '') continue;
    const { column } = h;
    switch (column.type) {
      case 'enum': {
        const code = enumFromText(column.enumKind!, raw);
        if (code) values[column.field] = code;
        else refuse(h, `${quote(raw)} is not one of ${Object.values(ENUM_LABELS[column.enumKind!] as Readonly<Record<string, string>>).join(', ')}`);
        break;
      }
      case 'percent': {
        const n = raw.replace(/\s*%$/, '');
        if (!/^-?\d+(\.\d+)?$/.test(n)) refuse(h, `${quote(raw)} is not a number`);
        else values[column.field] = Number(n);
        break;
      }
      case 'money': {
        if (h.minorUnits) {
          if (!/^-?\d+(\.\d+)?$/.test(raw)) refuse(h, `${quote(raw)} is not a number`);
          else if (!/^-?\d+$/.test(raw)) refuse(h, `${quote(raw)} must be whole minor units (65000 for 650.00)`);
          else values[column.field] = Number(raw);
          break;
        }
        const m = /^(-?\d+)(?:\.(\d+))?$/.exec(raw);
        const digits = currencyDigits(currency);
        if (!m) refuse(h, `${quote(raw)} is not a number`);
        else if ((m[2] ?? '').replace(/0+$/, '').length > digits) refuse(h, `${quote(raw)} has more decimals than ${currency} has (${digits})`);
        else values[column.field] = Math.round(Number(raw) * 10 ** digits);
        break;
      }
      case 'list':
        values[column.field] = raw.split(';').map((t) => t.trim()).filter(Boolean);
        break;
      default:
        values[column.field] = column.field === 'currency' ? raw.toUpperCase() : raw;
    }
  }
  return { values, reasons, refused };
}

/** What an export writes for one candidate (the API's fields; skills as `Kubernetes:4;Go:3`). */
export interface CandidateCsvRecord {
  name: string;
  email: string;
  kind: string;
  seniority: string;
  timeZone: string;
  availableFrom: string;
  allocation: number;
  dayRateMinor: number | null;
  salaryMinor: number | null;
  currency: string;
  phone: string | null;
  profileUrl: string | null;
  location: string | null;
  skills: string;
  consentBasis: string;
  consentGivenAt: Date | string | null;
  consentExpiresAt: Date | string | null;
  lastContactAt: Date | string | null;
  tags: readonly string[];
  cvText: string | null;
}

/** One candidate as export cells, in column order: labels, money in units, days as YYYY-MM-DD. */
export function candidateCsvCells(c: CandidateCsvRecord): string[] {
  return CANDIDATE_CSV_COLUMNS.map((column) => {
    const value = c[column.field];
    if (value === null || value === undefined) return '';
    switch (column.type) {
      case 'enum':
        return enumLabel(column.enumKind!, String(value));
      case 'money':
        return formatMoneyUnits(value as number, c.currency);
      case 'list':
        return (value as readonly string[]).join(';');
      case 'day':
        return value instanceof Date ? isoDay(value) : String(value).slice(0, 10);
      default:
        return String(value);
    }
  });
}

/** The readable headers, in export order. */
export const CANDIDATE_CSV_HEADERS: readonly string[] = CANDIDATE_CSV_COLUMNS.map((c) => c.header);
