import { connect, type Socket } from 'node:net';
import { mintToken } from '../../support/tokens';
import { postGraphQL, startTestServer, type TestServer } from './fixtures/test-server';

/** Opens a raw socket; resolves with everything the server sent once it closes. */
function rawSocket(url: string): { socket: Socket; answer: Promise<string> } {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port) });
  const answer = new Promise<string>((resolve, reject) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.once('close', () => resolve(text));
    socket.once('error', reject);
  });
  return { socket, answer };
}

describe('edge HTTP hardening: slow clients', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    token = mintToken({ keys: server.keys, ttlSec: 3600 });
  });
  afterAll(() => server.close());

  it('answers 408 REQUEST_TIMEOUT as JSON and closes a connection whose headers drip in (slowloris)', async () => {
    const started = Date.now();
    const { socket, answer } = rawSocket(server.url);
    socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\n');
    const drip = setInterval(() => socket.writable && socket.write('X-Drip: 1\r\n'), 50);
    const text = await answer;
    clearInterval(drip);
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text).toContain('"code":"REQUEST_TIMEOUT"');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('answers 408 and closes a connection whose body drips in past the request timeout', async () => {
    const { socket, answer } = rawSocket(server.url);
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
        `Authorization: Bearer ${token}\r\nContent-Length: 200\r\n\r\n{"query":`,
    );
    const drip = setInterval(() => socket.writable && socket.write(' '), 50);
    const text = await answer;
    clearInterval(drip);
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(server.totalCalls()).toBe(0);
  });
});

describe('edge HTTP hardening: bodies, methods and media types', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer({ bodyLimitBytes: 1024, maxHeaderSizeBytes: 4096 });
    token = mintToken({ keys: server.keys, ttlSec: 3600 });
  });
  afterAll(() => server.close());

  it('answers 413 PAYLOAD_TOO_LARGE as JSON to a chunked body that grows past the limit', async () => {
    const { socket, answer } = rawSocket(server.url);
    const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
        `Authorization: Bearer ${token}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`,
    );
    socket.write(chunk(`{"query":"{ hello }","pad":"${'x'.repeat(800)}`));
    socket.write(chunk('y'.repeat(800)));
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(text).toContain('"code":"PAYLOAD_TOO_LARGE"');
    expect(server.totalCalls()).toBe(0);
  });

  it('answers 431 HEADERS_TOO_LARGE as JSON above the configured head size', async () => {
    const { socket, answer } = rawSocket(server.url);
    socket.write(`GET /graphql HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(5000)}\r\n\r\n`);
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 431 /);
    expect(text).toContain('"code":"HEADERS_TOO_LARGE"');
  });

  it('answers 400 BAD_REQUEST to a batched (array) body before authentication', async () => {
    const res = await postGraphQL(server.url, undefined, [{ query: '{ hello }' }]);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it.each(['null', '"a string"', '42'])(
    'answers 400 BAD_REQUEST to the JSON body %s',
    async (body) => {
      const res = await postGraphQL(server.url, token, body);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    },
  );

  it('accepts application/json; charset=utf-8 and refuses another charset with 415', async () => {
    const send = (contentType: string) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ hello }' }),
      });
    expect((await send('application/json; charset=utf-8')).status).toBe(200);
    expect((await send('application/json; charset=UTF-8')).status).toBe(200);
    expect((await send('application/json; charset=latin1')).status).toBe(415);
  });

  it('answers application/graphql-response+json when the client asks for it, errors included', async () => {
    const accept = { accept: 'application/graphql-response+json, application/json;q=0.9' };
    const ok = await postGraphQL(server.url, token, { query: '{ hello }' }, accept);
    expect(ok.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    const denied = await postGraphQL(server.url, undefined, { query: '{ hello }' }, accept);
    expect(denied.status).toBe(401);
    expect(denied.headers.get('content-type')).toBe(
      'application/graphql-response+json; charset=utf-8',
    );
  });

  it.each(['HEAD', 'PUT', 'PATCH'])('answers %s with 405 and Allow: GET, POST', async (method) => {
    const res = await fetch(server.url, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
  });

  it('answers a malformed request line with JSON, never HTML', async () => {
    const { socket, answer } = rawSocket(server.url);
    socket.write('GET /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n');
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(text).toContain('Content-Type: application/json');
  });
});
