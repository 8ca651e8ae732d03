import { buildSchema, parse } from 'graphql';
import { DEFAULT_LIST_SIZE, estimateOperationCost } from '../../../services/edge';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Review implements Node { id: ID! stars: Int }
  type Product implements Node { id: ID! name: String tags: [String!]! reviews(limit: Int): [Review!]! }
  type Query {
    hello: String
    product(id: ID!): Product
    products(first: Int): [Product!]!
    search(pageSize: Int): [Node!]!
  }
  type Mutation { rename(id: ID!, name: String!): Product }
`);

const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  estimateOperationCost(schema, parse(query), variables, operationName);

describe('estimateOperationCost', () => {
  it('charges 1 per object and nothing for scalars, which come with their parent', () => {
    expect(cost('{ hello product(id: 1) { id name tags } }')).toBe(1);
  });

  it('multiplies a list subtree by its literal first argument', () => {
    expect(cost('{ products(first: 5) { id name } }')).toBe(5 * 1);
  });

  it('reads the page size from a variable', () => {
    expect(cost('query ($n: Int) { products(first: $n) { id } }', { n: 20 })).toBe(20);
  });

  it(`assumes ${DEFAULT_LIST_SIZE} items when a list has no page-size argument`, () => {
    expect(cost('query ($n: Int) { products(first: $n) { id } }')).toBe(DEFAULT_LIST_SIZE);
  });

  it('multiplies nested lists along the path', () => {
    expect(cost('{ products(first: 10) { reviews(limit: 5) { stars } } }')).toBe(10 * (1 + 5 * 1));
  });

  it('expands named and inline fragments, counting every branch of an abstract type', () => {
    const query = `
      { search(pageSize: 2) { id ...P ... on Review { stars } } }
      fragment P on Product { name }`;
    expect(cost(query)).toBe(2 * 1);
  });

  it('charges aliases of the same field separately', () => {
    expect(cost('{ a: products(first: 3) { id } b: products(first: 3) { id } }')).toBe(2 * 3);
  });

  it('costs the operation named by operationName', () => {
    const doc = 'query A { hello } query B { products(first: 2) { id } }';
    expect(cost(doc, {}, 'A')).toBe(0);
    expect(cost(doc, {}, 'B')).toBe(2);
  });

  it('starts a mutation at 10 (it writes), then costs it from the Mutation root', () => {
    expect(cost('mutation { rename(id: 1, name: "x") { id name } }')).toBe(10 + 1);
  });

  it("uses a page-size argument's schema default when the operation omits it", () => {
    const withDefault = buildSchema(`
      type Item { id: ID! }
      type Query { items(first: Int = 20): [Item!]! }
    `);
    expect(estimateOperationCost(withDefault, parse('{ items { id } }'))).toBe(20);
  });

  it('costs a chain of fragments that each spread the next twice in linear time', () => {
    const depth = 60;
    const fragments = Array.from(
      { length: depth },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const query = `{ ...F0 } ${fragments} fragment F${depth} on Query { product(id: 1) { id } }`;
    const started = performance.now();
    expect(cost(query)).toBe(2 ** depth);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('stops at a fragment cycle instead of recursing forever', () => {
    const query = '{ product(id: 1) { ...A } } fragment A on Product { id ...A }';
    expect(cost(query)).toBe(1);
  });

  it('returns 0 when no operation can be chosen', () => {
    expect(cost('query A { hello } query B { hello }')).toBe(0);
  });
});
