import { createSecretKey } from 'node:crypto';
import { requiredSecretBytes } from './jwt-algorithms';
import { selectKey, type KeySet, type KeySource } from './key-set';

/**
 * One shared HMAC secret. It must be at least as long as the hash output of every allowed
 * algorithm (RFC 7518 §3.2): a shorter one throws here, so the process stops at start.
 * Tokens without `kid`, or with exactly `kid`, select it.
 */
export function createHmacKeySource(
  secret: string | Uint8Array,
  algorithms: readonly string[],
  kid = 'hmac',
): KeySource {
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  const needed = requiredSecretBytes(algorithms);
  if (bytes.length < needed) {
    throw new Error(
      `JWT HMAC secret is ${bytes.length} bytes; ${algorithms.join('/')} need ${needed}`,
    );
  }
  const keys: KeySet = new Map([[kid, { kid, key: createSecretKey(bytes) }]]);
  return { find: async (tokenKid, alg) => selectKey(keys, tokenKid, alg) };
}
