import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExplorer } from '../../../../scripts/build-explorer';

export interface Bundle {
  readonly dir: string;
  remove(): void;
}

/** The real bundle, built on demand into a temporary folder (esbuild: about 2 s). */
export async function buildBundle(): Promise<Bundle> {
  const dir = mkdtempSync(join(tmpdir(), 'frontdoor-explorer-'));
  await buildExplorer(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Stand-in files, for tests of what the server sends rather than of GraphiQL. */
export function fakeBundle(): Bundle {
  const dir = mkdtempSync(join(tmpdir(), 'frontdoor-explorer-fake-'));
  writeFileSync(join(dir, 'explorer.js'), 'export {};\n');
  writeFileSync(join(dir, 'explorer.css'), 'body {}\n');
  writeFileSync(join(dir, 'editor.worker.js'), 'export {};\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
