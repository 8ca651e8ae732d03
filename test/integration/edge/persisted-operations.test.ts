import { createHash } from 'node:crypto';
import { mintToken } from '../../support/tokens';
import { postGraphQL, read, startTestServer, type TestServer } from './fixtures/test-server';

const HELLO = 'query Hello { hello }';
const TOUCH = 'mutation Touch { touch }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const pq = (text: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(text) } });

describe('edge persisted operations', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer({
      persistedOperations: { byHash: new Map([HELLO, TOUCH].map((text) => [sha256(text), text])) },
    });
    token = mintToken({ keys: server.keys, ttlSec: 3600 });
  });
  afterAll(() => server.close());

  const getUrl = (params: Record<string, string>) =>
    `${server.url}?${new URLSearchParams(params).toString()}`;

  it('runs a known hash sent in a POST body', async () => {
    const res = await postGraphQL(server.url, token, { extensions: pq(HELLO) });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ hello: 'world' });
  });

  it('runs a known hash sent as GET parameters without any CSRF header (a CDN-cacheable GET)', async () => {
    const url = getUrl({
      extensions: JSON.stringify(pq(HELLO)),
      operationName: 'Hello',
      variables: '{}',
    });
    const res = await read(await fetch(url, { headers: { authorization: `Bearer ${token}` } }));
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ hello: 'world' });
  });

  it('answers a persisted mutation over GET with 405 without running it', async () => {
    const url = getUrl({ extensions: JSON.stringify(pq(TOUCH)) });
    const res = await read(await fetch(url, { headers: { authorization: `Bearer ${token}` } }));
    expect(res.status).toBe(405);
    expect(server.calls.touch).toBe(0);
  });

  it('runs a persisted mutation over POST', async () => {
    const res = await postGraphQL(server.url, token, { extensions: pq(TOUCH) });
    expect(res.body.data).toEqual({ touch: true });
  });

  it.each<[string, unknown, string]>([
    ['an unknown hash', { extensions: pq('{ hello }') }, 'PERSISTED_QUERY_NOT_IN_LIST'],
    ['a free-form document', { query: HELLO }, 'PERSISTED_QUERY_ID_REQUIRED'],
    [
      'a document together with its hash',
      { query: HELLO, extensions: pq(HELLO) },
      'PERSISTED_QUERY_ID_REQUIRED',
    ],
    ['neither a document nor a hash', { variables: {} }, 'PERSISTED_QUERY_ID_REQUIRED'],
  ])('answers %s with 400 %s and runs no resolver', async (_name, body, code) => {
    const before = server.totalCalls();
    const res = await postGraphQL(server.url, token, body);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(server.totalCalls()).toBe(before);
  });

  it('answers a free-form GET query with 400 PERSISTED_QUERY_ID_REQUIRED', async () => {
    const res = await read(
      await fetch(getUrl({ query: '{ hello }' }), {
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ID_REQUIRED');
  });

  it('authenticates before the persisted check: no token and an unknown hash is a 401', async () => {
    const res = await postGraphQL(server.url, undefined, { extensions: pq('{ hello }') });
    expect(res.status).toBe(401);
  });
});
