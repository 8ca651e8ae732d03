import type { EnvReader } from '../../shared';
import type { RuntimeMode } from './read-edge-config';

/** Where a JWT-authenticated BFF gets its verification key. */
export type JwtConfig =
  | { kind: 'dev'; issuer: string; audience: string }
  | { kind: 'pem'; issuer: string; audience: string; publicKeyPem?: string; publicKeyFile?: string }
  | { kind: 'jwks'; issuer: string; audience: string; jwksUrl: string };

/**
 * JWT_PUBLIC_KEY | JWT_PUBLIC_KEY_FILE | JWT_JWKS_URL, with JWT_ISSUER and JWT_AUDIENCE.
 * Without a key the BFF uses the dev key pair, except in production, where it refuses to start.
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
  const sources = [publicKeyPem, publicKeyFile, jwksUrl].filter((s) => s !== undefined).length;
  if (sources > 1)
    read.problem('set only one of JWT_PUBLIC_KEY, JWT_PUBLIC_KEY_FILE, JWT_JWKS_URL');
  if (sources === 0) {
    if (mode === 'production') {
      read.problem('JWT_PUBLIC_KEY_FILE, JWT_PUBLIC_KEY or JWT_JWKS_URL is required in production');
    }
    return { kind: 'dev', issuer: issuer ?? dev.issuer, audience: audience ?? dev.audience };
  }
  if (issuer === undefined) read.problem('JWT_ISSUER is required when a JWT key is configured');
  if (audience === undefined) read.problem('JWT_AUDIENCE is required when a JWT key is configured');
  const names = { issuer: issuer ?? '', audience: audience ?? '' };
  if (jwksUrl !== undefined) {
    if (!/^https?:\/\//.test(jwksUrl)) read.problem('JWT_JWKS_URL must be an http(s) URL');
    return { kind: 'jwks', ...names, jwksUrl };
  }
  return { kind: 'pem', ...names, publicKeyPem, publicKeyFile };
}
