import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from '../../../scripts/scaffold/args';
import { upstreamNames } from '../../../scripts/scaffold/names';
import { projectRoot } from '../../../services/shared';

const exec = promisify(execFile);
const ROOT = projectRoot();
const COPIED = [
  'package.json',
  'tsconfig.json',
  'jest.config.js',
  'eslint.config.mjs',
  '.prettierrc.json',
  'services',
  'test/support/fail-on-console.ts',
];

/** A scratch copy of the project (node_modules linked), so the real tree is never touched. */
function scratchCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontdoor-scaffold-'));
  for (const path of COPIED) cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs a package's bin with this Node; rejects with its output when it exits non-zero. */
async function node(cwd: string, script: string, args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await exec(
      process.execPath,
      [join(ROOT, 'node_modules', script), ...args],
      {
        cwd,
        env: { ...process.env, CI: 'true' },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return stdout + stderr;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${script} ${args.join(' ')} failed:\n${stdout}\n${stderr}`);
  }
}

/** `npm run new:upstream -- <args>` against the scratch copy. */
const newUpstream = (dir: string, ...args: string[]) =>
  node(ROOT, 'tsx/dist/cli.mjs', ['scripts/scaffold/new-upstream.ts', ...args, `--root=${dir}`]);

const filesOf = (name: string) => [
  `services/upstreams/${name}/types.ts`,
  `services/upstreams/${name}/wire.ts`,
  `services/upstreams/${name}/client.ts`,
  `services/upstreams/${name}/loaders.ts`,
  `services/upstreams/${name}/README.md`,
  `test/unit/upstreams/${name}-upstream.test.ts`,
];

describe('npm run new:upstream', () => {
  let dir: string;
  const created = [...filesOf('price-quotes'), ...filesOf('loyalty')];

  beforeAll(async () => {
    dir = scratchCopy();
    await Promise.all([
      newUpstream(dir, 'price-quotes', '--grpc'),
      newUpstream(dir, 'loyalty', '--rest'),
    ]);
  }, 30_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates types, wire, client, loaders, a README and a unit test per upstream', () => {
    expect(created.filter((path) => !existsSync(join(dir, path)))).toEqual([]);
    const readme = readFileSync(join(dir, 'services/upstreams/price-quotes/README.md'), 'utf8');
    expect(readme).toContain('rpc BatchGetPriceQuotesItems');
    expect(readme).toContain('PRICE_QUOTES_ADDR');
  });

  it('generates code that typechecks, lints (boundaries), is formatted and passes its tests', async () => {
    const ts = created.filter((path) => path.endsWith('.ts'));
    writeFileSync(
      join(dir, 'tsconfig.scaffold.json'),
      JSON.stringify({ extends: './tsconfig.json', include: [], files: ts }),
    );
    await Promise.all([
      node(dir, 'typescript/bin/tsc', ['-p', 'tsconfig.scaffold.json', '--noEmit']),
      node(dir, 'eslint/bin/eslint.js', ['--max-warnings', '0', ...ts]),
      node(dir, 'prettier/bin/prettier.cjs', ['--check', ...created]),
      node(dir, 'jest/bin/jest.js', ['--ci', '--selectProjects', 'unit', 'test/unit/upstreams']),
    ]).then(([, , , jest]) => expect(jest).toMatch(/Tests: +8 passed, 8 total/));
  }, 60_000);

  it('refuses to overwrite an upstream that exists, changing nothing', async () => {
    const client = join(dir, 'services/upstreams/loyalty/client.ts');
    const before = readFileSync(client, 'utf8');
    const attempts = await Promise.allSettled([
      newUpstream(dir, 'loyalty', '--grpc'),
      newUpstream(dir, 'catalog', '--rest'),
    ]);
    expect(attempts.map((attempt) => attempt.status)).toEqual(['rejected', 'rejected']);
    expect(String((attempts[0] as PromiseRejectedResult).reason)).toContain(
      'refusing to overwrite: services/upstreams/loyalty',
    );
    expect(readFileSync(client, 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'test/unit/upstreams/catalog-upstream.test.ts'))).toBe(false);
  }, 30_000);

  it('takes one kebab-case name and exactly one of --grpc and --rest', () => {
    expect(parseArgs(['loyalty', '--rest'])).toEqual({ name: 'loyalty', transport: 'rest' });
    expect(parseArgs(['--grpc', 'price-quotes', '--root=/tmp/x'])).toEqual({
      name: 'price-quotes',
      transport: 'grpc',
      root: '/tmp/x',
    });
    for (const wrong of [['loyalty'], ['loyalty', '--grpc', '--rest'], ['a', 'b', '--rest']]) {
      expect(() => parseArgs(wrong)).toThrow('usage');
    }
    expect(() => parseArgs(['loyalty', '--rest', '--force'])).toThrow('usage');
    expect(upstreamNames('price-quotes')).toEqual({
      kebab: 'price-quotes',
      pascal: 'PriceQuotes',
      camel: 'priceQuotes',
      constant: 'PRICE_QUOTES',
      snake: 'price_quotes',
    });
    expect(() => upstreamNames('Bad_Name')).toThrow('kebab-case');
  });
});
