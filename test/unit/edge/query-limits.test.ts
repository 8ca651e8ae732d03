import {
  ApolloServer,
  type BaseContext,
  type GraphQLRequestContext,
  type GraphQLRequestContextDidResolveOperation,
  type GraphQLRequestListener,
} from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import {
  COST_DIRECTIVES_SDL,
  createErrorFormatter,
  createQueryLimitsPlugin,
} from '../../../services/edge';
import type { QueryLimits } from '../../../services/edge';

const typeDefs = [
  COST_DIRECTIVES_SDL,
  /* GraphQL */ `
    type Node {
      id: ID!
      name: String
      child: Node
      children(first: Int, limit: Int): [Node!]!
    }
    type Page {
      nodes: [Node!]!
    }
    input Lookup {
      ids: [ID!]!
      note: String
    }
    scalar Json
    type Query {
      node(id: ID!): Node
      nodes(first: Int, pageSize: Int): [Node!]!
      page(take: Int): Page @listSize(slicingArguments: ["take"], sizedFields: ["nodes"])
      search(text: String, lookup: Lookup, blob: Json): [Node!]! @listSize(assumedSize: 1)
      hello: String
    }
  `,
];

function startApollo(limits: Partial<QueryLimits> = {}) {
  let resolved = 0;
  const node = (id: string) => ({ id, name: `n${id}`, child: null, children: [] });
  const resolvers = {
    Query: {
      node: (_: unknown, args: { id: string }) => (resolved++, node(args.id)),
      nodes: () => (resolved++, [node('1')]),
      page: () => (resolved++, { nodes: [] }),
      search: () => (resolved++, []),
      hello: () => (resolved++, 'world'),
    },
  };
  const server = new ApolloServer({
    schema: makeExecutableSchema({ typeDefs, resolvers }),
    formatError: createErrorFormatter(),
    plugins: [createQueryLimitsPlugin(limits)],
  });
  return { server, resolved: () => resolved };
}

async function run(server: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation({ query, variables });
  const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
  return { status: response.http.status ?? 200, errors: body?.errors, data: body?.data };
}

const nest = (levels: number) =>
  `{ node(id: "1") ${'{ child '.repeat(levels - 2)}{ id }${' }'.repeat(levels - 2)} }`;

describe('query limits plugin', () => {
  const { server, resolved } = startApollo({ maxDepth: 5, maxAliases: 3, maxRootFields: 3 });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('serves an operation inside every limit', async () => {
    const res = await run(server, nest(5));
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });

  it.each([
    [
      'one level too deep',
      nest(6),
      'MAX_DEPTH_LIMIT',
      'The operation nests 6 levels deep; the limit is 5.',
    ],
    [
      'too many aliases',
      '{ a: hello b: hello c: hello d: __typename }',
      'MAX_ALIASES_LIMIT',
      'The operation uses 4 aliases; the limit is 3.',
    ],
    [
      'too many root fields',
      '{ hello node(id: "1") { id } nodes(first: 1) { id } search { id } }',
      'MAX_ROOT_FIELDS_LIMIT',
      'The operation selects 4 root fields; the limit is 3.',
    ],
    [
      'too many directives',
      '{ hello @include(if: true) @skip(if: false) node(id: "1") @include(if: true) { id @skip(if: false) name @include(if: true) child @skip(if: false) { id } } }',
      'MAX_DIRECTIVES_LIMIT',
      'The operation uses 6 directives; the limit is 5.',
    ],
  ])(
    'answers 400 with its code for %s, before any resolver',
    async (_case, query, code, message) => {
      const before = resolved();
      const res = await run(server, query);
      expect(res.status).toBe(400);
      expect(res.errors).toEqual([
        expect.objectContaining({ message, extensions: expect.objectContaining({ code }) }),
      ]);
      expect(resolved()).toBe(before);
    },
  );

  it('counts depth through named and inline fragments, and not for __typename', async () => {
    const query = `{ ...A } fragment A on Query { node(id: "1") { ... on Node { child { ...B } } } }
      fragment B on Node { child { child { __typename id } } }`;
    expect((await run(server, query)).status).toBe(200);
    const deeper = query.replace('__typename id', 'child { id }');
    expect((await run(server, deeper)).errors?.[0]?.extensions?.code).toBe('MAX_DEPTH_LIMIT');
  });

  it('counts the aliases of a fragment once per spread', async () => {
    const query =
      '{ ...F ...F2 } fragment F on Query { a: hello b: hello } fragment F2 on Query { ...F }';
    expect((await run(server, query)).errors?.[0]?.extensions?.code).toBe('MAX_ALIASES_LIMIT');
  });

  it('counts a repeated root field once: same response key, one execution', async () => {
    const query = '{ hello hello hello node(id: "1") { id } node(id: "1") { name } }';
    expect((await run(server, query)).status).toBe(200);
  });

  it('reports the limit and the actual value in extensions', async () => {
    const res = await run(server, nest(7));
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'MAX_DEPTH_LIMIT', limit: 5, actual: 7 });
  });
});

