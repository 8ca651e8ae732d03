import { AppError } from '../../../services/shared';
import { createRateLimiter, type Authenticator, type Principal } from '../../../services/edge';
import { postGraphQL, startTestServer, type TestServer } from './fixtures/test-server';

// A stand-in for the API-key authenticator: the key names the partner and its plan.
const partners: Record<string, Principal> = {
  'key-gold': { kind: 'partner', id: 'acme', scopes: [], plan: 'gold' },
  'key-basic': { kind: 'partner', id: 'small', scopes: [], plan: 'basic' },
};
const authenticator: Authenticator = {
  authenticate: async (headers) => {
    const principal = partners[String(headers['x-api-key'])];
    if (!principal) throw new AppError('UNAUTHENTICATED');
    return principal;
  },
};

describe('edge throttling by plan', () => {
  let server: TestServer;
  const call = (key: string) =>
    postGraphQL(
      server.url,
      undefined,
      { query: '{ items(first: 4) { id } }' },
      { 'x-api-key': key },
    );

  beforeAll(async () => {
    const rateLimiter = createRateLimiter({
      plans: { default: { points: 6, durationSec: 60 }, gold: { points: 40, durationSec: 10 } },
    });
    server = await startTestServer({ authenticator, rateLimiter });
  });
  afterAll(() => server.close());

  it('charges a partner under its plan and names the plan in the RateLimit headers', async () => {
    const res = await call('key-gold');
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-policy')).toBe('"gold";q=40;w=10');
    expect(res.headers.get('ratelimit')).toMatch(/^"gold";r=36;t=(9|10)$/);
  });

  it('gives a partner whose plan is not configured the default budget', async () => {
    expect((await call('key-basic')).headers.get('ratelimit-policy')).toBe('"default";q=6;w=60');
    const refused = await call('key-basic');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('ratelimit')).toMatch(/^"default";r=2;t=\d+$/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(
      Number(/t=(\d+)/.exec(refused.headers.get('ratelimit') ?? '')?.[1]),
    );
  });
});
