import type { KeyObject } from 'node:crypto';

/** A configured verification key; `alg`, when the JWK declares one, pins its algorithm. */
export interface VerificationKey {
  kid: string;
  key: KeyObject;
  alg?: string;
}

/** Where verification keys come from: configuration only, never the token (RFC 8725 §3.10). */
export interface KeySource {
  find(kid: string | undefined, alg: string): Promise<KeyObject | undefined>;
}

export type KeySet = ReadonlyMap<string, VerificationKey>;

/**
 * RFC 8725 §2.1/§3.1: `kid` is looked up only as an exact key of the configured set (a Map,
 * so `__proto__` and friends are ordinary strings). A token without `kid` is accepted only
 * when the set holds a single key, and a key that declares an `alg` only verifies that alg.
 */
export function selectKey(
  keys: KeySet,
  kid: string | undefined,
  alg: string,
): KeyObject | undefined {
  const entry = kid === undefined ? soleKey(keys) : keys.get(kid);
  if (!entry || (entry.alg !== undefined && entry.alg !== alg)) return undefined;
  return entry.key;
}

function soleKey(keys: KeySet): VerificationKey | undefined {
  return keys.size === 1 ? keys.values().next().value : undefined;
}
