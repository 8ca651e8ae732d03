import { readFileSync } from 'node:fs';
import { createJwtAuthenticator } from '../auth/jwt-authenticator';
import { ensureDevKeyPair } from '../auth/dev-keys';
import type { Authenticator } from '../principal';
import type { JwtConfig } from './read-jwt-config';

/** Builds the authenticator a JwtConfig describes; dev keys come from `devKeysDir`. */
export function createConfiguredJwtAuthenticator(
  config: JwtConfig,
  devKeysDir: string,
): Authenticator {
  const names = { issuer: config.issuer, audience: config.audience };
  switch (config.kind) {
    case 'jwks':
      return createJwtAuthenticator({ ...names, jwksUrl: config.jwksUrl });
    case 'pem':
      return createJwtAuthenticator({
        ...names,
        publicKeyPem: config.publicKeyPem ?? readFileSync(config.publicKeyFile ?? '', 'utf8'),
      });
    case 'dev':
      return createJwtAuthenticator({
        ...names,
        publicKeyPem: ensureDevKeyPair(devKeysDir).publicKeyPem,
      });
  }
}
