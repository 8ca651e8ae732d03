import type { EnvReader } from '../../shared';
import { checkApiKeyRecords, type ApiKeyRecord } from '../api-keys/api-key-record';
import type { RuntimeMode } from './read-edge-config';

/** Where a partner BFF gets its API keys. */
export type ApiKeysConfig =
  | { kind: 'inline'; keys: readonly ApiKeyRecord[] }
  /** Read and validated by createConfiguredApiKeyAuthenticator, at start. */
  | { kind: 'file'; path: string }
  /** The dev key of ensureDevApiKey(dir). */
  | { kind: 'dev'; dir: string };

/**
 * API_KEYS (an inline JSON array of ApiKeyRecord) | API_KEYS_FILE (a path to such a JSON
 * file). Without either, development uses the dev key in `devKeysDir`; production refuses
 * to start. Revoke a key with `"revoked": true` or by removing its record.
 */
export function readApiKeysConfig(
  read: EnvReader,
  mode: RuntimeMode,
  devKeysDir: string,
): ApiKeysConfig {
  const inline = read.optionalString('API_KEYS');
  const path = read.optionalString('API_KEYS_FILE');
  if (inline !== undefined && path !== undefined)
    read.problem('set only one of API_KEYS, API_KEYS_FILE');
  if (inline !== undefined) {
    return { kind: 'inline', keys: parseApiKeys('API_KEYS', inline, (p) => read.problem(p)) };
  }
  if (path !== undefined) return { kind: 'file', path };
  if (mode === 'production') read.problem('API_KEYS or API_KEYS_FILE is required in production');
  return { kind: 'dev', dir: devKeysDir };
}

/** Parses and validates an API key document; every problem is reported, prefixed by `source`. */
export function parseApiKeys(
  source: string,
  text: string,
  problem: (message: string) => void,
): ApiKeyRecord[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    problem(`${source} is not valid JSON`);
    return [];
  }
  const { records, problems } = checkApiKeyRecords(document);
  for (const p of problems) problem(`${source} ${p}`);
  if (problems.length === 0 && !records.some((r) => !r.revoked)) {
    problem(`${source} holds no key that is not revoked`);
  }
  return records;
}
