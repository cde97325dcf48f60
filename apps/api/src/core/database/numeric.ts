/**
 * TypeORM transformer for `numeric` columns: node-postgres returns them as strings (they can hold
 * more digits than a double), and ours are small scores, so they are read as numbers, once, here.
 */
export const decimal = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };
