import { connect } from 'node:net';
import { mintToken } from '../../support/tokens';
import { postGraphQL, read, startTestServer, type TestServer } from './fixtures/test-server';

describe('edge HTTP guard', () => {
  let server: TestServer;
  let token: string;
  const origin = () => new URL(server.url).origin;

  beforeAll(async () => {
    server = await startTestServer({ bodyLimitBytes: 1024 });
    token = mintToken({ keys: server.keys, ttlSec: 3600 });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    for (const key of Object.keys(server.calls)) server.calls[key as keyof typeof server.calls] = 0;
  });

  it('echoes a well-formed client x-request-id', async () => {
    const res = await postGraphQL(
      server.url,
      token,
      { query: '{ whoami }' },
      { 'x-request-id': 'abc-123.x:y' },
    );
    expect(res.headers.get('x-request-id')).toBe('abc-123.x:y');
    expect(JSON.parse(String(res.body.data?.whoami))).toMatchObject({ requestId: 'abc-123.x:y' });
  });

  it('replaces a malformed x-request-id with a generated UUID', async () => {
    const res = await postGraphQL(
      server.url,
      token,
      { query: '{ hello }' },
      { 'x-request-id': 'bad id<script>' },
    );
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('generates a request id on rejected requests too', async () => {
    const res = await fetch(`${origin()}/nowhere`);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 404 ROUTE_NOT_FOUND as JSON on other paths', async () => {
    const res = await read(await fetch(`${origin()}/admin`, { method: 'POST' }));
    expect(res.status).toBe(404);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('ROUTE_NOT_FOUND');
  });

  it('answers 413 PAYLOAD_TOO_LARGE from Content-Length without running a resolver', async () => {
    const big = JSON.stringify({ query: `{ hello } # ${'x'.repeat(2048)}` });
    const res = await postGraphQL(server.url, token, big);
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(server.totalCalls()).toBe(0);
  });

  it('answers 413 as soon as Content-Length announces too much, before any body is sent', async () => {
    const { hostname, port, pathname } = new URL(server.url);
    const head = await rawExchange(
      hostname,
      Number(port),
      `POST ${pathname} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
        `Authorization: Bearer ${token}\r\nContent-Length: 10485760\r\n\r\n`,
    );
    expect(head).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('answers 431 HEADERS_TOO_LARGE as JSON when the headers overflow the parser', async () => {
    const { hostname, port, pathname } = new URL(server.url);
    const answer = await rawExchange(
      hostname,
      Number(port),
      `GET ${pathname} HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('"code":"HEADERS_TOO_LARGE"');
  });

  it('answers 415 UNSUPPORTED_MEDIA_TYPE for a text/plain POST', async () => {
    const res = await read(
      await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
        body: '{ hello }',
      }),
    );
    expect(res.status).toBe(415);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(server.totalCalls()).toBe(0);
  });

  it('answers 400 BAD_REQUEST for a malformed JSON body', async () => {
    const res = await postGraphQL(server.url, token, '{"query": "{ hello }"');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(server.totalCalls()).toBe(0);
  });

  it('answers 400 BAD_REQUEST for a batched (array) body', async () => {
    const res = await postGraphQL(server.url, token, [
      { query: '{ hello }' },
      { query: '{ hello }' },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(server.totalCalls()).toBe(0);
  });

  it('serves a query over GET', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ hello }')}`;
    const res = await read(
      await fetch(url, {
        headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ hello: 'world' });
  });

  it('blocks a GET without a preflight-forcing header (CSRF prevention)', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ hello }')}`;
    const res = await read(await fetch(url, { headers: { authorization: `Bearer ${token}` } }));
    expect(res.status).toBe(400);
    expect(server.totalCalls()).toBe(0);
  });

  it('answers 405 METHOD_NOT_ALLOWED for a mutation over GET without running it', async () => {
    const url = `${server.url}?query=${encodeURIComponent('mutation { touch }')}`;
    const res = await read(
      await fetch(url, {
        headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      }),
    );
    expect(res.status).toBe(405);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('METHOD_NOT_ALLOWED');
    expect(server.calls.touch).toBe(0);
  });

  it('runs a mutation over POST', async () => {
    const res = await postGraphQL(server.url, token, { query: 'mutation { touch }' });
    expect(res.body.data).toEqual({ touch: true });
  });

  it('answers 405 with an Allow header for other methods on the GraphQL path', async () => {
    const res = await read(await fetch(server.url, { method: 'DELETE' }));
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('answers JSON even when the client prefers HTML', async () => {
    const res = await postGraphQL(
      server.url,
      token,
      { query: '{ hello }' },
      { accept: 'text/html' },
    );
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});

/** Writes raw bytes and resolves with the first chunk of the answer. */
function rawExchange(host: string, port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port }, () => socket.write(request));
    socket.once('data', (chunk) => {
      resolve(chunk.toString('latin1'));
      socket.destroy();
    });
    socket.once('error', reject);
  });
}
