import { createPublicKey } from 'node:crypto';
import { jwkThumbprint } from './jwk-thumbprint';
import { selectKey, type KeySet, type KeySource } from './key-set';

/**
 * One public key from a PEM. Its kid is the configured one or, by default, its RFC 7638
 * thumbprint (the kid `ensureDevKeyPair` and `signAccessToken` use).
 */
export function createPemKeySource(publicKeyPem: string, kid?: string): KeySource {
  const key = createPublicKey(publicKeyPem);
  const id = kid ?? jwkThumbprint(key);
  const keys: KeySet = new Map([[id, { kid: id, key }]]);
  return { find: async (tokenKid, alg) => selectKey(keys, tokenKid, alg) };
}
