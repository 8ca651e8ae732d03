import jwt, { type Algorithm } from 'jsonwebtoken';
import type pino from 'pino';
import { AppError } from '../../shared';
import type { Authenticator, Principal } from '../principal';
import { readBearerToken } from './bearer-token';
import { createHmacKeySource } from './hmac-key-source';
import { checkAlgorithms } from './jwt-algorithms';
import { principalFromClaims } from './jwt-claims';
import { checkJwtHeader } from './jwt-header';
import { createJwksKeySource } from './jwks-key-source';
import type { KeySource } from './key-set';
import { createPemKeySource } from './pem-key-source';
import { createVerifiedTokenCache, type VerifiedTokenCacheOptions } from './verified-token-cache';

export interface JwtAuthenticatorOptions {
  /** Exact `iss` expected. */
  issuer: string;
  /** Exact `aud` expected (one of the token's audiences). */
  audience: string;
  /**
   * Algorithms accepted, all of the configured key's family: asymmetric (RS*, PS*, ES*) for
   * publicKeyPem / jwksUrl, HMAC (HS256/384/512) for secret. Default: ['RS256'], or
   * ['HS256'] with a secret.
   */
  algorithms?: string[];
  /** One verification key. Exactly one of publicKeyPem / jwksUrl / secret. */
  publicKeyPem?: string;
  /** kid of publicKeyPem. Default: its RFC 7638 thumbprint. */
  publicKeyKid?: string;
  /** The IdP's JWKS. Exactly one of publicKeyPem / jwksUrl / secret. */
  jwksUrl?: string;
  /**
   * A shared HMAC secret (utf-8 string or bytes), at least as long as the hash output of
   * every allowed algorithm (RFC 7518 §3.2: 32/48/64 bytes), or construction throws.
   * Exactly one of publicKeyPem / jwksUrl / secret. Tokens may omit `kid` or send 'hmac'.
   */
  secret?: string | Uint8Array;
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
  /**
   * Tokens that passed verification, kept until min(exp, now + maxAgeSec) so a client's
   * next requests with the same token skip the signature check. Default: 1000 tokens, 60 s;
   * false: verify every request.
   */
  cache?: VerifiedTokenCacheOptions | false;
}

/**
 * Bearer JWT access tokens → Principal, per RFC 8725 (JWT BCP). Every failure, whatever its
 * reason, is the same AppError('UNAUTHENTICATED'): expired and forged must look alike.
 * Misconfiguration (no key or two, an algorithm outside the key's family, a short HMAC
 * secret) throws here, so the process stops at start.
 */
export function createJwtAuthenticator(options: JwtAuthenticatorOptions): Authenticator {
  const family = options.secret === undefined ? 'asymmetric' : 'hmac';
  const allowed = options.algorithms ?? [family === 'hmac' ? 'HS256' : 'RS256'];
  const algorithms = checkAlgorithms(allowed, family);
  const keys = createKeySource(options, allowed);
  const now = options.now ?? Date.now;
  const cache = options.cache === false ? undefined : createVerifiedTokenCache(options.cache);
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
    const nowMs = now();
    // The exact string verified before and not yet at its exp: nothing in it can have changed.
    const verified = cache?.get(token, nowMs);
    if (verified) return verified;
    const header = checkJwtHeader(token, algorithms);
    const key = await keys.find(header.kid, header.alg);
    if (!key) throw new Error('no configured key for this kid/alg');
    const nowSec = Math.floor(nowMs / 1000);
    const claims = jwt.verify(token, key, {
      algorithms: [header.alg as Algorithm],
      issuer: options.issuer,
      audience: options.audience,
      clockTolerance,
      clockTimestamp: nowSec,
    });
    if (typeof claims === 'string') throw new Error('payload is not a JSON object');
    const principal = principalFromClaims(claims, nowSec, policy);
    // principalFromClaims has checked that exp is a number.
    cache?.remember(token, principal, claims.exp ?? 0, nowMs);
    return principal;
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

function createKeySource(options: JwtAuthenticatorOptions, algorithms: string[]): KeySource {
  const { publicKeyPem, jwksUrl, secret } = options;
  const sources = [publicKeyPem, jwksUrl, secret].filter((s) => s !== undefined).length;
  if (sources !== 1) {
    throw new Error('createJwtAuthenticator needs exactly one of publicKeyPem, jwksUrl or secret');
  }
  if (secret !== undefined) return createHmacKeySource(secret, algorithms);
  if (publicKeyPem !== undefined) return createPemKeySource(publicKeyPem, options.publicKeyKid);
  return createJwksKeySource({
    url: jwksUrl ?? '',
    cooldownSec: options.jwksCooldownSec,
    maxAgeSec: options.jwksMaxAgeSec,
    timeoutMs: options.jwksTimeoutMs,
    now: options.now,
    logger: options.logger,
  });
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
