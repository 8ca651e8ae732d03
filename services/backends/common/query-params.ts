import { BackendError } from './backend-error';

/** A query parameter as Fastify's parser delivers it: repeated names become arrays. */
export type QueryValue = string | string[] | undefined;

/**
 * The ids of a comma-separated list parameter (`ids=a,b` or `ids=a&ids=b`); [] when the
 * parameter is absent or empty. Empty segments are kept so that `a,,b` fails validation.
 */
export function splitIdList(value: QueryValue): string[] {
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '');
  return joined === '' ? [] : joined.split(',');
}

/** Throws INVALID_ARGUMENT when a required list parameter is missing. */
export function requireParam(value: QueryValue, name: string): void {
  if (value === undefined) throw new BackendError('INVALID_ARGUMENT', `${name} is required.`);
}

/** An integer parameter in 1..max, `fallback` when absent; INVALID_ARGUMENT otherwise. */
export function parseLimit(value: QueryValue, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const limit = typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(limit >= 1 && limit <= max)) {
    throw new BackendError('INVALID_ARGUMENT', `limit must be an integer in 1..${max}.`);
  }
  return limit;
}
