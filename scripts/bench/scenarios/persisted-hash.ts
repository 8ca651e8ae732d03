/**
 * Finds the sha256 of a named operation in a persisted-operation manifest. Accepts the shape
 * schemas/mobile/persisted-operations.json has ({ "<sha256>": "query HomeScreen ..." }) and,
 * should it change, a name-keyed one ({ "HomeScreen": "<sha256>" | { sha256 | hash } }).
 */
export function persistedHash(manifest: unknown, operationName: string): string | undefined {
  if (typeof manifest !== 'object' || manifest === null) return undefined;
  const defines = new RegExp(`\\b(query|mutation|subscription)\\s+${operationName}\\b`);
  for (const [key, value] of Object.entries(manifest)) {
    if (typeof value === 'string' && /^[0-9a-f]{64}$/.test(key) && defines.test(value)) return key;
    if (key !== operationName) continue;
    if (typeof value === 'string') return value;
    const entry = value as { sha256?: unknown; sha256Hash?: unknown; hash?: unknown };
    const hash = entry.sha256 ?? entry.sha256Hash ?? entry.hash;
    if (typeof hash === 'string') return hash;
  }
  return undefined;
}
