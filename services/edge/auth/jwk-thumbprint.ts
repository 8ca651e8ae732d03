import { createHash, type JsonWebKey, type KeyObject } from 'node:crypto';

// RFC 7638 §3.2: only the required members, in lexicographic order, no whitespace.
const REQUIRED_MEMBERS: Record<string, readonly string[]> = {
  RSA: ['e', 'kty', 'n'],
  EC: ['crv', 'kty', 'x', 'y'],
  OKP: ['crv', 'kty', 'x'],
};

/** RFC 7638 JWK thumbprint (SHA-256, base64url) of a public key; used as its default kid. */
export function jwkThumbprint(publicKey: KeyObject): string {
  const jwk: JsonWebKey = publicKey.export({ format: 'jwk' });
  const members = REQUIRED_MEMBERS[String(jwk.kty)];
  if (!members) throw new Error(`no RFC 7638 thumbprint for key type ${String(jwk.kty)}`);
  const canonical = JSON.stringify(Object.fromEntries(members.map((m) => [m, jwk[m]])));
  return createHash('sha256').update(canonical).digest('base64url');
}
