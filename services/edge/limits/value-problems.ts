import type { LimitProblem } from './limit-problem';
import type { QueryLimits } from './query-limits';

// The wording of the BAD_USER_INPUT problems, shared by literal and variable checks. `where`
// names the argument and field, or the variable: `Argument "first" on field "orders"`.

/** OWASP amount limiting: a page above the cap is refused before any backend is asked. */
export function pageSizeProblem(
  where: string,
  value: number,
  limits: QueryLimits,
): LimitProblem | undefined {
  if (value <= limits.maxPageSize) return undefined;
  return {
    code: 'BAD_USER_INPUT',
    message: `${where} asks for ${value} items; the page-size cap is ${limits.maxPageSize}.`,
    details: { limit: limits.maxPageSize, actual: value },
  };
}

export function stringProblem(
  where: string,
  value: string,
  limits: QueryLimits,
): LimitProblem | undefined {
  if (value.length <= limits.maxStringLength) return undefined;
  return {
    code: 'BAD_USER_INPUT',
    message: `${where} holds a string longer than ${limits.maxStringLength} characters.`,
    details: { limit: limits.maxStringLength },
  };
}

/** IDs travel into backend paths and keys: an allow-list pattern, never a deny-list. */
export function idProblem(
  where: string,
  value: string,
  limits: QueryLimits,
): LimitProblem | undefined {
  if (limits.idPattern.test(value)) return undefined;
  return { code: 'BAD_USER_INPUT', message: `${where} holds an invalid ID.`, details: {} };
}
