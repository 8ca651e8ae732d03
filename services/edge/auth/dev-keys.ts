import { generateKeyPairSync, createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jwkThumbprint } from './jwk-thumbprint';

export interface DevKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
  /** RFC 7638 thumbprint of the public key. */
  kid: string;
}

const PRIVATE_FILE = 'jwt-private.pem';
const PUBLIC_FILE = 'jwt-public.pem';

/**
 * A local RSA-2048 signing pair for development (`npm start`, `npm run token`, dev mode of
 * the BFFs): generated into `dir` on first use, read back afterwards so tokens minted by the
 * script keep verifying across restarts. Never for production: there the IdP holds the key.
 */
export function ensureDevKeyPair(dir: string): DevKeyPair {
  const privatePath = join(dir, PRIVATE_FILE);
  const publicPath = join(dir, PUBLIC_FILE);
  if (!existsSync(privatePath) || !existsSync(publicPath)) generateInto(privatePath, publicPath);
  const privateKeyPem = readFileSync(privatePath, 'utf8');
  const publicKeyPem = readFileSync(publicPath, 'utf8');
  return { privateKeyPem, publicKeyPem, kid: jwkThumbprint(createPublicKey(publicKeyPem)) };
}

function generateInto(privatePath: string, publicPath: string): void {
  mkdirSync(join(privatePath, '..'), { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  // The private key is readable by its owner only (0600).
  writeFileSync(privatePath, privateKey, { mode: 0o600 });
  writeFileSync(publicPath, publicKey, { mode: 0o644 });
}
