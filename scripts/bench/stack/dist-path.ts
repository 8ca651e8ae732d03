import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { projectRoot } from '../../../services/shared';

let distDir: string | undefined;

/**
 * Runs processes from another compiled tree (`--dist`): a copy of dist/ with a candidate
 * change, A/B-tested against dist/ on the same machine. Relative paths are from the root.
 */
export function useDistDir(dir: string): void {
  distDir = isAbsolute(dir) ? dir : join(projectRoot(), dir);
}

/** A compiled entry point under dist/ (`npm run build`), as `npm start` runs them. */
export function distPath(entry: string): string {
  return join(distDir ?? join(projectRoot(), 'dist'), entry);
}

/** True when a source file exists: services being written in parallel plug in once they do. */
export function sourceExists(path: string): boolean {
  return existsSync(join(projectRoot(), path));
}
