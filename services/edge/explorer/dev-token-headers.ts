import { ensureDevKeyPair } from '../auth/dev-keys';
import { signAccessToken } from '../auth/sign-access-token';
import type { JwtConfig } from '../config/read-jwt-config';

const DEV_TOKEN_TTL_SEC = 12 * 3600;

/**
 * For the explorer in development: a fresh token from the dev key pair on each call, for the
 * issuer and audience the BFF verifies. Only when the BFF trusts that key pair (`kind: 'dev'`);
 * with a real identity provider configured the headers stay empty and the developer pastes a
 * token of their own.
 */
export function devTokenHeaders(
  auth: JwtConfig,
  keysDir: string,
  subject: string,
): () => Record<string, string> {
  if (auth.kind !== 'dev') return () => ({});
  const keys = ensureDevKeyPair(keysDir);
  return () => ({
    authorization: `Bearer ${signAccessToken({
      privateKeyPem: keys.privateKeyPem,
      kid: keys.kid,
      issuer: auth.issuer,
      audience: auth.audience,
      subject,
      ttlSec: DEV_TOKEN_TTL_SEC,
    })}`,
  });
}
