import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { mintToken } from '../../support/tokens';
import { startTestServer, type TestServer } from './fixtures/test-server';

// 40 items ≈ 1.4 KB of JSON: above the 1 KiB threshold, like a HomeScreen payload.
const HOME_SCREEN = JSON.stringify({ query: '{ items(first: 40) { id name } }' });

/** A raw request, so the body arrives exactly as sent (fetch would decompress it). */
function rawPost(url: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = httpRequest(url, { method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
      req.on('error', reject);
      req.end(body);
    },
  );
}

describe('edge response compression', () => {
  let server: TestServer;
  let headers: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer({ compression: true, rateLimit: { points: 100_000 } });
    const token = mintToken({ keys: server.keys, ttlSec: 3600 });
    headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  });
  afterAll(() => server.close());

  it.each<[string, (b: Buffer) => Buffer]>([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ])('compresses a HomeScreen-sized response with %s, and it decodes', async (encoding, decode) => {
    const res = await rawPost(server.url, { ...headers, 'accept-encoding': encoding }, HOME_SCREEN);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    const decoded = JSON.parse(decode(res.body).toString()) as { data: { items: unknown[] } };
    expect(decoded.data.items).toHaveLength(40);
    expect(res.body.length).toBeLessThan(decode(res.body).length);
  });

  it('sends a response below 1 KiB as it is', async () => {
    const small = JSON.stringify({ query: '{ hello }' });
    const res = await rawPost(server.url, { ...headers, 'accept-encoding': 'br, gzip' }, small);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.body.toString())).toEqual({ data: { hello: 'world' } });
  });

  it('sends identity when Accept-Encoding allows no compression', async () => {
    const res = await rawPost(server.url, headers, HOME_SCREEN);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});

describe('edge CORS allow-list', () => {
  const APP = 'https://app.example.com';
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer({ cors: { origins: [APP] } });
    token = mintToken({ keys: server.keys, ttlSec: 3600 });
  });
  afterAll(() => server.close());

  const preflight = (origin: string) =>
    fetch(server.url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });

  it('answers a preflight from an allowed origin with 204 and the allowed methods and headers', async () => {
    const res = await preflight(APP);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('gives a preflight from another origin no CORS headers (the route answers 405)', async () => {
    const res = await preflight('https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.status).toBe(405);
  });

  it('sends Access-Control-Allow-Origin on a served response and exposes the request id', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: {
        origin: APP,
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(res.headers.get('access-control-expose-headers')).toContain('x-request-id');
  });

  it('sends the CORS headers on a 401 too, so the page can read the error', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('sends no Access-Control-Allow-Origin to a disallowed origin', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: {
        origin: 'https://app.example.com.evil.example',
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('edge static routes', () => {
  const SDL = 'type Query {\n  hello: String\n}\n';
  let server: TestServer;
  let schemaUrl: string;
  beforeAll(async () => {
    server = await startTestServer({
      path: '/v1/graphql',
      staticRoutes: [
        { path: '/v1/schema.graphql', contentType: 'text/plain; charset=utf-8', body: SDL },
      ],
    });
    schemaUrl = new URL('/v1/schema.graphql', server.url).href;
  });
  afterAll(() => server.close());

  it('serves the document to GET without authentication, with an ETag and Cache-Control', async () => {
    const res = await fetch(schemaUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await res.text()).toBe(SDL);
  });

  it('answers 304 without a body to a conditional GET naming its ETag', async () => {
    const etag = (await fetch(schemaUrl)).headers.get('etag') ?? '';
    const res = await fetch(schemaUrl, { headers: { 'if-none-match': `W/${etag}, "other"` } });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
  });

  it('answers other methods with 405 and Allow: GET', async () => {
    const res = await fetch(schemaUrl, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
  });
});
