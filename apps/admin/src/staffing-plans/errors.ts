import { fieldProblemsOf } from '../providers/graphql';

/** The API's words for a refusal: its message, and each field's problem (BAD_USER_INPUT) after it. */
export function apiErrorText(error: unknown, fallback: string): string {
  const message = error instanceof Error && error.message ? error.message : fallback;
  const problems = Object.values(fieldProblemsOf(error));
  return problems.length ? `${message}: ${problems.join('; ')}` : message;
}
