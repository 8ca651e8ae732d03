/** Narrowing for parsed YAML and JSON: each helper names where a value was expected. */
export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function record(value: unknown, where: string): Json {
  if (!isRecord(value)) throw new Error(`${where}: expected a mapping`);
  return value;
}

export function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where}: expected a list`);
  return value;
}

export function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`${where}: expected a string`);
  return value;
}

export function num(value: unknown, where: string): number {
  if (typeof value !== 'number') throw new Error(`${where}: expected a number`);
  return value;
}

/** Follows a path of keys and list indexes, failing with the path that was missing. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const [i, key] of path.entries()) {
    const where = path.slice(0, i + 1).join('.');
    current = typeof key === 'number' ? list(current, where)[key] : record(current, where)[key];
    if (current === undefined) throw new Error(`${where}: missing`);
  }
  return current;
}

/** An env mapping whose values are strings (compose and ConfigMaps quote numbers). */
export function envMap(value: unknown, where: string): Record<string, string> {
  const entries = Object.entries(record(value, where)).map(([key, v]) => {
    if (typeof v !== 'string') throw new Error(`${where}.${key}: quote the value, got ${typeof v}`);
    return [key, v] as const;
  });
  return Object.fromEntries(entries);
}
