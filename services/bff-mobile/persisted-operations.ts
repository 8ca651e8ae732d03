import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Lowercase hex SHA-256 of a document's exact text: the id the app sends (Apollo's wire format). */
export function operationHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Reads the compiled manifest (schemas/mobile/persisted-operations.json) and checks that every
 * entry's key is the hash of its text, so a hand-edited manifest cannot smuggle in a document.
 */
export function loadPersistedOperations(file: string): ReadonlyMap<string, string> {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const byHash = new Map<string, string>();
  for (const [hash, text] of Object.entries(manifest)) {
    if (typeof text !== 'string' || operationHash(text) !== hash) {
      throw new Error(`persisted operation ${hash} in ${file} does not match its text`);
    }
    byHash.set(hash, text);
  }
  return byHash;
}
