/**
 * Prints a development credential for one BFF, and nothing else, so it composes in shells:
 *   TOKEN=$(npm run -s token -- web u0042)     a JWT for the web BFF
 *   TOKEN=$(npm run -s token -- mobile)        a JWT for the mobile BFF
 *   KEY=$(npm run -s token -- partner)         the partner dev API key (x-api-key)
 * Credentials come from .dev-keys/ (created on first use), which the BFFs trust only outside
 * production.
 */
import { CLIENTS, devCredential, type Client } from './dev-credentials';

const USAGE = 'usage: npm run -s token -- web|mobile [userId]  |  npm run -s token -- partner';

function main([client, subject]: string[]): string {
  if (!CLIENTS.includes(client as Client)) throw new Error(USAGE);
  if (subject !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(subject)) {
    throw new Error(`invalid user id "${subject}"\n${USAGE}`);
  }
  return devCredential(client as Client, subject);
}

try {
  process.stdout.write(main(process.argv.slice(2)) + '\n');
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
