import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface GeneratedFile {
  /** Relative to the project root, with forward slashes. */
  readonly path: string;
  readonly content: string;
}

export interface Drift {
  /** Missing or different on disk. */
  readonly stale: string[];
  /** On disk under a generated folder, but no longer generated. */
  readonly extra: string[];
}

/** Compares the generated files with the disk; `dirs` are folders that hold generated files only. */
export function findDrift(
  root: string,
  files: readonly GeneratedFile[],
  dirs: readonly string[],
): Drift {
  const wanted = new Set(files.map((file) => file.path));
  const stale = files
    .filter((file) => {
      const path = join(root, file.path);
      return !existsSync(path) || readFileSync(path, 'utf8') !== file.content;
    })
    .map((file) => file.path);
  const extra = dirs.flatMap((dir) => listFiles(root, dir)).filter((path) => !wanted.has(path));
  return { stale, extra };
}

/** Writes what changed and removes what is no longer generated. */
export function writeGenerated(root: string, files: readonly GeneratedFile[], drift: Drift): void {
  const byPath = new Map(files.map((file) => [file.path, file]));
  for (const path of drift.stale) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), byPath.get(path)?.content ?? '');
  }
  for (const path of drift.extra) rmSync(join(root, path));
}

function listFiles(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}
