import { createHash } from 'node:crypto';

/** Lowercase hex SHA-256 of an API key: the `sha256` of its ApiKeyRecord. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