describe('query limits on argument values', () => {
  const { server, resolved } = startApollo({ maxPageSize: 50, maxStringLength: 20 });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const expectBadInput = async (
    query: string,
    variables: Record<string, unknown> | undefined,
    message: string,
  ) => {
    const before = resolved();
    const res = await run(server, query, variables);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toBe(message);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(resolved()).toBe(before);
  };

  it('refuses a literal page size above the cap, naming the argument and the cap', async () => {
    await expectBadInput(
      '{ nodes(pageSize: 51) { id } }',
      undefined,
      'Argument "pageSize" on field "nodes" asks for 51 items; the page-size cap is 50.',
    );
  });

  it('refuses a page size above the cap sent in a variable', async () => {
    await expectBadInput(
      'query ($n: Int) { nodes(first: 1) { children(limit: $n) { id } } }',
      { n: 500 },
      'Argument "limit" on field "children" (variable "$n") asks for 500 items; the page-size cap is 50.',
    );
  });

  it("refuses a page size above the cap from a variable's default", async () => {
    await expectBadInput(
      'query ($n: Int = 99) { nodes(first: $n) { id } }',
      {},
      'Argument "first" on field "nodes" (variable "$n") asks for 99 items; the page-size cap is 50.',
    );
  });

  it('caps the @listSize slicing arguments of a field as page sizes', async () => {
    await expectBadInput(
      '{ page(take: 80) { nodes { id } } }',
      undefined,
      'Argument "take" on field "page" asks for 80 items; the page-size cap is 50.',
    );
  });

  it('serves a page size at the cap', async () => {
    const res = await run(server, 'query ($n: Int) { nodes(first: $n) { id } }', { n: 50 });
    expect(res.status).toBe(200);
  });

  it('refuses a literal string longer than the cap', async () => {
    await expectBadInput(
      `{ search(text: "${'x'.repeat(21)}") { id } }`,
      undefined,
      'Argument "text" on field "search" holds a string longer than 20 characters.',
    );
  });

  it('refuses a long string nested in an input object variable', async () => {
    await expectBadInput(
      'query ($l: Lookup) { search(lookup: $l) { id } }',
      { l: { ids: ['a'], note: 'y'.repeat(21) } },
      'Variable "$l" holds a string longer than 20 characters.',
    );
  });

  it('refuses a long string anywhere inside a custom scalar variable', async () => {
    await expectBadInput(
      'query ($b: Json) { search(blob: $b) { id } }',
      { b: { deep: [{ deeper: 'z'.repeat(21) }] } },
      'Variable "$b" holds a string longer than 20 characters.',
    );
  });

  it.each([['../admin'], ['a b'], ['x'.repeat(65)]])('refuses the literal ID %p', async (id) => {
    const query = `{ node(id: "${id}") { id } }`;
    const before = resolved();
    const res = await run(server, query);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(resolved()).toBe(before);
  });

  it('refuses an invalid ID in a variable, also inside a list in an input object', async () => {
    await expectBadInput(
      'query ($id: ID!) { node(id: $id) { id } }',
      { id: '../admin' },
      'Variable "$id" holds an invalid ID.',
    );
    await expectBadInput(
      'query ($l: Lookup) { search(lookup: $l) { id } }',
      { l: { ids: ['ok', 'not/ok'] } },
      'Variable "$l" holds an invalid ID.',
    );
  });

  it('accepts well-formed IDs as strings or integers', async () => {
    expect((await run(server, '{ node(id: 42) { id } }')).status).toBe(200);
    const res = await run(server, 'query ($id: ID!) { node(id: $id) { id } }', { id: 'u_0-1' });
    expect(res.status).toBe(200);
  });
});

describe('query limits: cost ceiling and configuration', () => {
  it('answers 400 COST_LIMIT_EXCEEDED above the ceiling, with the estimate', async () => {
    const { server, resolved } = startApollo({ maxCost: 100 });
    await server.start();
    const query = 'query ($n: Int) { nodes(first: $n) { children(first: 10) { id } } }';
    expect((await run(server, query, { n: 9 })).status).toBe(200);
    const before = resolved();
    const res = await run(server, query, { n: 10 });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({
      message: 'The operation has an estimated cost of 110; the limit is 100.',
      extensions: { code: 'COST_LIMIT_EXCEEDED', limit: 100, actual: 110 },
    });
    expect(resolved()).toBe(before);
    await server.stop();
  });

  it('uses a configured ID pattern, dropping a global flag that would make it stateful', async () => {
    const { server } = startApollo({ idPattern: /^p[0-9]+$/g });
    await server.start();
    const query = 'query ($id: ID!) { node(id: $id) { id } }';
    expect((await run(server, query, { id: 'p1' })).status).toBe(200);
    expect((await run(server, query, { id: 'p1' })).status).toBe(200);
    expect((await run(server, query, { id: 'u1' })).status).toBe(400);
    await server.stop();
  });

  it('judges a repeated DocumentNode once: a repeat costs no schema walk', async () => {
    const schema = makeExecutableSchema({ typeDefs });
    const plugin = createQueryLimitsPlugin<BaseContext>();
    const hooks = (await plugin.requestDidStart?.({} as GraphQLRequestContext<BaseContext>)) as
      GraphQLRequestListener<BaseContext> | undefined;
    const document = parse('{ nodes(first: 5) { id child { id } } }');
    const operation = document.definitions[0];
    const context = { schema, document, operation, operationName: null, request: {} };
    const walks = jest.spyOn(schema, 'getRootType');
    const judge = () =>
      hooks?.didResolveOperation?.(
        context as unknown as GraphQLRequestContextDidResolveOperation<BaseContext>,
      );
    await judge();
    const firstWalks = walks.mock.calls.length;
    await judge();
    expect(firstWalks).toBeGreaterThan(0);
    expect(walks.mock.calls.length).toBe(firstWalks);
  });
});
