/**
 * Enumerations of libs/shared written as SQL, so a migration or a query names the values (and
 * their order) from the one place they are defined instead of repeating them as literals. The
 * values are constants of the code base, never user input: they are quoted, not parameterised.
 */

function literal(value: string): string {
  if (!/^[A-Z][A-Z0-9_]*$/.test(value)) throw new RangeError(`Not an enumeration value: "${value}"`);
  return `'${value}'`;
}

/** `'A', 'B', 'C'`: the values as a list for `IN (…)`. */
export function sqlValueList(values: readonly string[]): string {
  return values.map(literal).join(', ');
}

/**
 * The position of `column`'s value in `order` (0-based), as SQL:
 * `(CASE "column" WHEN 'A' THEN 0 WHEN 'B' THEN 1 ELSE 2 END)` — the last value is the ELSE
 * branch (the column is checked against the list elsewhere), which is how the talent-pool
 * migration first wrote the seniority rank.
 */
export function sqlOrdinal(column: string, order: readonly string[]): string {
  if (order.length < 2) throw new RangeError('An ordinal needs at least two values');
  const whens = order.slice(0, -1).map((value, i) => `WHEN ${literal(value)} THEN ${i}`);
  return `(CASE "${column}" ${whens.join(' ')} ELSE ${order.length - 1} END)`;
}
