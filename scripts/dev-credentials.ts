/** The development credential of each BFF, shared by `npm run token` and `npm start`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDevApiKey, ensureDevKeyPair, signAccessToken } from '../services/edge';
import { MOBILE_DEV_AUTH } from '../services/bff-mobile/config';
import { WEB_DEV_AUTH } from '../services/bff-web/config';
import { devKeysDir } from '../services/shared';

export type Client = 'web' | 'mobile' | 'partner';
export const CLIENTS: readonly Client[] = ['web', 'mobile', 'partner'];
export const DEFAULT_USER = 'u0001';

/** A 12-hour JWT for a user of web or mobile; the partner's dev API key for partner. */
export function devCredential(client: Client, subject = DEFAULT_USER): string {
  if (client === 'partner') {
    const { key, record } = ensureDevApiKey(devKeysDir());
    // The hashed record, as API_KEYS_FILE wants it: docker-compose mounts it as a secret.
    writeFileSync(
      join(devKeysDir(), 'partner-api-keys.json'),
      JSON.stringify([record], null, 2) + '\n',
    );
    return key;
  }
  const keys = ensureDevKeyPair(devKeysDir());
  const audience = client === 'web' ? WEB_DEV_AUTH : MOBILE_DEV_AUTH;
  return signAccessToken({
    ...audience,
    privateKeyPem: keys.privateKeyPem,
    kid: keys.kid,
    subject,
    ttlSec: 12 * 3600,
  });
}
