// RFC 7518 §3.1 algorithms this edge can verify, by family. `none` is in neither.
const ASYMMETRIC = new Set([
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
]);

/** RFC 7518 §3.2: an HMAC key at least as long as the hash output (256/384/512 bits). */
export const HMAC_MIN_SECRET_BYTES: Readonly<Record<string, number>> = {
  HS256: 32,
  HS384: 48,
  HS512: 64,
};

export type KeyFamily = 'asymmetric' | 'hmac';

export function familyOf(alg: string): KeyFamily | undefined {
  if (ASYMMETRIC.has(alg)) return 'asymmetric';
  return alg in HMAC_MIN_SECRET_BYTES ? 'hmac' : undefined;
}

/**
 * The allow-list, checked against the family of the configured key (RFC 8725 §2.1/§3.1):
 * public keys verify only asymmetric algorithms and a shared secret only HMAC ones, so a
 * token can never make a public key act as an HMAC secret (algorithm confusion).
 */
export function checkAlgorithms(
  algorithms: readonly string[],
  family: KeyFamily,
): ReadonlySet<string> {
  const refused = algorithms.filter((alg) => familyOf(alg) !== family);
  if (algorithms.length === 0 || refused.length > 0) {
    throw new Error(
      `JWT algorithms must all be ${family === 'hmac' ? 'HMAC (HS*)' : 'asymmetric'}; ` +
        `refused: ${refused.join(', ') || '(empty)'}`,
    );
  }
  return new Set(algorithms);
}

/** The bytes an HMAC secret needs for every allowed algorithm; 0 when none is HMAC. */
export function requiredSecretBytes(algorithms: readonly string[]): number {
  return Math.max(0, ...algorithms.map((alg) => HMAC_MIN_SECRET_BYTES[alg] ?? 0));
}
