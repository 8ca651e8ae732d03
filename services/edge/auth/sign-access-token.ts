import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';

export interface SignAccessTokenOptions {
  privateKeyPem: string;
  /** Written to the `kid` header; omitted when absent. */
  kid?: string;
  issuer: string;
  audience: string;
  subject: string;
  /** Joined into the space-separated `scope` claim (RFC 9068 §2.2.3). Default: none. */
  scopes?: string[];
  /** Lifetime in seconds. Default: 3600. */
  ttlSec?: number;
}

/**
 * Mints an RS256 access token shaped like RFC 9068 (`typ: at+jwt`, iss, aud, sub, iat, exp,
 * jti). For development and tests: production tokens come from the IdP.
 */
export function signAccessToken(options: SignAccessTokenOptions): string {
  const payload = options.scopes?.length ? { scope: options.scopes.join(' ') } : {};
  return jwt.sign(payload, options.privateKeyPem, {
    algorithm: 'RS256',
    header: { alg: 'RS256', typ: 'at+jwt', ...(options.kid ? { kid: options.kid } : {}) },
    issuer: options.issuer,
    audience: options.audience,
    subject: options.subject,
    expiresIn: options.ttlSec ?? 3600,
    jwtid: randomUUID(),
  });
}
