import type { EnvReader } from '../../shared';
import { familyOf, requiredSecretBytes, type KeyFamily } from '../auth/jwt-algorithms';
import type { RuntimeMode } from './read-edge-config';

/** Verification policy shared by every key source; undefined keeps the authenticator default. */
export interface JwtPolicyConfig {
  /** JWT_ALGORITHMS. Authenticator default: ['RS256'] (['HS256'] with an HMAC secret). */
  algorithms?: string[];
  /** JWT_MAX_LIFETIME_SEC. Authenticator default: 86400. */
  maxLifetimeSec?: number;
  /** JWT_CLOCK_TOLERANCE_SEC. Authenticator default: 30. */
  clockToleranceSec?: number;
}

type Names = { issuer: string; audience: string } & JwtPolicyConfig;

/** Where a JWT-authenticated BFF gets its verification key, and how strictly it verifies. */
export type JwtConfig =
  | ({ kind: 'dev' } & Names)
  | ({ kind: 'pem'; publicKeyPem?: string; publicKeyFile?: string } & Names)
  | ({ kind: 'jwks'; jwksUrl: string } & Names)
  | ({ kind: 'hmac'; secret: string } & Names);

/**
 * JWT_PUBLIC_KEY | JWT_PUBLIC_KEY_FILE | JWT_JWKS_URL | JWT_HMAC_SECRET, with JWT_ISSUER and
 * JWT_AUDIENCE; JWT_ALGORITHMS (comma-separated), JWT_MAX_LIFETIME_SEC and
 * JWT_CLOCK_TOLERANCE_SEC tighten verification. Without a key the BFF uses the dev key pair,
 * except in production, where it refuses to start.
 */
export function readJwtConfig(
  read: EnvReader,
  mode: RuntimeMode,
  dev: { issuer: string; audience: string },
): JwtConfig {
  const issuer = read.optionalString('JWT_ISSUER');
  const audience = read.optionalString('JWT_AUDIENCE');
  const publicKeyPem = read.optionalString('JWT_PUBLIC_KEY');
  const publicKeyFile = read.optionalString('JWT_PUBLIC_KEY_FILE');
  const jwksUrl = read.optionalString('JWT_JWKS_URL');
  const secret = read.optionalString('JWT_HMAC_SECRET');
  const sources = [publicKeyPem, publicKeyFile, jwksUrl, secret].filter((s) => s !== undefined);
  if (sources.length > 1) {
    read.problem(
      'set only one of JWT_PUBLIC_KEY, JWT_PUBLIC_KEY_FILE, JWT_JWKS_URL, JWT_HMAC_SECRET',
    );
  }
  const policy = readPolicy(read, secret === undefined ? 'asymmetric' : 'hmac');
  if (secret !== undefined) checkSecret(read, secret, policy.algorithms ?? ['HS256']);
  if (sources.length === 0) {
    if (mode === 'production') {
      read.problem(
        'JWT_PUBLIC_KEY_FILE, JWT_PUBLIC_KEY or JWT_JWKS_URL is required in production (or JWT_HMAC_SECRET)',
      );
    }
    return {
      kind: 'dev',
      issuer: issuer ?? dev.issuer,
      audience: audience ?? dev.audience,
      ...policy,
    };
  }
  if (issuer === undefined) read.problem('JWT_ISSUER is required when a JWT key is configured');
  if (audience === undefined) read.problem('JWT_AUDIENCE is required when a JWT key is configured');
  const names = { issuer: issuer ?? '', audience: audience ?? '', ...policy };
  if (secret !== undefined) return { kind: 'hmac', ...names, secret };
  if (jwksUrl !== undefined) {
    if (!/^https?:\/\//.test(jwksUrl)) read.problem('JWT_JWKS_URL must be an http(s) URL');
    return { kind: 'jwks', ...names, jwksUrl };
  }
  return { kind: 'pem', ...names, publicKeyPem, publicKeyFile };
}

/** Values left unset stay undefined, so the authenticator's documented defaults apply. */
function readPolicy(read: EnvReader, family: KeyFamily): JwtPolicyConfig {
  const raw = read.optionalString('JWT_ALGORITHMS');
  const algorithms = raw
    ?.split(',')
    .map((alg) => alg.trim())
    .filter(Boolean);
  const wrong = algorithms?.filter((alg) => familyOf(alg) !== family) ?? [];
  if (algorithms?.length === 0 || wrong.length > 0) {
    const allowed = family === 'hmac' ? 'HS256, HS384, HS512' : 'RS*, PS*, ES* (asymmetric)';
    read.problem(
      `JWT_ALGORITHMS must list only ${allowed} for this key; refused: ${wrong.join(', ') || '(empty)'}`,
    );
  }
  const seconds = (name: string, max: number): number | undefined =>
    read.optionalString(name) === undefined ? undefined : read.int(name, 0, { min: 0, max });
  return {
    algorithms,
    maxLifetimeSec: seconds('JWT_MAX_LIFETIME_SEC', 30 * 86_400),
    clockToleranceSec: seconds('JWT_CLOCK_TOLERANCE_SEC', 300),
  };
}

/** RFC 7518 §3.2: the secret is at least as long as the hash output of every allowed HS*. */
function checkSecret(read: EnvReader, secret: string, algorithms: readonly string[]): void {
  const needed = requiredSecretBytes(algorithms);
  const bytes = Buffer.byteLength(secret, 'utf8');
  if (bytes < needed) {
    read.problem(
      `JWT_HMAC_SECRET is too short: ${algorithms.join(', ')} need at least ${needed} bytes, got ${bytes}`,
    );
  }
}
