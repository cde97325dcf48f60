import { enumLabel, formatMoneyUnits, type LabelledEnum } from '@orchestra/shared';
import { stringify } from 'csv-stringify/browser/esm/sync';
import { downloadCSV, type Exporter, type RaRecord } from 'react-admin';
import { formatDate } from './DateField';

export type CsvCell = string | number | null | undefined;

/** The name of the record a foreign key points to (see CsvReference), or undefined. */
export type NameOf = (source: string) => string | undefined;

/** One column of a list export: the header a person reads and the cell of a record. */
export interface CsvColumn<R> {
  header: string;
  value: (record: R, nameOf: NameOf) => CsvCell;
}

/** A foreign key written by name: one getMany on `reference`, reading `field` (default `name`). */
export interface CsvReference {
  source: string;
  reference: string;
  field?: string;
}

const noNames: NameOf = () => undefined;

/** The CSV text: a header row, then one row per record (quoting by csv-stringify). */
export function toCsv<R>(columns: readonly CsvColumn<R>[], records: readonly R[], nameOf: (record: R) => NameOf = () => noNames): string {
  return stringify([columns.map((c) => c.header), ...records.map((r) => columns.map((c) => c.value(r, nameOf(r)) ?? ''))]);
}

/** Saves the CSV as `<filename>.csv` (react-admin's download, as its Export button does). */
export function downloadCsv<R>(filename: string, columns: readonly CsvColumn<R>[], records: readonly R[], nameOf?: (record: R) => NameOf): void {
  downloadCSV(toCsv(columns, records, nameOf), filename);
}

/**
 * A list's Export in words: the columns' headers and cells, foreign keys by name (fetched as the
 * list's reference fields are). A reference the reader may not read leaves its column empty.
 */
export function csvExporter<R extends RaRecord>(filename: string, columns: readonly CsvColumn<R>[], references: readonly CsvReference[] = []): Exporter<R> {
  return async (records, fetchRelatedRecords) => {
    const related = await Promise.all(references.map((ref) => fetchRelatedRecords<RaRecord>(records, ref.source, ref.reference).catch(() => ({}) as Record<string, RaRecord>)));
    const nameOf = (record: R): NameOf => (source) => {
      const i = references.findIndex((ref) => ref.source === source);
      const target = i < 0 ? undefined : related[i]?.[String(record[source])];
      const name = target?.[references[i]?.field ?? 'name'];
      return name == null ? undefined : String(name);
    };
    downloadCsv(filename, columns, records, nameOf);
  };
}

const read = (record: RaRecord, source: string): unknown => record[source];

/** Column builders for the usual cells: words, labels, house dates, money in units, names. */
export const col = {
  text: <R extends RaRecord>(header: string, source: string): CsvColumn<R> => ({ header, value: (r) => read(r, source) as CsvCell }),
  label: <R extends RaRecord>(header: string, source: string, kind: LabelledEnum): CsvColumn<R> => ({ header, value: (r) => enumLabel(kind, read(r, source) as string | null) }),
  /** A day or an instant as "3 March 2027" (`time`: "3 March 2027 at 14:05"); `empty` when there is none. */
  date: <R extends RaRecord>(header: string, source: string, { time = false, empty = '' }: { time?: boolean; empty?: string } = {}): CsvColumn<R> => ({
    header,
    value: (r) => {
      const v = read(r, source) as string | null | undefined;
      return v ? formatDate(v, time) : empty;
    },
  }),
  /** Minor units as units of the record's currency ("650.00"), the candidate CSV's way. */
  money: <R extends RaRecord>(header: string, source: string, currencySource = 'currency'): CsvColumn<R> => ({
    header,
    value: (r) => formatMoneyUnits(read(r, source) as number | null, read(r, currencySource) as string | null),
  }),
  yesNo: <R extends RaRecord>(header: string, source: string): CsvColumn<R> => ({ header, value: (r) => (read(r, source) ? 'Yes' : 'No') }),
  /** The referenced record's name (declare the reference on the exporter). */
  name: <R extends RaRecord>(header: string, source: string): CsvColumn<R> => ({ header, value: (_r, nameOf) => nameOf(source) }),
};
