/**
 * Compiles schemas/mobile/operations/*.graphql into schemas/mobile/persisted-operations.json:
 * { "<sha256 of the exact text>": "<text>" }. Every operation is validated against the mobile
 * schema first, so the app cannot ship a document the BFF would reject.
 *   npm run persisted            write the manifest
 *   npm run persisted -- --check exit 1 if the committed manifest is stale (CI)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import { MOBILE_SCHEMA_DIR, createMobileSchema } from '../services/bff-mobile/schema';
import { operationHash } from '../services/bff-mobile/persisted-operations';

const OPERATIONS_DIR = join(MOBILE_SCHEMA_DIR, 'operations');
const MANIFEST = join(MOBILE_SCHEMA_DIR, 'persisted-operations.json');

export function compileManifest(): string {
  const schema = createMobileSchema();
  const entries = readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(OPERATIONS_DIR, file), 'utf8');
      const errors = validate(schema, parse(text));
      if (errors.length > 0) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
      return [operationHash(text), text] as const;
    })
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(Object.fromEntries(entries), null, 2) + '\n';
}

function main(check: boolean): void {
  const manifest = compileManifest();
  if (!check) {
    writeFileSync(MANIFEST, manifest);
    process.stdout.write(`wrote ${MANIFEST}\n`);
    return;
  }
  if (readFileSync(MANIFEST, 'utf8') !== manifest) {
    process.stderr.write(
      'schemas/mobile/persisted-operations.json is stale: run `npm run persisted`\n',
    );
    process.exit(1);
  }
}

if (require.main === module) main(process.argv.includes('--check'));
