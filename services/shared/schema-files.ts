import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The SDL files of a schema folder, in a stable order; read once at start-up. */
export function readSchemaFiles(
  dir: string,
  options: { exclude?: readonly string[] } = {},
): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql') && !options.exclude?.includes(file))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}
