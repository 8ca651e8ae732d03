import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkApiKeyRecords,
  createConfiguredApiKeyAuthenticator,
  ensureDevApiKey,
  hashApiKey,
  readApiKeysConfig,
} from '../../../services/edge';
import { ConfigError, createEnvReader } from '../../../services/shared';

const KEY = 'fd_test_partner_key_0123456789';
const record = {
  id: 'k1',
  sha256: hashApiKey(KEY),
  partnerId: 'acme',
  scopes: ['catalog:read'],
  plan: 'default',
};

function problemsOf(run: () => void): string[] {
  try {
    run();
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
}

describe('checkApiKeyRecords', () => {
  it('accepts well-formed records', () => {
    expect(checkApiKeyRecords([record])).toEqual({ records: [record], problems: [] });
  });

  it('lists every problem of every record, by index', () => {
    const { problems } = checkApiKeyRecords([
      { ...record, sha256: 'ABC' },
      { ...record, id: '', partnerId: '../x', scopes: 'catalog:read', plan: '' },
      'not an object',
    ]);
    expect(problems).toEqual([
      'record 0: sha256 must be 64 lowercase hex characters',
      'record 1: id must be a non-empty string',
      'record 1: partnerId must be 1-64 characters of A-Z a-z 0-9 _ -',
      'record 1: scopes must be an array of non-empty strings',
      'record 1: plan must be a non-empty string',
      'record 2: must be an object',
    ]);
  });

  it('reports duplicate ids and repeated hashes', () => {
    const { problems } = checkApiKeyRecords([record, record]);
    expect(problems).toEqual(['duplicate key id "k1"', 'key "k1" repeats another hash']);
  });

  it('refuses a document that is not an array', () => {
    expect(checkApiKeyRecords({ keys: [] }).problems).toEqual(['must be a JSON array of records']);
  });
});

describe('readApiKeysConfig', () => {
  const read = (env: Record<string, string>, mode: 'development' | 'production') => {
    const reader = createEnvReader(env);
    const config = readApiKeysConfig(reader, mode, '/dev-keys');
    reader.finish();
    return config;
  };

  it('reads inline records from API_KEYS', () => {
    expect(read({ API_KEYS: JSON.stringify([record]) }, 'production')).toEqual({
      kind: 'inline',
      keys: [record],
    });
  });

  it('returns the path of API_KEYS_FILE for the builder to read', () => {
    expect(read({ API_KEYS_FILE: '/keys/partners.json' }, 'production')).toEqual({
      kind: 'file',
      path: '/keys/partners.json',
    });
  });

  it('falls back to the dev key outside production', () => {
    expect(read({}, 'development')).toEqual({ kind: 'dev', dir: '/dev-keys' });
  });

  it('refuses production without keys, naming both variables', () => {
    expect(problemsOf(() => read({}, 'production'))).toEqual([
      'API_KEYS or API_KEYS_FILE is required in production',
    ]);
  });

  it('reports invalid JSON, invalid records and a list without a usable key', () => {
    expect(problemsOf(() => read({ API_KEYS: '[{' }, 'production'))).toEqual([
      'API_KEYS is not valid JSON',
    ]);
    expect(problemsOf(() => read({ API_KEYS: '[{"id":"k"}]' }, 'production'))).toContain(
      'API_KEYS record 0: sha256 must be 64 lowercase hex characters',
    );
    const revoked = JSON.stringify([{ ...record, revoked: true }]);
    expect(problemsOf(() => read({ API_KEYS: revoked }, 'production'))).toEqual([
      'API_KEYS holds no key that is not revoked',
    ]);
  });

  it('refuses both variables at once', () => {
    const env = { API_KEYS: JSON.stringify([record]), API_KEYS_FILE: '/k.json' };
    expect(problemsOf(() => read(env, 'production'))).toContain(
      'set only one of API_KEYS, API_KEYS_FILE',
    );
  });
});

describe('createConfiguredApiKeyAuthenticator and ensureDevApiKey', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'edge-api-keys-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('authenticates with the records of API_KEYS_FILE', async () => {
    const path = join(dir, 'keys.json');
    writeFileSync(path, JSON.stringify([record]));
    const auth = createConfiguredApiKeyAuthenticator({ kind: 'file', path });
    await expect(auth.authenticate({ 'x-api-key': KEY })).resolves.toMatchObject({ id: 'acme' });
  });

  it('throws a ConfigError listing the problems of a bad or missing file', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify([{ ...record, plan: 7 }]));
    expect(problemsOf(() => createConfiguredApiKeyAuthenticator({ kind: 'file', path }))).toEqual([
      'API_KEYS_FILE record 0: plan must be a non-empty string',
    ]);
    const missing = { kind: 'file', path: join(dir, 'none.json') } as const;
    expect(problemsOf(() => createConfiguredApiKeyAuthenticator(missing))).toEqual([
      'API_KEYS_FILE cannot be read (ENOENT)',
    ]);
  });

  it('creates the dev key once (fd_dev_ prefix, 0600) and reads it back afterwards', () => {
    const keysDir = join(dir, 'nested', '.dev-keys');
    const first = ensureDevApiKey(keysDir);
    expect(first.key).toMatch(/^fd_dev_[A-Za-z0-9_-]{43}$/);
    expect(first.record).toEqual({
      id: 'dev',
      sha256: hashApiKey(first.key),
      partnerId: 'partner-dev',
      scopes: ['catalog:read'],
      plan: 'default',
    });
    const file = join(keysDir, 'partner-api-key');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.key);
    expect(ensureDevApiKey(keysDir)).toEqual(first);
  });

  it('authenticates the dev key in dev mode', async () => {
    const keysDir = join(dir, 'dev');
    const auth = createConfiguredApiKeyAuthenticator({ kind: 'dev', dir: keysDir });
    const { key } = ensureDevApiKey(keysDir);
    await expect(auth.authenticate({ 'x-api-key': key })).resolves.toEqual({
      kind: 'partner',
      id: 'partner-dev',
      scopes: ['catalog:read'],
      plan: 'default',
    });
  });
});
