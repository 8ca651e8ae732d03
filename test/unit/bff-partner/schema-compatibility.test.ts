import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { PARTNER_V1_RELEASED, createPartnerSchema } from '../../../services/bff-partner/schema';
import { compareWithReleased } from '../../../services/bff-partner/schema-compatibility';

const released = readFileSync(PARTNER_V1_RELEASED, 'utf8');

describe('partner v1 contract', () => {
  it('serves a schema with no breaking change against the released SDL', () => {
    expect(compareWithReleased(released, createPartnerSchema()).breaking).toEqual([]);
  });

  it('reports removed fields, retyped fields and new required arguments in a broken copy', () => {
    const broken = released
      .replace(/^\s+sku: String!\n/m, '\n')
      .replace('stock: Int', 'stock: String')
      .replace(
        'catalog(first: Int = 20, after: String)',
        'catalog(first: Int = 20, after: String, market: String!)',
      );
    const { breaking } = compareWithReleased(released, buildSchema(broken));
    expect(breaking.map((change) => change.type).sort()).toEqual([
      'FIELD_CHANGED_KIND',
      'FIELD_REMOVED',
      'REQUIRED_ARG_ADDED',
    ]);
    expect(breaking.map((change) => change.description).join('\n')).toMatch(
      /Product\.sku was removed/,
    );
  });

  it('accepts an added optional field and a deprecation', () => {
    const grown = released
      .replace('  reviewCount: Int\n', '  reviewCount: Int\n  brand: String\n')
      .replace('  imageUrl: String!\n', '  imageUrl: String! @deprecated(reason: "Use images.")\n');
    expect(compareWithReleased(released, buildSchema(grown)).breaking).toEqual([]);
  });
});
