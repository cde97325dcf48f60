import type { EntityManager, EntityTarget, ObjectLiteral, ValueTransformer } from 'typeorm';
import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers.js';

export interface UpsertOptions<E> {
  /** The unique key a row may already exist under. */
  conflict: readonly (keyof E & string)[];
  /** The columns a row already there takes from the new one (`updatedAt` is set to now() when listed). */
  update: readonly (keyof E & string)[];
}

interface Statement {
  sql: string;
  /** The written columns with a transformer, applied to each row as TypeORM would on save. */
  transformed: readonly { key: string; transformer: ValueTransformer | ValueTransformer[] }[];
}

/** Built once per entity, column set and conflict: the statement is the same for every call. */
const statements = new Map<string, Statement>();

/**
 * Inserts or updates many rows of one entity in one statement whose only parameter is the rows as
 * JSON (`jsonb_to_recordset`), typed from the entity's columns. TypeORM's multi-row insert builds
 * and binds one parameter per value (hundreds per finalise step): `bench/upsert-rows.mjs` measures
 * both. Every row has the keys of the first; column transformers' `to` is applied (a gap's
 * evidence is stored grouped by question); nothing is read back.
 */
export async function upsertRows<E extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<E>,
  rows: readonly Partial<E>[],
  { conflict, update }: UpsertOptions<E>,
): Promise<void> {
  if (!rows.length) return;
  const metadata = m.connection.getMetadata(entity);
  const keys = Object.keys(rows[0]!);
  const cacheKey = `${metadata.tableName}|${keys.join(',')}|${conflict.join(',')}|${update.join(',')}`;
  let statement = statements.get(cacheKey);
  if (!statement) {
    const column = (key: string) => {
      const found = metadata.findColumnWithPropertyName(key);
      if (!found) throw new Error(`${metadata.name} has no column ${key}`);
      return found;
    };
    const name = (key: string) => `"${column(key).databaseName}"`;
    // The JSON is keyed by property name; the record's columns take those names, the table's its own.
    const record = keys.map((k) => `"${k}" ${m.connection.driver.normalizeType(column(k))}`).join(', ');
    const set = update.map((k) => (k === 'updatedAt' ? `${name(k)} = now()` : `${name(k)} = EXCLUDED.${name(k)}`)).join(', ');
    // $1 arrives as text in binary format: the UTF-8 bytes as they are (see jsonBytes).
    const sql = `INSERT INTO "${metadata.tableName}" (${keys.map(name).join(', ')}) SELECT ${keys.map((k) => `r."${k}"`).join(', ')} FROM jsonb_to_recordset($1::text::jsonb) AS r(${record})
      ON CONFLICT (${conflict.map(name).join(', ')}) DO UPDATE SET ${set}`;
    const transformed = keys.flatMap((key) => {
      const { transformer } = column(key);
      return transformer ? [{ key, transformer }] : [];
    });
    statement = { sql, transformed };
    statements.set(cacheKey, statement);
  }
  const { sql, transformed } = statement;
  const written = transformed.length
    ? rows.map((row) => {
        const copy: Record<string, unknown> = { ...row };
        for (const { key, transformer } of transformed) copy[key] = ApplyValueTransformers.transformTo(transformer, copy[key]) as unknown;
        return copy;
      })
    : rows;
  await m.query(sql, [jsonBytes(written)]);
}

/**
 * The rows as a UTF-8 JSON array, encoded row by row. One non-ASCII character (a dash in a
 * question's prompt) makes V8 hold a whole string as two-byte, and encoding a finalise step's
 * 420 kB of gap evidence (as it was stored before it was grouped by question) as one such string
 * cost ~4 ms of CPU, against ~1 ms row by row.
 */
function jsonBytes(rows: readonly object[]): Buffer {
  return Buffer.concat([...rows.map((row, i) => Buffer.from(`${i ? ',' : '['}${JSON.stringify(row)}`)), Buffer.from(']')]);
}
