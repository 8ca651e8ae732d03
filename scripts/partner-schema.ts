/**
 * The partner v1 contract. schemas/partner/v1/schema.graphql is what partners built against;
 * the served schema (schemas/partner/v1/source/) may only grow compatibly.
 *   npm run partner-schema             check: exit 1 on a breaking change (CI)
 *   npm run partner-schema -- --release write the served schema as the new released SDL,
 *                                        refused while a change is breaking
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { PARTNER_V1_RELEASED, createPartnerSchema } from '../services/bff-partner/schema';
import { compareWithReleased } from '../services/bff-partner/schema-compatibility';

function main(release: boolean): void {
  const served = createPartnerSchema();
  const report = compareWithReleased(readFileSync(PARTNER_V1_RELEASED, 'utf8'), served);
  for (const change of report.dangerous) process.stdout.write(`dangerous: ${change.description}\n`);
  if (report.breaking.length > 0) {
    const lines = report.breaking.map((change) => `  ${change.type}: ${change.description}`);
    process.stderr.write(
      `The partner v1 schema has breaking changes against the released SDL:\n${lines.join('\n')}\n` +
        'Deprecate instead (@deprecated), or publish a v2.\n',
    );
    process.exit(1);
  }
  if (release) {
    writeFileSync(PARTNER_V1_RELEASED, printSchema(served) + '\n');
    process.stdout.write(`released ${PARTNER_V1_RELEASED}\n`);
  }
}

if (require.main === module) main(process.argv.includes('--release'));
