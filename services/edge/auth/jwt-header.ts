export interface CheckedJwtHeader {
  alg: string;
  kid: string | undefined;
}

// RFC 9068 §2.1 `at+jwt` (with its long form) and the widespread `JWT`; compared
// case-insensitively as RFC 7515 §4.1.9 recommends for media types.
const ACCEPTED_TYPES = new Set(['at+jwt', 'application/at+jwt', 'jwt']);

/**
 * Decodes and checks the protected header before any key is chosen (RFC 8725):
 * the algorithm must be allowed (§3.1), `typ` must mark an access token (§3.11), and any
 * `crit` is refused because we implement no extensions (RFC 7515 §4.1.11). `jku`, `x5u`,
 * `jwk` and `x5c` are deliberately never read: keys come from configuration only.
 */
export function checkJwtHeader(token: string, algorithms: ReadonlySet<string>): CheckedJwtHeader {
  const header = decodeHeader(token);
  const { alg, typ, kid } = header;
  if (typeof alg !== 'string' || !algorithms.has(alg)) throw new Error('algorithm not allowed');
  if (typeof typ !== 'string' || !ACCEPTED_TYPES.has(typ.toLowerCase())) {
    throw new Error('typ is not an access token type');
  }
  if ('crit' in header) throw new Error('crit header not supported');
  if (kid !== undefined && typeof kid !== 'string') throw new Error('kid is not a string');
  return { alg, kid };
}

function decodeHeader(token: string): Record<string, unknown> {
  const encoded = token.slice(0, token.indexOf('.'));
  const parsed: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('header is not a JSON object');
  }
  return parsed as Record<string, unknown>;
}
