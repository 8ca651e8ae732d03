import { execFileSync } from 'node:child_process';
import { ensureDevKeyPair, signAccessToken } from '../../../services/edge';
import { WEB_DEV_AUTH } from '../../../services/bff-web/config';
import { devKeysDir } from '../../../services/shared';
import { distPath } from '../stack/dist-path';
import type { Credentials } from './scenario';

/**
 * Dev credentials: web tokens signed here with the dev key pair the BFFs trust outside
 * production; mobile and partner ones from the compiled `npm run token` script, which
 * knows each client's audience or API key. Each is minted once.
 */
export function devCredentials(): Credentials {
  const keys = ensureDevKeyPair(devKeysDir());
  const web = new Map<string, string>();
  const cli = new Map<string, string>();
  return {
    web(subject) {
      const cached = web.get(subject);
      if (cached) return cached;
      const token = signAccessToken({
        ...WEB_DEV_AUTH,
        privateKeyPem: keys.privateKeyPem,
        kid: keys.kid,
        subject,
        ttlSec: 3600,
      });
      web.set(subject, token);
      return token;
    },
    cli(client) {
      const cached = cli.get(client);
      if (cached) return cached;
      const credential = runTokenScript(client);
      cli.set(client, credential);
      return credential;
    },
  };
}

function runTokenScript(client: string): string {
  try {
    const out = execFileSync(process.execPath, [distPath('scripts/token.js'), client], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return out.trim();
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`npm run -s token -- ${client} failed: ${stderr ?? String(error)}`);
  }
}
