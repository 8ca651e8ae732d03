import {
  createJwtAuthenticator,
  type Authenticator,
  type ContextInput,
} from '../../../services/edge';
import { generateTestKeyPair, mintToken, TEST_AUDIENCE, TEST_ISSUER } from '../../support/tokens';
import { postGraphQL, startTestServer, type TestServer } from './fixtures/test-server';

const keys = generateTestKeyPair('RS256');
const hello = { query: '{ hello }' };

/** The real JWT authenticator, counting how often it is asked. */
function countingAuthenticator(): Authenticator & { calls: number } {
  const inner = createJwtAuthenticator({
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
    publicKeyPem: keys.publicKeyPem,
  });
  const counting = {
    calls: 0,
    authenticate: (headers: Parameters<Authenticator['authenticate']>[0]) => {
      counting.calls++;
      return inner.authenticate(headers);
    },
  };
  return counting;
}

describe('edge client address', () => {
  const seen: string[] = [];
  const createContext = (input: ContextInput) => (seen.push(input.clientAddress), input);
  let direct: TestServer;
  let proxied: TestServer;
  beforeAll(async () => {
    direct = await startTestServer({ keys, createContext });
    proxied = await startTestServer({ keys, createContext, trustedProxies: ['127.0.0.1/32'] });
  });
  afterAll(async () => {
    await direct.close();
    await proxied.close();
  });

  it('ignores X-Forwarded-For when no proxy is trusted: the socket peer is the client', async () => {
    await postGraphQL(direct.url, mintToken({ keys }), hello, { 'x-forwarded-for': '203.0.113.7' });
    expect(seen.at(-1)).toBe('127.0.0.1');
  });

  it('takes the address a trusted proxy forwards', async () => {
    await postGraphQL(proxied.url, mintToken({ keys }), hello, {
      'x-forwarded-for': '203.0.113.7',
    });
    expect(seen.at(-1)).toBe('203.0.113.7');
  });

  it('stops at the first untrusted hop: an address the client prepended is not believed', async () => {
    await postGraphQL(proxied.url, mintToken({ keys }), hello, {
      'x-forwarded-for': '10.9.9.9, 203.0.113.8',
    });
    expect(seen.at(-1)).toBe('203.0.113.8');
  });
});

describe('edge auth-failure throttle', () => {
  let server: TestServer;
  const authenticator = countingAuthenticator();
  const from = (address: string) => ({ 'x-forwarded-for': address });
  beforeAll(async () => {
    server = await startTestServer({
      keys,
      authenticator,
      trustedProxies: ['127.0.0.1'],
      authFailureLimit: { failures: 3, windowSec: 60 },
    });
  });
  afterAll(() => server.close());

  it('answers 429 RATE_LIMITED with Retry-After once an address has failed 3 times, without verifying', async () => {
    for (let i = 0; i < 3; i++) {
      expect(
        (await postGraphQL(server.url, 'bad.token.x', hello, from('198.51.100.1'))).status,
      ).toBe(401);
    }
    const before = authenticator.calls;
    const res = await postGraphQL(server.url, mintToken({ keys }), hello, from('198.51.100.1'));
    expect(res.status).toBe(429);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    expect(authenticator.calls).toBe(before);
    expect(server.totalCalls()).toBe(0);
  });

  it('keeps serving other addresses', async () => {
    const res = await postGraphQL(server.url, mintToken({ keys }), hello, from('198.51.100.2'));
    expect(res.status).toBe(200);
  });

  it('does not count successful authentications', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await postGraphQL(server.url, mintToken({ keys }), hello, from('198.51.100.3'));
      expect(res.status).toBe(200);
    }
  });
});
