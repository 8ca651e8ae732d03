import jwt, { type Algorithm } from 'jsonwebtoken';
import type pino from 'pino';
import { AppError } from '../../shared';
import type { Authenticator, Principal } from '../principal';
import { readBearerToken } from './bearer-token';
import { principalFromClaims } from './jwt-claims';
import { checkJwtHeader } from './jwt-header';
import { createJwksKeySource } from './jwks-key-source';
import type { KeySource } from './key-set';
import { createPemKeySource } from './pem-key-source';

export interface JwtAuthenticatorOptions {
  /** Exact `iss` expected. */
  issuer: string;
  /** Exact `aud` expected (one of the token's audiences). */
  audience: string;
  /** Asymmetric algorithms accepted. Default: ['RS256']. */
  algorithms?: string[];
  /** One verification key. Exactly one of publicKeyPem / jwksUrl. */
  publicKeyPem?: string;
  /** kid of publicKeyPem. Default: its RFC 7638 thumbprint. */
  publicKeyKid?: string;
  /** The IdP's JWKS. Exactly one of publicKeyPem / jwksUrl. */
  jwksUrl?: string;
  /** Allowed clock skew for exp, nbf, iat. Default: 30. */
  clockToleranceSec?: number;
  /** Longest accepted token lifetime (exp - iat). Default: 86400. */
  maxLifetimeSec?: number;
  /** Minimum seconds between two JWKS fetches. Default: 30. */
  jwksCooldownSec?: number;
  /** JWKS age after which it is refreshed on next use. Default: 600. */
  jwksMaxAgeSec?: number;
  /** Timeout of a JWKS fetch. Default: 2000 ms. */
  jwksTimeoutMs?: number;
  /** Plan given to every principal. Default: 'default'. */
  plan?: string;
  /** Kind given to every principal (a partner BFF verifying client-credentials tokens). Default: 'user'. */
  principalKind?: Principal['kind'];
  /** Clock in epoch ms, for tests. Default: Date.now. */
  now?: () => number;
  /** Receives rejection reasons (debug) and JWKS failures (warn). Default: none. */
  logger?: pino.Logger;
}

// Only asymmetric algorithms: keys come from configuration as public keys, and an HMAC
// "public key" would reopen algorithm confusion (RFC 8725 §2.1).
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

/**
 * Bearer JWT access tokens → Principal, per RFC 8725 (JWT BCP). Every failure, whatever its
 * reason, is the same AppError('UNAUTHENTICATED'): expired and forged must look alike.
 */
export function createJwtAuthenticator(options: JwtAuthenticatorOptions): Authenticator {
  const algorithms = checkAlgorithms(options.algorithms ?? ['RS256']);
  const keys = createKeySource(options);
  const now = options.now ?? Date.now;
  const clockTolerance = options.clockToleranceSec ?? 30;
  const policy = {
    maxLifetimeSec: options.maxLifetimeSec ?? 86_400,
    clockToleranceSec: clockTolerance,
    plan: options.plan ?? 'default',
    kind: options.principalKind ?? 'user',
  };

  async function verify(
    headers: Record<string, string | string[] | undefined>,
  ): Promise<Principal> {
    const token = readBearerToken(headers);
    if (!token) throw new Error('no bearer token');
    const header = checkJwtHeader(token, algorithms);
    const key = await keys.find(header.kid, header.alg);
    if (!key) throw new Error('no configured key for this kid/alg');
    const nowSec = Math.floor(now() / 1000);
    const claims = jwt.verify(token, key, {
      algorithms: [header.alg as Algorithm],
      issuer: options.issuer,
      audience: options.audience,
      clockTolerance,
      clockTimestamp: nowSec,
    });
    if (typeof claims === 'string') throw new Error('payload is not a JSON object');
    return principalFromClaims(claims, nowSec, policy);
  }

  return {
    async authenticate(headers) {
      try {
        return await verify(headers);
      } catch (error) {
        options.logger?.debug({ reason: reasonOf(error) }, 'bearer token rejected');
        throw new AppError('UNAUTHENTICATED', { cause: error });
      }
    },
  };
}

function checkAlgorithms(algorithms: readonly string[]): ReadonlySet<string> {
  const refused = algorithms.filter((alg) => !ASYMMETRIC.has(alg));
  if (algorithms.length === 0 || refused.length > 0) {
    throw new Error(
      `JWT algorithms must be asymmetric; refused: ${refused.join(', ') || '(empty)'}`,
    );
  }
  return new Set(algorithms);
}

function createKeySource(options: JwtAuthenticatorOptions): KeySource {
  const { publicKeyPem, jwksUrl } = options;
  if (publicKeyPem !== undefined && jwksUrl === undefined) {
    return createPemKeySource(publicKeyPem, options.publicKeyKid);
  }
  if (jwksUrl !== undefined && publicKeyPem === undefined) {
    return createJwksKeySource({
      url: jwksUrl,
      cooldownSec: options.jwksCooldownSec,
      maxAgeSec: options.jwksMaxAgeSec,
      timeoutMs: options.jwksTimeoutMs,
      now: options.now,
      logger: options.logger,
    });
  }
  throw new Error('createJwtAuthenticator needs exactly one of publicKeyPem or jwksUrl');
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
