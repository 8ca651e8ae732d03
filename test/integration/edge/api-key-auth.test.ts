import { createApiKeyAuthenticator, hashApiKey } from '../../../services/edge';
import { generateTestKeyPair, mintToken } from '../../support/tokens';
import { postGraphQL, startTestServer, type TestServer } from './fixtures/test-server';

const KEY = 'fd_test_partner_0123456789abcdefghijklmnopqrs';
const REVOKED = 'fd_test_revoked_0123456789abcdefghijklmnopq';
const UNAUTHENTICATED_BODY = {
  errors: [{ message: 'Authentication required.', extensions: { code: 'UNAUTHENTICATED' } }],
};

describe('edge API-key authentication through the real server', () => {
  let server: TestServer;
  const query = { query: '{ whoami }' };

  beforeAll(async () => {
    server = await startTestServer({
      authenticator: createApiKeyAuthenticator({
        keys: [
          {
            id: 'k1',
            sha256: hashApiKey(KEY),
            partnerId: 'acme',
            scopes: ['catalog:read'],
            plan: 'gold',
          },
          {
            id: 'k0',
            sha256: hashApiKey(REVOKED),
            partnerId: 'acme',
            scopes: ['catalog:read'],
            plan: 'gold',
            revoked: true,
          },
        ],
      }),
    });
  });
  afterAll(() => server.close());

  it('serves a configured key sent in x-api-key and hands the partner principal to the context', async () => {
    const res = await postGraphQL(server.url, undefined, query, { 'x-api-key': KEY });
    expect(res.status).toBe(200);
    expect(JSON.parse(String(res.body.data?.whoami))).toMatchObject({
      principal: { kind: 'partner', id: 'acme', scopes: ['catalog:read'], plan: 'gold' },
    });
  });

  const cases: Array<[string, () => { url: string; headers: Record<string, string> }]> = [
    ['no key', () => ({ url: server.url, headers: {} })],
    ['a revoked key', () => ({ url: server.url, headers: { 'x-api-key': REVOKED } })],
    [
      'the key in the query string (api_key)',
      () => ({ url: `${server.url}?api_key=${KEY}`, headers: {} }),
    ],
    [
      'the key in the query string (x-api-key)',
      () => ({ url: `${server.url}?x-api-key=${KEY}`, headers: {} }),
    ],
    [
      'a valid bearer JWT instead of a key',
      () => ({
        url: server.url,
        headers: { authorization: `Bearer ${mintToken({ keys: generateTestKeyPair() })}` },
      }),
    ],
  ];

  it.each(cases)(
    'answers 401 with the JWT failure body and runs no resolver for %s',
    async (_name, make) => {
      const { url, headers } = make();
      const before = server.totalCalls();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(query),
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('ApiKey header="x-api-key"');
      expect(await res.json()).toEqual(UNAUTHENTICATED_BODY);
      expect(server.totalCalls()).toBe(before);
    },
  );
});
