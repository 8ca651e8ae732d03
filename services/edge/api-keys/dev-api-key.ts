import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiKeyRecord } from './api-key-record';
import { hashApiKey } from './hash-api-key';

export interface DevApiKey {
  /** The key a local partner client sends in `x-api-key`. */
  key: string;
  /** Its record: partnerId 'partner-dev', scopes ['catalog:read'], plan 'default'. */
  record: ApiKeyRecord;
}

const FILE = 'partner-api-key';
// A recognisable prefix lets secret scanners and people spot a leaked dev key.
const PREFIX = 'fd_dev_';

/**
 * A partner API key for development (`npm start`, the partner BFF's dev mode): 32 random
 * bytes, base64url, created once into `dir/partner-api-key` (0600) and read back afterwards.
 * Never for production: there keys come from API_KEYS or API_KEYS_FILE.
 */
export function ensureDevApiKey(dir: string): DevApiKey {
  const path = join(dir, FILE);
  if (!existsSync(path)) createKeyFile(dir, path);
  const key = readFileSync(path, 'utf8').trim();
  return {
    key,
    record: {
      id: 'dev',
      sha256: hashApiKey(key),
      partnerId: 'partner-dev',
      scopes: ['catalog:read'],
      plan: 'default',
    },
  };
}

function createKeyFile(dir: string, path: string): void {
  mkdirSync(dir, { recursive: true });
  const fresh = PREFIX + randomBytes(32).toString('base64url');
  try {
    // 'wx' never overwrites a key another process (a second BFF) wrote meanwhile.
    writeFileSync(path, fresh + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
