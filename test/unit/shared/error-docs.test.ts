import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES, projectRoot } from '../../../services/shared';

// As Fastify does for its FST_ERR_* codes: the catalogue and its documentation cannot drift.
describe('docs/errors.md', () => {
  const doc = readFileSync(join(projectRoot(), 'docs', 'errors.md'), 'utf8');
  const rows = new Map(
    [...doc.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*([^|]+?)\s*\|\s*(yes|no)\s*\|/gm)].map((m) => [
      m[1],
      { http: m[2]!.trim(), retryable: m[3] === 'yes' },
    ]),
  );

  it.each(Object.keys(ERROR_CODES))('documents %s with its status and retryability', (code) => {
    const spec = ERROR_CODES[code as keyof typeof ERROR_CODES];
    const row = rows.get(code);
    expect(row).toBeDefined();
    expect(row!.retryable).toBe(spec.retryable);
    expect(row!.http).toContain(spec.scope === 'field' ? 'field' : String(spec.status));
  });

  it('documents no code that is not in the catalogue', () => {
    expect([...rows.keys()].filter((code) => !(code! in ERROR_CODES))).toEqual([]);
  });
});
