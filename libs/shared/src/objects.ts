/**
 * `record[key]` when `key` is the record's own key, else undefined: a lookup by a name from outside
 * (a job name, a queue name) must not find Object.prototype's `constructor` or `toString`.
 */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
