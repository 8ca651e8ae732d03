import { AppError } from '../shared';

/**
 * Allow-list for ids before they enter a path, a query or a request. Escaping is not
 * enough: `encodeURIComponent('..')` is still `..`, and `/users/../admin` is `/admin`.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** Throws BAD_USER_INPUT (no call sent) unless every id matches ID_PATTERN. */
export function assertValidIds(upstream: string, ids: readonly string[], field = 'id'): void {
  for (const id of ids) {
    if (!isValidId(id)) throw new AppError('BAD_USER_INPUT', { upstream, details: { field } });
  }
}

/** Throws BAD_USER_INPUT unless `value` is an integer in [min, max] (documented backend limits). */
export function assertIntInRange(
  upstream: string,
  value: number,
  range: { min: number; max: number },
  field: string,
): void {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new AppError('BAD_USER_INPUT', { upstream, details: { field } });
  }
}

/** Throws BAD_USER_INPUT when a free-text value is longer than the backend should ever see. */
export function assertMaxLength(upstream: string, value: string, max: number, field: string): void {
  if (value.length > max) throw new AppError('BAD_USER_INPUT', { upstream, details: { field } });
}
