import { mintToken } from '../../support/tokens';
import { postGraphQL, startTestServer, type TestServer } from './fixtures/test-server';

// The test schema: hello: String, items(first: Int): [Item!]! with Item { id name }.
describe('edge query limits over HTTP', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      rateLimit: { points: 100, durationSec: 60 },
      queryLimits: { maxDepth: 2, maxAliases: 2, maxPageSize: 10, maxCost: 8 },
    });
  });
  afterAll(() => server.close());

  it('serves an operation inside the limits and charges it', async () => {
    const token = mintToken({ keys: server.keys, sub: 'within' });
    const res = await postGraphQL(server.url, token, { query: '{ items(first: 5) { id } }' });
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit')).toMatch(/^"default";r=95;/);
  });

  it('answers 400 MAX_ALIASES_LIMIT without running a resolver or charging the budget', async () => {
    const token = mintToken({ keys: server.keys, sub: 'aliases' });
    const before = server.totalCalls();
    const res = await postGraphQL(server.url, token, { query: '{ a: hello b: hello c: hello }' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      errors: [
        {
          message: 'The operation uses 3 aliases; the limit is 2.',
          extensions: { code: 'MAX_ALIASES_LIMIT', limit: 2, actual: 3 },
        },
      ],
    });
    expect(res.headers.get('ratelimit')).toBeNull();
    expect(server.totalCalls()).toBe(before);
    const next = await postGraphQL(server.url, token, { query: '{ hello }' });
    expect(next.headers.get('ratelimit')).toMatch(/^"default";r=99;/);
  });

  it('flattens fragments and adds no level for __typename, so depth 2 passes a limit of 2', async () => {
    const token = mintToken({ keys: server.keys, sub: 'depth' });
    const query = '{ items(first: 1) { ...I } } fragment I on Item { id ... on Item { name } }';
    expect((await postGraphQL(server.url, token, { query })).status).toBe(200);
    const introspecting = '{ items(first: 1) { __typename id } }';
    expect((await postGraphQL(server.url, token, { query: introspecting })).status).toBe(200);
  });

  it('answers 400 BAD_USER_INPUT naming the argument and the cap for a page size from a variable', async () => {
    const token = mintToken({ keys: server.keys, sub: 'pages' });
    const before = server.calls.items;
    const res = await postGraphQL(server.url, token, {
      query: 'query ($n: Int) { items(first: $n) { id } }',
      variables: { n: 11 },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toEqual({
      message:
        'Argument "first" on field "items" (variable "$n") asks for 11 items; the page-size cap is 10.',
      extensions: { code: 'BAD_USER_INPUT', limit: 10, actual: 11 },
    });
    expect(server.calls.items).toBe(before);
  });

  it('answers 400 COST_LIMIT_EXCEEDED above the per-operation ceiling', async () => {
    const token = mintToken({ keys: server.keys, sub: 'cost' });
    const res = await postGraphQL(server.url, token, {
      query: '{ a: items(first: 5) { id } b: items(first: 5) { id } }',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({
      code: 'COST_LIMIT_EXCEEDED',
      limit: 8,
      actual: 10,
    });
  });
});

describe('edge in production mode', () => {
  let server: TestServer;
  let token: string;
  const nodeEnv = process.env.NODE_ENV;

  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    server = await startTestServer({ queryLimits: {} });
    token = mintToken({ keys: server.keys });
  });
  afterAll(async () => {
    await server.close();
    process.env.NODE_ENV = nodeEnv;
  });

  it.each([
    ['a misspelled field', '{ helo }', 'Cannot query field "helo" on type "Query".'],
    [
      'a misspelled argument',
      '{ items(frist: 1) { id } }',
      'Unknown argument "frist" on field "Query.items".',
    ],
    ['a misspelled type condition', '{ ... on Quer { hello } }', 'Unknown type "Quer".'],
  ])('names no schema suggestion for %s', async (_case, query, message) => {
    const res = await postGraphQL(server.url, token, { query });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({
      message,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(res.text).not.toMatch(/Did you mean|"hello"|"first"|"Query"\?/);
  });

  it.each([['{ __schema { types { name } } }'], ['{ __type(name: "Item") { fields { name } } }']])(
    'refuses introspection: %s',
    async (query) => {
      const res = await postGraphQL(server.url, token, { query });
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.text).not.toContain('"Item"');
    },
  );
});
