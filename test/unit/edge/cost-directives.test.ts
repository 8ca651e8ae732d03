import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import { COST_DIRECTIVES_SDL, estimateOperationCost } from '../../../services/edge';

const schema = makeExecutableSchema({
  typeDefs: [
    COST_DIRECTIVES_SDL,
    /* GraphQL */ `
      scalar Html @cost(weight: 3)
      enum Sort {
        NEW
        OLD
      }
      type Author {
        name: String
      }
      type Review @cost(weight: 2) {
        text: String
        author: Author
      }
      type Product {
        id: ID!
        description: Html
        reviews(first: Int = 5): [Review!]
        related: [Product!] @listSize(assumedSize: 4)
        recommendations: [Product!] @cost(weight: 7) @listSize(assumedSize: 2)
      }
      type ProductConnection {
        nodes: [Product!]!
        totalCount: Int
      }
      input Filter {
        category: String @cost(weight: 4)
        inStock: Boolean
      }
      type Query {
        product(id: ID!): Product
        search(
          first: Int
          last: Int
          filter: Filter
          sort: Sort @cost(weight: 6)
        ): ProductConnection @listSize(slicingArguments: ["first", "last"], sizedFields: ["nodes"])
        topProducts(count: Int = 3): [Product!] @listSize(slicingArguments: ["count"])
        expensive: String @cost(weight: 50)
      }
    `,
  ],
});

const cost = (query: string, variables?: Record<string, unknown>) =>
  estimateOperationCost(schema, parse(query), variables);

describe('estimateOperationCost with @cost and @listSize (IBM cost spec)', () => {
  it('charges the @cost weight of a field instead of the default', () => {
    expect(cost('{ expensive }')).toBe(50);
  });

  it("charges a type's @cost weight on every field returning it, scalars included", () => {
    expect(cost('{ product(id: "p1") { description } }')).toBe(1 + 3);
    expect(cost('{ product(id: "p1") { reviews(first: 2) { text } } }')).toBe(1 + 2 * 2);
  });

  it('multiplies by @listSize(assumedSize) when the list has no slicing argument', () => {
    expect(cost('{ product(id: "p1") { related { id } } }')).toBe(1 + 4 * 1);
  });

  it('lets a field @cost win over its type and still multiply by its list size', () => {
    expect(cost('{ product(id: "p1") { recommendations { id } } }')).toBe(1 + 2 * 7);
  });

  it('sizes the sizedFields of a connection by its slicing argument, not the connection itself', () => {
    expect(cost('{ search(first: 30) { totalCount nodes { id } } }')).toBe(1 + 30 * 1);
  });

  it('takes the largest slicing argument when several are given', () => {
    expect(cost('{ search(first: 3, last: 9) { nodes { id } } }')).toBe(1 + 9);
  });

  it('reads a slicing argument from a variable, and falls back to its schema default', () => {
    expect(cost('query ($n: Int) { topProducts(count: $n) { id } }', { n: 8 })).toBe(8);
    expect(cost('{ topProducts { id } }')).toBe(3);
  });

  it('sizes connection nodes selected through a fragment', () => {
    const query =
      '{ search(first: 12) { ...Page } } fragment Page on ProductConnection { nodes { id } }';
    expect(cost(query)).toBe(1 + 12);
  });

  it('adds argument weights and input-field weights present in literals and variables', () => {
    expect(cost('{ search(first: 1, sort: NEW) { totalCount } }')).toBe(6 + 1);
    expect(cost('{ search(first: 1, filter: { category: "x" }) { totalCount } }')).toBe(4 + 1);
    const query = 'query ($f: Filter) { search(first: 1, filter: $f) { totalCount } }';
    expect(cost(query, { f: { category: 'x', inStock: true } })).toBe(4 + 1);
    expect(cost(query, { f: { inStock: true } })).toBe(1);
  });

  it('answers a repeated, variable-free operation from its cache with the same cost', () => {
    const document = parse('{ product(id: "p1") { related { id } } }');
    const first = estimateOperationCost(schema, document);
    expect(estimateOperationCost(schema, document)).toBe(first);
  });

  it('does not reuse a cost that depended on variables', () => {
    const document = parse('query ($n: Int) { topProducts(count: $n) { id } }');
    expect(estimateOperationCost(schema, document, { n: 2 })).toBe(2);
    expect(estimateOperationCost(schema, document, { n: 20 })).toBe(20);
  });
});
