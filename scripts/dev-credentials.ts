/** The development credential of each BFF, shared by `npm run token` and `npm start`. */
import { ensureDevApiKey, ensureDevKeyPair, signAccessToken } from '../services/edge';
import { MOBILE_DEV_AUTH } from '../services/bff-mobile/config';
import { WEB_DEV_AUTH } from '../services/bff-web/config';
import { devKeysDir } from '../services/shared';

export type Client = 'web' | 'mobile' | 'partner';
export const CLIENTS: readonly Client[] = ['web', 'mobile', 'partner'];
export const DEFAULT_USER = 'u0001';

/** A 12-hour JWT for a user of web or mobile; the partner's dev API key for partner. */
export function devCredential(client: Client, subject = DEFAULT_USER): string {
  if (client === 'partner') return ensureDevApiKey(devKeysDir()).key;
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
