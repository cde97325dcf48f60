import type { FieldProblems } from '../errors/app-error.js';

/** C0 controls and DEL, except tab, line feed and carriage return (text areas send those). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Deeper than any input type of the schema: only a hand-made payload gets here. */
export const MAX_INPUT_DEPTH = 32;

/** What a value nested deeper than MAX_INPUT_DEPTH is told. */
export const TOO_DEEP = 'nests values too deeply: flatten it';

/** Enough to fix a request; a payload with thousands of bad strings is not told about each. */
const MAX_PROBLEMS = 20;

/** What is wrong with one text value, or null: a control character, or a lone UTF-16 surrogate. */
export function textProblem(s: string): string | null {
  const control = CONTROL.exec(s);
  if (control) return `contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}): remove it`;
  if (!s.isWellFormed()) return 'contains a broken character (a lone UTF-16 surrogate): send well-formed Unicode text';
  return null;
}

const isPlainObject = (v: object): v is Record<string, unknown> => {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** The entries of a list or plain object (index or key, value), for the walks below; none for anything else. */
const childrenOf = (value: unknown): (readonly [string, unknown])[] =>
  typeof value !== 'object' || value === null
    ? []
    : Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : isPlainObject(value)
        ? Object.entries(value)
        : [];

/** `answers.0`: a child's path as class-validator names nested fields. */
const childPath = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * Every string anywhere in an input value (nested input objects and lists) that PostgreSQL or a
 * mail server would refuse or mangle, by field path (`answers.0.text`, as class-validator names
 * nested fields). Other values (numbers, Dates of a DateTime scalar) are left to the validators.
 */
export function inputProblems(value: unknown, path = ''): FieldProblems {
  const problems: FieldProblems = {};
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path, depth: 0 }];
  // A stack, not recursion: the depth of the value decides nothing about ours.
  while (stack.length && Object.keys(problems).length < MAX_PROBLEMS) {
    const item = stack.pop()!;
    const at = item.path || 'input';
    if (typeof item.value === 'string') {
      const problem = textProblem(item.value);
      if (problem) problems[at] = problem;
      continue;
    }
    const entries = childrenOf(item.value);
    if (!entries.length) continue;
    if (item.depth >= MAX_INPUT_DEPTH) {
      problems[at] = TOO_DEEP;
      continue;
    }
    // Reversed onto the stack, so problems come out in document order.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, v] = entries[i]!;
      stack.push({ value: v, path: childPath(item.path, key), depth: item.depth + 1 });
    }
  }
  return problems;
}

/**
 * The path of the first list or object nested deeper than MAX_INPUT_DEPTH (`slots.0.0.…`), or
 * null. A stack, not recursion, like inputProblems; it only counts depth.
 */
export function tooDeepAt(value: unknown): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length) {
    const item = stack.pop()!;
    const children = childrenOf(item.value);
    if (!children.length) continue;
    if (item.depth >= MAX_INPUT_DEPTH) return item.path || 'input';
    for (const [key, v] of children) stack.push({ value: v, path: childPath(item.path, key), depth: item.depth + 1 });
  }
  return null;
}
