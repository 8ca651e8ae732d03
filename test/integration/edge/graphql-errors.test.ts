import { AppError } from '../../../services/shared';
import { mintToken } from '../../support/tokens';
import { postGraphQL, startTestServer, type TestServer } from './fixtures/test-server';

describe('edge error policy', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer({ maxTokens: 50 });
    token = mintToken({ keys: server.keys, ttlSec: 3600 });
  });
  afterAll(() => server.close());

  it('masks a plain resolver error as INTERNAL_SERVER_ERROR without its URL or a stacktrace', async () => {
    const res = await postGraphQL(server.url, token, { query: '{ hello failing }' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ hello: 'world', failing: null });
    expect(res.body.errors).toEqual([
      {
        message: 'Internal server error.',
        locations: [{ line: 1, column: 9 }],
        path: ['failing'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(res.text).not.toMatch(/10\.1\.2\.3|http:|ECONNREFUSED|stacktrace/);
  });

  it('keeps an AppError field error: null field, code and upstream name, other fields served, HTTP 200', async () => {
    const res = await postGraphQL(server.url, token, { query: '{ hello upstreamDown }' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ hello: 'world', upstreamDown: null });
    expect(res.body.errors).toEqual([
      {
        message: 'A backend is unavailable.',
        locations: [{ line: 1, column: 9 }],
        path: ['upstreamDown'],
        extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'catalog' },
      },
    ]);
    expect(res.text).not.toMatch(/10\.1\.2\.3|50051/);
  });

  it('answers 400 GRAPHQL_PARSE_FAILED for a syntax error without running a resolver', async () => {
    const before = server.totalCalls();
    const res = await postGraphQL(server.url, token, { query: '{ hello ' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(server.totalCalls()).toBe(before);
  });

  it('answers 400 MAX_TOKENS_LIMIT when the document has more tokens than allowed', async () => {
    const before = server.totalCalls();
    const query = `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: hello`).join(' ')} }`;
    const res = await postGraphQL(server.url, token, { query });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'MAX_TOKENS_LIMIT' });
    expect(server.totalCalls()).toBe(before);
  });

  it('answers 400 GRAPHQL_VALIDATION_FAILED without "Did you mean" suggestions', async () => {
    const res = await postGraphQL(server.url, token, { query: '{ helo }' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(res.body.errors?.[0]?.message).toBe('Cannot query field "helo" on type "Query".');
    expect(res.text).not.toContain('Did you mean');
  });

  it('refuses introspection by default', async () => {
    const res = await postGraphQL(server.url, token, { query: '{ __schema { types { name } } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers 400 BAD_USER_INPUT for a variable of the wrong type', async () => {
    const res = await postGraphQL(server.url, token, {
      query: 'query ($n: Int) { items(first: $n) { id } }',
      variables: { n: 'many' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('answers 400 OPERATION_RESOLUTION_FAILURE when operationName names no operation', async () => {
    const res = await postGraphQL(server.url, token, {
      query: 'query A { hello }',
      operationName: 'B',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'OPERATION_RESOLUTION_FAILURE' });
  });
});

describe('edge error policy for a failing createContext', () => {
  it.each([
    ['an AppError', new AppError('FORBIDDEN'), 403, 'FORBIDDEN', 'Not allowed.'],
    [
      'a plain Error',
      new Error('redis at 10.0.0.9:6379 down'),
      500,
      'INTERNAL_SERVER_ERROR',
      'Internal server error.',
    ],
  ])(
    'answers with the catalogue status when it throws %s',
    async (_name, thrown, status, code, message) => {
      const server = await startTestServer({
        createContext: () => {
          throw thrown;
        },
      });
      try {
        const res = await postGraphQL(server.url, mintToken({ keys: server.keys }), {
          query: '{ hello }',
        });
        expect(res.status).toBe(status);
        expect(res.body).toEqual({ errors: [{ message, extensions: { code } }] });
        expect(server.totalCalls()).toBe(0);
      } finally {
        await server.close();
      }
    },
  );
});
