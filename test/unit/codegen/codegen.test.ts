import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { protoLoaderFlags } from '../../../scripts/codegen/generate-protos';
import { findDrift, writeGenerated } from '../../../scripts/codegen/generated-files';
import { PROTO_LOADER_OPTIONS } from '../../../services/contracts';

describe('proto type generation', () => {
  it('passes proto-loader-gen-types exactly the runtime loader options', () => {
    expect(protoLoaderFlags(PROTO_LOADER_OPTIONS)).toEqual([
      '--keepCase=false',
      '--longs=Number',
      '--enums=String',
      '--defaults=true',
      '--oneofs=true',
    ]);
  });

  it('refuses an option it cannot spell as a flag, rather than ignoring it', () => {
    expect(() => protoLoaderFlags({ longs: BigInt })).toThrow('longs');
  });
});

describe('drift between generated and committed files', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'frontdoor-codegen-'));
    mkdirSync(join(root, 'gen', 'deep'), { recursive: true });
    writeFileSync(join(root, 'gen', 'same.ts'), 'same\n');
    writeFileSync(join(root, 'gen', 'changed.ts'), 'old\n');
    writeFileSync(join(root, 'gen', 'deep', 'gone.ts'), 'no longer generated\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const files = [
    { path: 'gen/same.ts', content: 'same\n' },
    { path: 'gen/changed.ts', content: 'new\n' },
    { path: 'gen/added.ts', content: 'added\n' },
  ];

  it('names files that differ, are missing, or are left over in a generated folder', () => {
    expect(findDrift(root, files, ['gen'])).toEqual({
      stale: ['gen/changed.ts', 'gen/added.ts'],
      extra: ['gen/deep/gone.ts'],
    });
  });

  it('writes what changed and removes leftovers, after which nothing drifts', () => {
    writeGenerated(root, files, findDrift(root, files, ['gen']));
    expect(readFileSync(join(root, 'gen', 'changed.ts'), 'utf8')).toBe('new\n');
    expect(findDrift(root, files, ['gen'])).toEqual({ stale: [], extra: [] });
  });
});
