import jwt from 'jsonwebtoken';
import { AppError } from '../../shared';
import type { Authenticator, Principal } from '../principal';
import { readBearerToken } from './bearer-token';

// The same shape the verifying authenticator demands (jwt-claims.ts): the subject still ends
// up in log lines and backend calls, so garbage is refused even here.
const SUBJECT = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * BENCHMARK ONLY: NEVER AN AUTHENTICATOR FOR REAL TRAFFIC. Reads the `sub` of a bearer JWT
 * WITHOUT verifying anything: no signature, issuer, audience, expiry or lifetime check, so
 * anyone can be anyone. It exists so `protections: 'off'` (graphql-server-options.ts) can
 * price what verification costs, the way the bench floor reads `sub`
 * (scripts/bench/floor/token-subject.ts). It is not exported from the edge's index.ts: the
 * only way to reach it is `protections: 'off'`, which no configuration sets.
 *
 * A missing, malformed or subject-less token is still a 401, so a request without a token
 * is refused in both modes alike.
 */
export function createUnverifiedJwtAuthenticator(): Authenticator {
  return {
    async authenticate(headers): Promise<Principal> {
      const claims = decodeClaims(readBearerToken(headers));
      const sub = claims?.sub;
      if (typeof sub !== 'string' || !SUBJECT.test(sub)) throw new AppError('UNAUTHENTICATED');
      const scope = claims?.scope;
      const scopes = typeof scope === 'string' ? scope.split(' ').filter(Boolean) : [];
      return { kind: 'user', id: sub, scopes: Object.freeze(scopes), plan: 'default' };
    },
  };
}

/** The payload of a JWS compact token, or null; a payload that is not JSON is null, not a throw. */
function decodeClaims(token: string | undefined): jwt.JwtPayload | null {
  if (token === undefined) return null;
  try {
    return jwt.decode(token, { json: true });
  } catch {
    return null;
  }
}
