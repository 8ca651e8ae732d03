import { readFileSync } from 'node:fs';
import type pino from 'pino';
import { createJwtAuthenticator, type JwtAuthenticatorOptions } from '../auth/jwt-authenticator';
import { ensureDevKeyPair } from '../auth/dev-keys';
import type { Authenticator } from '../principal';
import type { JwtConfig } from './read-jwt-config';

/** Builds the authenticator a JwtConfig describes; dev keys come from `devKeysDir`. */
export function createConfiguredJwtAuthenticator(
  config: JwtConfig,
  devKeysDir: string,
  options: Pick<JwtAuthenticatorOptions, 'plan' | 'principalKind'> & { logger?: pino.Logger } = {},
): Authenticator {
  const common: JwtAuthenticatorOptions = {
    ...options,
    issuer: config.issuer,
    audience: config.audience,
    algorithms: config.algorithms,
    maxLifetimeSec: config.maxLifetimeSec,
    clockToleranceSec: config.clockToleranceSec,
  };
  switch (config.kind) {
    case 'jwks':
      return createJwtAuthenticator({ ...common, jwksUrl: config.jwksUrl });
    case 'hmac':
      return createJwtAuthenticator({ ...common, secret: config.secret });
    case 'pem':
      return createJwtAuthenticator({
        ...common,
        publicKeyPem: config.publicKeyPem ?? readFileSync(config.publicKeyFile ?? '', 'utf8'),
      });
    case 'dev':
      return createJwtAuthenticator({
        ...common,
        publicKeyPem: ensureDevKeyPair(devKeysDir).publicKeyPem,
      });
  }
}
