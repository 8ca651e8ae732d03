import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { MOBILE_SCHEMA_DIR } from '../../../services/bff-mobile/schema';
import {
  loadPersistedOperations,
  operationHash,
} from '../../../services/bff-mobile/persisted-operations';
import { compileManifest } from '../../../scripts/persisted-operations';

const MANIFEST = join(MOBILE_SCHEMA_DIR, 'persisted-operations.json');

describe('mobile persisted operations', () => {
  it('has a committed manifest that matches operations/ (run `npm run persisted` when it fails)', () => {
    expect(readFileSync(MANIFEST, 'utf8')).toBe(compileManifest());
  });

  it('keys every operation by the lowercase hex SHA-256 of its exact text, HomeScreen among them', () => {
    const byHash = loadPersistedOperations(MANIFEST);
    for (const [hash, text] of byHash) {
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(operationHash(text)).toBe(hash);
    }
    expect([...byHash.values()].some((text) => text.startsWith('query HomeScreen'))).toBe(true);
  });

  it('refuses a manifest whose key is not the hash of its text', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'persisted-')), 'ops.json');
    writeFileSync(file, JSON.stringify({ ['0'.repeat(64)]: '{ homeScreen { greeting } }' }));
    expect(() => loadPersistedOperations(file)).toThrow(/does not match its text/);
  });
});
