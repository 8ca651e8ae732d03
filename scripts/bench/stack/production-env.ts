import { join } from 'node:path';
import { ensureDevApiKey, ensureDevKeyPair } from '../../../services/edge';
import { MOBILE_DEV_AUTH } from '../../../services/bff-mobile/config';
import { WEB_DEV_AUTH } from '../../../services/bff-web/config';
import { devKeysDir } from '../../../services/shared';

/** How a BFF authenticates its callers. */
export type BffAuth = 'web-jwt' | 'mobile-jwt' | 'partner-api-key';

/**
 * The environment of a BFF in production mode, trusting the development credentials the
 * bench sends as if they were real ones: a public key file with issuer and audience for the
 * JWT BFFs, an API_KEYS record for the partner. Production mode matters for speed, not only
 * for safety: graphql-js checks every `instanceof` the slow way outside production.
 */
export function productionEnv(auth: BffAuth): Record<string, string> {
  const dir = devKeysDir();
  if (auth === 'partner-api-key') {
    return { NODE_ENV: 'production', API_KEYS: JSON.stringify([ensureDevApiKey(dir).record]) };
  }
  ensureDevKeyPair(dir);
  const names = auth === 'web-jwt' ? WEB_DEV_AUTH : MOBILE_DEV_AUTH;
  return {
    NODE_ENV: 'production',
    JWT_PUBLIC_KEY_FILE: join(dir, 'jwt-public.pem'),
    JWT_ISSUER: names.issuer,
    JWT_AUDIENCE: names.audience,
  };
}
