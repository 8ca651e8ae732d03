import { readFileSync } from 'node:fs';
import type pino from 'pino';
import { ConfigError } from '../../shared';
import { createApiKeyAuthenticator } from '../api-keys/api-key-authenticator';
import type { ApiKeyRecord } from '../api-keys/api-key-record';
import { ensureDevApiKey } from '../api-keys/dev-api-key';
import type { Authenticator } from '../principal';
import { parseApiKeys, type ApiKeysConfig } from './read-api-keys-config';

/**
 * Builds the authenticator an ApiKeysConfig describes. API_KEYS_FILE is read and validated
 * here, once, at start: a bad file throws a ConfigError listing every problem.
 */
export function createConfiguredApiKeyAuthenticator(
  config: ApiKeysConfig,
  options: { logger?: pino.Logger } = {},
): Authenticator {
  return createApiKeyAuthenticator({ keys: configuredKeys(config), logger: options.logger });
}

function configuredKeys(config: ApiKeysConfig): readonly ApiKeyRecord[] {
  switch (config.kind) {
    case 'inline':
      return config.keys;
    case 'dev':
      return [ensureDevApiKey(config.dir).record];
    case 'file': {
      const problems: string[] = [];
      const keys = parseApiKeys('API_KEYS_FILE', readKeyFile(config.path), (p) => problems.push(p));
      if (problems.length > 0) throw new ConfigError(problems);
      return keys;
    }
  }
}

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError([
      `API_KEYS_FILE cannot be read (${(error as NodeJS.ErrnoException).code})`,
    ]);
  }
}
