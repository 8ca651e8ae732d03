/**
 * Prints a development credential for one BFF, and nothing else, so it composes in shells:
 *   TOKEN=$(npm run -s token -- web u0042)
 * Tokens are signed with the dev key pair in .dev-keys/ (created on first use), which the
 * BFFs trust only outside production.
 */
import { ensureDevKeyPair, signAccessToken } from '../services/edge';
import { WEB_DEV_AUTH } from '../services/bff-web/config';
import { devKeysDir } from '../services/bff-web/server';

const DEFAULT_USER = 'u0001';
const USAGE = 'usage: npm run -s token -- web [userId]';

function main(argv: string[]): string {
  const [client, subject = DEFAULT_USER] = argv;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(subject))
    throw new Error(`invalid user id "${subject}"\n${USAGE}`);
  switch (client) {
    case 'web': {
      const keys = ensureDevKeyPair(devKeysDir());
      return signAccessToken({
        ...WEB_DEV_AUTH,
        privateKeyPem: keys.privateKeyPem,
        kid: keys.kid,
        subject,
        ttlSec: 12 * 3600,
      });
    }
    default:
      throw new Error(USAGE);
  }
}

try {
  process.stdout.write(main(process.argv.slice(2)) + '\n');
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
