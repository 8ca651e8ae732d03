import { createJwtAuthenticator } from '../../../services/edge';
import {
  brokenTokens,
  generateTestKeyPair,
  mintToken,
  TEST_AUDIENCE,
  TEST_ISSUER,
} from '../../support/tokens';
import { postGraphQL, startTestServer, type TestServer } from './fixtures/test-server';

const UNAUTHENTICATED_BODY = {
  errors: [{ message: 'Authentication required.', extensions: { code: 'UNAUTHENTICATED' } }],
};

describe('edge authentication through the real server', () => {
  let server: TestServer;
  const query = { query: '{ hello whoami }' };

  beforeAll(async () => {
    server = await startTestServer({ keys: generateTestKeyPair('RS256') });
  });
  afterAll(() => server.close());

  it('serves a valid RS256 token and hands the principal to the context', async () => {
    const res = await postGraphQL(server.url, mintToken({ keys: server.keys, sub: 'u-42' }), query);
    expect(res.status).toBe(200);
    const who = JSON.parse(String(res.body.data?.whoami)) as Record<string, unknown>;
    expect(who.principal).toEqual({
      kind: 'user',
      id: 'u-42',
      scopes: ['catalog:read', 'orders:read'],
      plan: 'default',
    });
    expect(who.aborted).toBe(false);
    expect(who.deadline).toBeGreaterThan(Date.now());
  });

  it('accepts a token with a jku header without ever fetching from it', async () => {
    const token = mintToken({ keys: server.keys, header: { jku: 'http://127.0.0.1:9/jwks.json' } });
    const res = await postGraphQL(server.url, token, query);
    expect(res.status).toBe(200);
  });

  const other = generateTestKeyPair('RS256');
  const cases: Array<[string, (s: TestServer) => Record<string, string>]> = [
    ['missing authorization header', () => ({})],
    ['a Basic scheme', () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
    ['a bearer value that is not a JWS', () => ({ authorization: 'Bearer not-a-jwt' })],
    ...Object.keys(brokenTokens(other, other)).map(
      (name): [string, (s: TestServer) => Record<string, string>] => [
        name,
        (s) => ({ authorization: `Bearer ${brokenTokens(s.keys, other)[name]}` }),
      ],
    ),
  ];

  it.each(cases)(
    'answers 401 with the same body and runs no resolver for %s',
    async (_name, headersOf) => {
      const before = server.totalCalls();
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headersOf(server) },
        body: JSON.stringify(query),
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(await res.json()).toEqual(UNAUTHENTICATED_BODY);
      expect(server.totalCalls()).toBe(before);
    },
  );
});

describe('edge authentication with an EC key', () => {
  const keys = generateTestKeyPair('ES256');
  let rsOnly: TestServer;
  let esAllowed: TestServer;
  beforeAll(async () => {
    rsOnly = await startTestServer({ keys });
    esAllowed = await startTestServer({
      keys,
      authenticator: createJwtAuthenticator({
        issuer: TEST_ISSUER,
        audience: TEST_AUDIENCE,
        algorithms: ['ES256'],
        publicKeyPem: keys.publicKeyPem,
      }),
    });
  });
  afterAll(async () => {
    await rsOnly.close();
    await esAllowed.close();
  });

  it('refuses an ES256 token when only RS256 is allowed (the default)', async () => {
    const res = await postGraphQL(rsOnly.url, mintToken({ keys }), { query: '{ hello }' });
    expect(res.status).toBe(401);
    expect(rsOnly.totalCalls()).toBe(0);
  });

  it('serves an ES256 token when ES256 is allowed', async () => {
    const res = await postGraphQL(esAllowed.url, mintToken({ keys }), { query: '{ hello }' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ hello: 'world' });
  });
});
