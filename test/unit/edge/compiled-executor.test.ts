import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse, type ExecutionResult } from 'graphql';
import type * as GraphQLJitModule from 'graphql-jit';
import { compileQuery } from 'graphql-jit';
import { createCompiledExecutor, readExecutionConfig } from '../../../services/edge';
import { AppError, ConfigError, createEnvReader } from '../../../services/shared';

type GraphQLJit = typeof GraphQLJitModule;

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<GraphQLJit>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compileSpy = compileQuery as jest.MockedFunction<typeof compileQuery>;

// A schema with what the BFFs use: async and sync resolvers, lists, nullable fields that fail
// alone, a non-null failure that nulls its parent, arguments, fragments and directives.
const schema = makeExecutableSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      orders(first: Int = 2): [Order!]!
      product(id: ID!): Product
      strict: Product!
      shapes: [Shape]!
    }
    "Plain properties, no resolvers; a failed part holds its Error (the web BFF's ProductShape)."
    type Shape {
      id: ID!
      name: String!
      rating: Float
      price: Price
    }
    type Price {
      amount: String!
    }
    type Order {
      id: ID!
      items: [Item!]!
    }
    type Item {
      quantity: Int!
      product: Product
    }
    type Product {
      id: ID!
      name: String!
      rating: Float
    }
  `,
  resolvers: {
    Query: {
      orders: (_: unknown, { first }: { first: number }) =>
        Array.from({ length: first }, (_v, i) => ({
          id: `o${i}`,
          items: [{ quantity: i + 1, productId: i === 1 ? 'gone' : `p${i}` }],
        })),
      product: async (_: unknown, { id }: { id: string }) => product(id),
      strict: async () => product('gone'),
      shapes: () => [
        { id: 's1', name: 'One', rating: reviewsDown(), price: { amount: '1.00' } },
        { id: 's2', name: catalogGone(), rating: 4.5, price: { amount: '2.00' } },
        { id: 's3', name: 'Three', rating: null, price: catalogGone() },
      ],
    },
    Item: { product: ({ productId }: { productId: string }) => ({ id: productId }) },
    Product: {
      name: async ({ id }: { id: string }) => (await product(id)).name,
      rating: ({ id }: { id: string }) =>
        id === 'p0'
          ? Promise.reject(new AppError('UPSTREAM_UNAVAILABLE', { upstream: 'reviews' }))
          : 4.5,
    },
  },
});

const reviewsDown = () => new AppError('UPSTREAM_UNAVAILABLE', { upstream: 'reviews' });
const catalogGone = () => new AppError('NOT_FOUND', { upstream: 'catalog' });

async function product(id: string): Promise<{ id: string; name: string }> {
  await Promise.resolve();
  if (id === 'gone') throw new AppError('NOT_FOUND', { upstream: 'catalog' });
  return { id, name: `Product ${id}` };
}

const DOCUMENTS: Array<[string, string, Record<string, unknown>]> = [
  [
    'lists, partial failures and a missing product',
    `query H { orders(first: 3) { id items { quantity product { id name rating } } } }`,
    {},
  ],
  ['variables', `query P($id: ID!) { product(id: $id) { id name } }`, { id: 'p7' }],
  ['a null from NOT_FOUND', `query P($id: ID!) { product(id: $id) { id name } }`, { id: 'gone' }],
  ['a non-null root failure', `{ strict { id } }`, {}],
  ['Error values in plain properties', `{ shapes { id name rating price { amount } } }`, {}],
  [
    'fragments, aliases and @include',
    `query F($all: Boolean!) { a: orders(first: 1) { ...O } b: orders { id @include(if: $all) } }
     fragment O on Order { id items { quantity } }`,
    { all: false },
  ],
];

/**
 * What a client would see: errors as JSON (message, path, locations), data as is. Errors are
 * put in path order: the spec gives them no order, and graphql-jit lists the errors that null
 * a parent after the others.
 */
function wire(result: ExecutionResult) {
  const json = JSON.parse(JSON.stringify(result)) as { errors?: Array<{ path?: unknown }> };
  json.errors?.sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
  return json;
}

describe('compiled executor (graphql-jit behind graphql-js)', () => {
  beforeEach(() => compileSpy.mockClear());

  it.each(DOCUMENTS)('answers %s exactly as graphql-js does', async (_name, text, variables) => {
    const run = createCompiledExecutor(schema, { compileAfter: 0 });
    const document = parse(text);
    const expected = await execute({
      schema,
      document,
      variableValues: variables,
      contextValue: {},
    });
    const actual = await run({ document, operationName: null, variables, contextValue: {} });
    expect(compileSpy).toHaveBeenCalledTimes(1);
    expect(wire(actual)).toEqual(wire(expected));
  });

  // A known difference, spec-compliant both ways: when two non-null fields of one object fail,
  // graphql-js stops at the first and reports it alone, graphql-jit has resolved both and
  // reports both. The data is the same. (Two catalog fields of one product, e.g.)
  it('answers the same data when two non-null siblings fail, with an error for each', async () => {
    const document = parse(`{ shapes { id name price { amount } } }`);
    const failing = makeExecutableSchema({
      typeDefs: `type Query { shapes: [Shape] } type Shape { id: ID! name: String! price: Price! }
        type Price { amount: String! }`,
      resolvers: {
        Query: { shapes: () => [{ id: 's1', name: catalogGone(), price: catalogGone() }] },
      },
    });
    const expected = wire(await execute({ schema: failing, document, contextValue: {} }));
    const run = createCompiledExecutor(failing, { compileAfter: 0 });
    const actual = wire(
      await run({ document, operationName: null, variables: {}, contextValue: {} }),
    );
    type Wire = { data: unknown; errors: Array<{ path: unknown[] }> };
    expect((actual as Wire).data).toEqual((expected as Wire).data);
    expect((expected as Wire).errors.map((e) => e.path)).toEqual([['shapes', 0, 'name']]);
    expect((actual as Wire).errors.map((e) => e.path)).toEqual([
      ['shapes', 0, 'name'],
      ['shapes', 0, 'price'],
    ]);
  });

  it('keeps the AppError as the cause of a field error, with a graphql-js extensions object', async () => {
    const run = createCompiledExecutor(schema, { compileAfter: 0 });
    const document = parse(`{ orders(first: 1) { items { product { rating } } } }`);
    const result = await run({ document, operationName: null, variables: {}, contextValue: {} });
    const [error] = result.errors ?? [];
    expect(error?.originalError).toBeInstanceOf(AppError);
    expect((error?.originalError as AppError).code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error?.extensions).toEqual({});
    expect(error?.path).toEqual(['orders', 0, 'items', 0, 'product', 'rating']);
  });

  it('compiles a document only after compileAfter executions, then once for all later ones', async () => {
    const run = createCompiledExecutor(schema, { compileAfter: 2 });
    const document = parse(`{ orders { id } }`);
    const results = [];
    for (let i = 0; i < 5; i++) {
      results.push(await run({ document, operationName: null, variables: {}, contextValue: {} }));
      expect(compileSpy).toHaveBeenCalledTimes(i < 2 ? 0 : 1);
    }
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
  });

  it('answers invalid variables with graphql-js errors, so Apollo still maps them to 400', async () => {
    const run = createCompiledExecutor(schema, { compileAfter: 0 });
    const document = parse(`query P($id: ID!) { product(id: $id) { id } }`);
    const variables = { id: { not: 'an id' } };
    const expected = await execute({ schema, document, variableValues: variables });
    const actual = await run({ document, operationName: null, variables, contextValue: {} });
    expect(actual.data).toBeUndefined();
    expect(wire(actual)).toEqual(wire(expected));
    expect(actual.errors?.[0]?.message).toMatch(/^Variable "\$id" got invalid value/);
  });

  it('answers an operation name that names no operation with errors, as graphql-js does', async () => {
    const run = createCompiledExecutor(schema, { compileAfter: 0 });
    const document = parse(`query A { orders { id } }`);
    const result = await run({ document, operationName: 'B', variables: {}, contextValue: {} });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toBe('Unknown operation named "B".');
  });

  it('plans each operation of a multi-operation document separately', async () => {
    const run = createCompiledExecutor(schema, { compileAfter: 0 });
    const document = parse(
      `query A { orders(first: 1) { id } } query B { product(id: "p1") { name } }`,
    );
    const a = await run({ document, operationName: 'A', variables: {}, contextValue: {} });
    const b = await run({ document, operationName: 'B', variables: {}, contextValue: {} });
    expect(a.data).toEqual({ orders: [{ id: 'o0' }] });
    expect(b.data).toEqual({ product: { name: 'Product p1' } });
    expect(compileSpy).toHaveBeenCalledTimes(2);
  });
});

describe('readExecutionConfig', () => {
  const read = (env: Record<string, string>) => {
    const reader = createEnvReader(env);
    const config = readExecutionConfig(reader);
    reader.finish();
    return config;
  };

  it('compiles after two executions by default', () => {
    expect(read({})).toEqual({ compileAfter: 2 });
  });

  it('turns graphql-jit off with GRAPHQL_JIT=false', () => {
    expect(read({ GRAPHQL_JIT: 'false' })).toBe(false);
  });

  it('refuses a negative GRAPHQL_JIT_COMPILE_AFTER', () => {
    expect(() => read({ GRAPHQL_JIT_COMPILE_AFTER: '-1' })).toThrow(ConfigError);
  });
});
