import { ErrorCode } from '@orchestra/shared';
import { QueryFailedError } from 'typeorm';
import { CHECK_MESSAGES, FOREIGN_KEY_SUBJECTS, inWords, UNIQUE_MESSAGES } from '../database/constraint-messages.js';

/** The fields of a node-postgres error this reads (https://www.postgresql.org/docs/current/protocol-error-fields.html). */
export interface PgErrorFields {
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  detail?: string;
}

export interface DescribedError {
  code: ErrorCode;
  message: string;
}

const conflict = (message: string): DescribedError => ({ code: ErrorCode.CONFLICT, message });
const badInput = (message: string): DescribedError => ({ code: ErrorCode.BAD_USER_INPUT, message });

/** `Key (clientId, email)=(…) already exists.` → ["clientId", "email"]; an expression key → []. */
function keyColumns(detail: string | undefined): string[] {
  const key = /^Key \(([^()]*)\)=/.exec(detail ?? '')?.[1];
  return key ? key.split(',').map((c) => c.trim().replace(/^"|"$/g, '')) : [];
}

const detailTable = (detail: string | undefined, phrase: string): string | undefined => new RegExp(`${phrase} table "([^"]+)"`).exec(detail ?? '')?.[1];

function uniqueViolation(pg: PgErrorFields): DescribedError {
  const known = pg.constraint ? UNIQUE_MESSAGES[pg.constraint] : undefined;
  if (known) return conflict(known);
  const what = pg.table ? inWords(pg.table) : 'record';
  const columns = keyColumns(pg.detail);
  return conflict(columns.length ? `Another ${what} already has this ${columns.map(inWords).join(' and ')}.` : `This ${what} already exists.`);
}

function foreignKeyViolation(pg: PgErrorFields): DescribedError {
  const subjects = pg.constraint ? FOREIGN_KEY_SUBJECTS[pg.constraint] : undefined;
  const referenced = /referenced from/.test(pg.detail ?? '');
  if (subjects) {
    const [parent, children] = subjects;
    return conflict(referenced ? `The ${parent} still has ${children}: delete or move them first.` : `The ${parent} does not exist (it may have been deleted): check the id.`);
  }
  if (referenced) {
    const from = detailTable(pg.detail, 'referenced from');
    return conflict(`It is still used by ${from ? `${inWords(from)} records` : 'other records'}: delete or move them first.`);
  }
  const target = detailTable(pg.detail, 'not present in');
  return conflict(`The ${target ? inWords(target) : 'record'} it refers to does not exist: check the id.`);
}

/**
 * A PostgreSQL error a caller's input can cause, as a code and a message in words (never a
 * constraint, table or column name as PostgreSQL spells it); null for anything else (INTERNAL).
 */
export function describeDatabaseError(pg: PgErrorFields): DescribedError | null {
  switch (pg.code) {
    case '23505':
      return uniqueViolation(pg);
    // PostgreSQL 18 reports an ON DELETE RESTRICT violation as restrict_violation (23001), not 23503.
    case '23503':
    case '23001':
      return foreignKeyViolation(pg);
    case '23502':
      return badInput(`${pg.column ? `The ${inWords(pg.column)}` : 'A required value'} cannot be empty.`);
    case '23514': {
      const known = pg.constraint ? CHECK_MESSAGES[pg.constraint] : undefined;
      return badInput(known ?? `A value breaks a rule of the ${pg.table ? inWords(pg.table) : 'record'}: check the values you sent.`);
    }
    case '22P02':
      return badInput('A value has the wrong format (for example an id that is not a UUID).');
    case '22001':
      return badInput('A text is longer than its field allows: shorten it.');
    case '22003':
      return badInput('A number is out of range: send a smaller one.');
    case '22007':
    case '22008':
      return badInput('A date or time is malformed or out of range: send one from 1900-01-01 to 2199-12-31.');
    case '22021':
    case '22P05':
      return badInput('A text contains a character that cannot be stored (such as NUL): remove it.');
    case '54000':
      return badInput('A value is too large to store or index: shorten it.');
    default:
      return null;
  }
}

/** The constraint a failed statement broke, when it broke one (for a service that answers in its own words). */
export function violatedConstraint(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as PgErrorFields).constraint : undefined;
}
