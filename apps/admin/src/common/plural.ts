/** A count with its noun, as people read it: "1 role", "3 roles", "2 capabilities" (pass `many` when adding "s" is wrong). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
