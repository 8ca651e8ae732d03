/**
 * Generated code, checked for drift: typed resolvers for each BFF (GraphQL Code Generator,
 * from the SDL the BFF serves) and message types for each proto (proto-loader-gen-types, with
 * PROTO_LOADER_OPTIONS). The output is committed.
 *   npm run codegen              write what changed
 *   npm run codegen -- --check   exit 1 when the committed output is stale (npm test, CI)
 */
import { dirname } from 'node:path';
import { projectRoot } from '../services/shared';
import { generateGraphQLTypes } from './codegen/generate-graphql';
import { generateProtoTypes, PROTO_TYPES_DIR } from './codegen/generate-protos';
import { GRAPHQL_TARGETS } from './codegen/graphql-targets';
import { findDrift, writeGenerated } from './codegen/generated-files';

const GENERATED_DIRS = [
  PROTO_TYPES_DIR,
  ...GRAPHQL_TARGETS.map((target) => dirname(target.output)),
];

async function main(check: boolean): Promise<number> {
  const root = projectRoot();
  const files = [...(await generateGraphQLTypes()), ...generateProtoTypes(root)];
  const drift = findDrift(root, files, GENERATED_DIRS);
  const changed = [...drift.stale, ...drift.extra];
  if (check) {
    if (changed.length === 0) return 0;
    process.stderr.write(
      `Generated code is stale: run \`npm run codegen\` and commit the result.\n` +
        changed.map((path) => `  ${path}\n`).join(''),
    );
    return 1;
  }
  writeGenerated(root, files, drift);
  process.stdout.write(
    changed.length === 0 ? 'codegen: up to date\n' : changed.map((p) => `wrote ${p}\n`).join(''),
  );
  return 0;
}

if (require.main === module) {
  main(process.argv.includes('--check')).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`codegen: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
