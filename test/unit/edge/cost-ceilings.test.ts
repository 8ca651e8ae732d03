import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, type GraphQLSchema } from 'graphql';
import {
  COST_DIRECTIVES_SDL,
  estimateOperationCost,
  QUERY_LIMIT_DEFAULTS,
} from '../../../services/edge';

// The per-client cost ceilings are measured, not guessed: every operation a client ships must
// fit under its ceiling at the largest page it may ask for, and an abusive nesting must not.
const root = join(__dirname, '../../..');
const sdlOf = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(root, dir, file), 'utf8'))
    .join('\n');
// Declares the cost directives unless the schema already does (a BFF includes the SDL itself).
const withCost = (sdl: string) =>
  buildSchema(sdl.includes('directive @cost') ? sdl : `${COST_DIRECTIVES_SDL}\n${sdl}`);
const schemaOf = (dir: string) => withCost(sdlOf(dir));
const cost = (schema: GraphQLSchema, query: string, variables?: Record<string, unknown>) =>
  estimateOperationCost(schema, parse(query), variables);

const orderHistory = (
  first: number,
  product = 'id name price { amount currency } inStock rating',
) =>
  `query OrderHistory { me { id name orders(first: ${first}) { id status total { amount currency }
    items { quantity product { ${product} } } } } }`;

describe('cost ceilings per client', () => {
  it('fits web OrderHistory under the web ceiling at the page cap, and rejects reviews nested in it', () => {
    const web = schemaOf('schemas/web');
    const { maxCost, maxPageSize } = QUERY_LIMIT_DEFAULTS.web;
    // Order.items carries @listSize(assumedSize: 5): 1 + 20 × (1 order + 1 total + 5 × 3 per item).
    expect(cost(web, orderHistory(20))).toBe(341);
    expect(cost(web, orderHistory(maxPageSize))).toBeLessThanOrEqual(maxCost);
    const nested = orderHistory(maxPageSize, 'id reviews(first: 20) { text author { name } }');
    expect(cost(web, nested)).toBeGreaterThan(maxCost);
  });

  it('fits every persisted mobile operation under the mobile ceiling', () => {
    const mobile = withCost(readFileSync(join(root, 'schemas/mobile/schema.graphql'), 'utf8'));
    const dir = join(root, 'schemas/mobile/operations');
    for (const file of readdirSync(dir)) {
      const query = readFileSync(join(dir, file), 'utf8');
      expect(cost(mobile, query, { id: 'p1' })).toBeLessThanOrEqual(
        QUERY_LIMIT_DEFAULTS.mobile.maxCost,
      );
    }
  });

  it('fits partner CatalogPage at first: 100 under the partner ceiling, even with @listSize on catalog', () => {
    const sdl = readFileSync(join(root, 'schemas/partner/v1/schema.graphql'), 'utf8');
    const annotated = sdl.replace(
      /catalog\(first: Int = 20, after: String\): ProductConnection!/,
      '$& @listSize(slicingArguments: ["first"], sizedFields: ["nodes"])',
    );
    const query = `query CatalogPage($after: String) { catalog(first: 100, after: $after) {
      nodes { id sku name price { amount currency } stock rating } pageInfo { endCursor hasNextPage } } }`;
    const partner = withCost(annotated);
    expect(cost(partner, query)).toBe(202);
    expect(cost(partner, query)).toBeLessThanOrEqual(QUERY_LIMIT_DEFAULTS.partner.maxCost);
  });
});
