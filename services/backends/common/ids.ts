import { BackendError } from './backend-error';

/**
 * The allow-list every id must match before it is used: an id that reaches a path or a map
 * lookup cannot then smuggle `..`, `/`, `%2F` or whitespace.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** Throws INVALID_ARGUMENT unless `id` matches ID_PATTERN. */
export function assertValidId(id: string, what: string): void {
  if (!isValidId(id)) throw new BackendError('INVALID_ARGUMENT', `${what} is not a valid id.`);
}

/**
 * Checks a batch: at most `max` ids, each valid. Duplicates are allowed and answered once.
 * Throws INVALID_ARGUMENT otherwise.
 */
export function assertValidIds(ids: readonly string[], max: number, what: string): void {
  if (ids.length > max) {
    throw new BackendError(
      'INVALID_ARGUMENT',
      `At most ${max} ${what} per call, got ${ids.length}.`,
    );
  }
  const bad = ids.find((id) => !isValidId(id));
  if (bad !== undefined)
    throw new BackendError('INVALID_ARGUMENT', `${what} contain an invalid id.`);
}

/** The distinct values of `keys` that `lookup` knows, in request order. */
export function knownInOrder<T>(
  keys: readonly string[],
  lookup: (key: string) => T | undefined,
): T[] {
  const found: T[] = [];
  for (const key of new Set(keys)) {
    const value = lookup(key);
    if (value !== undefined) found.push(value);
  }
  return found;
}

/** Ids per gRPC batch call; the protos say "At most 500 ids per call; more is INVALID_ARGUMENT". */
export const GRPC_BATCH_MAX = 500;
