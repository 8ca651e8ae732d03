/**
 * Readers that check a backend payload's shape at the boundary. Each takes the value and
 * the path it was found at, and throws WireShapeError naming the path (never the value:
 * payloads can hold data that must not reach logs). decodeWire turns that into
 * UPSTREAM_BAD_RESPONSE.
 */
export class WireShapeError extends Error {
  constructor(
    readonly path: string,
    expected: string,
  ) {
    super(`${path}: expected ${expected}`);
    this.name = 'WireShapeError';
  }
}

export type WireRecord = Readonly<Record<string, unknown>>;

export function readRecord(value: unknown, path: string): WireRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new WireShapeError(path, 'an object');
  }
  return value as WireRecord;
}

export function readArray<T>(
  value: unknown,
  path: string,
  item: (v: unknown, p: string) => T,
): T[] {
  if (!Array.isArray(value)) throw new WireShapeError(path, 'an array');
  return value.map((entry, index) => item(entry, `${path}[${index}]`));
}

export function readString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new WireShapeError(path, 'a string');
  return value;
}

/** A non-empty string: ids and keys that the DataLoader contract aligns results on. */
export function readId(value: unknown, path: string): string {
  const id = readString(value, path);
  if (id.length === 0) throw new WireShapeError(path, 'a non-empty string');
  return id;
}

export function readInteger(value: unknown, path: string, min = 0): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new WireShapeError(path, `an integer >= ${min}`);
  }
  return value;
}

export function readFiniteNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new WireShapeError(path, 'a finite number');
  }
  return value;
}

export function readEnum<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new WireShapeError(path, `one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** An ISO 4217 code: three upper-case letters. */
export function readCurrency(value: unknown, path: string): string {
  const code = readString(value, path);
  if (!/^[A-Z]{3}$/.test(code)) throw new WireShapeError(path, 'an ISO 4217 currency code');
  return code;
}
