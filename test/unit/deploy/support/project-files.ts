import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/** The repository root (this file is test/unit/deploy/support/). */
export const ROOT = join(__dirname, '..', '..', '..', '..');

export function readText(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

export function exists(path: string): boolean {
  return existsSync(join(ROOT, path));
}

/**
 * YAML as plain data. Merge keys (`<<: *anchor`) are on because compose files use them; the
 * value is `unknown` so each test narrows what it reads (see narrow.ts).
 */
export function readYaml(path: string): unknown {
  return parse(readText(path), { merge: true }) as unknown;
}

/** Every document of a multi-document YAML file (`---`), as plain data. */
export function readYamlDocuments(path: string): unknown[] {
  return parseAllDocuments(readText(path), { merge: true }).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${path}: ${doc.errors[0]?.message}`);
    return doc.toJS() as unknown;
  });
}

/** Files under `dir` (relative to the root, recursively) whose name ends with `suffix`. */
export function listFiles(dir: string, suffix: string): string[] {
  const walk = (abs: string): string[] =>
    readdirSync(abs, { withFileTypes: true }).flatMap((entry) => {
      const path = join(abs, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith(suffix) ? [relative(ROOT, path)] : [];
    });
  return walk(join(ROOT, dir)).sort();
}
