import type { Principal } from '../principal';

export interface ClaimPolicy {
  maxLifetimeSec: number;
  clockToleranceSec: number;
  plan: string;
  kind: Principal['kind'];
}

// Subjects end up in rate-limit keys, logs and backend metadata: keep them boring.
const SUBJECT = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Checks what jsonwebtoken leaves optional (RFC 8725 §3.10 asks to validate all claims):
 * `exp` is required, lifetime (`exp - iat`, or `exp - now` without `iat`) is capped, `iat`
 * may not lie in the future, `sub` must be a well-formed id. Signature, iss, aud, exp and
 * nbf have already been verified by jsonwebtoken.
 */
export function principalFromClaims(
  claims: Record<string, unknown>,
  nowSec: number,
  policy: ClaimPolicy,
): Principal {
  const { exp, iat, sub } = claims;
  if (typeof exp !== 'number') throw new Error('exp is required');
  if (iat !== undefined && typeof iat !== 'number') throw new Error('iat is not a number');
  if (iat !== undefined && iat > nowSec + policy.clockToleranceSec) {
    throw new Error('iat is in the future');
  }
  if (exp - (iat ?? nowSec) > policy.maxLifetimeSec) throw new Error('lifetime too long');
  if (typeof sub !== 'string' || !SUBJECT.test(sub)) throw new Error('sub missing or malformed');
  return { kind: policy.kind, id: sub, scopes: readScopes(claims), plan: policy.plan };
}

/** RFC 8693 §4.2 / RFC 9068 §2.2.3 `scope` (space-separated), or the `scp` array some IdPs send. */
function readScopes(claims: Record<string, unknown>): readonly string[] {
  const { scope, scp } = claims;
  if (typeof scope === 'string') return Object.freeze(scope.split(' ').filter(Boolean));
  if (Array.isArray(scp)) {
    return Object.freeze(scp.filter((s): s is string => typeof s === 'string' && s.length > 0));
  }
  return Object.freeze([]);
}
