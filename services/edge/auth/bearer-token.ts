// Far above any real access token; stops a 100 KB header from reaching the JSON parser.
const MAX_TOKEN_LENGTH = 8192;
// RFC 7515 §7.1 JWS compact serialization: three base64url parts (a JWE has five).
const JWS_COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * The token of a single `Authorization: Bearer <token>` header (RFC 6750 §2.1; the scheme is
 * case-insensitive per RFC 9110 §11.1), or undefined for anything else.
 */
export function readBearerToken(
  headers: Record<string, string | string[] | undefined>,
): string | undefined {
  const value = headers.authorization;
  if (typeof value !== 'string') return undefined; // absent, or sent twice
  const match = /^Bearer +(\S+) *$/i.exec(value);
  const token = match?.[1];
  if (!token || token.length > MAX_TOKEN_LENGTH || !JWS_COMPACT.test(token)) return undefined;
  return token;
}
