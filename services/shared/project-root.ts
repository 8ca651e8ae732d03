import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

/**
 * The folder holding package.json, found by walking up from this file. The same code runs
 * from `services/` under ts/jest and from `dist/services/` when compiled, so protos and
 * schemas are located from the project root rather than from a relative path.
 */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  cached = dir;
  return dir;
}

/**
 * Development credentials (JWT key pair, partner API key) live in a git-ignored folder at the
 * project root, shared by the BFFs outside production and by `npm run token`.
 */
export function devKeysDir(): string {
  return join(projectRoot(), '.dev-keys');
}
